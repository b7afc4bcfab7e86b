import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a workshop with three agenda items survives save, close and reopening from the recent list', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Improvement group, week 12');
  await page.getByLabel('Date').fill('2026-11-23');
  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('Place').fill('Room Kaizen');
  await page.getByLabel('Facilitator').fill('Anna Lind');
  await page.getByLabel('Purpose and goal').fill('Shorten the lead time of applications');

  const items: [string, string][] = [
    ['Check-in', '10'],
    ['Current state: lead times', '45'],
    ['Actions and owners', '20'],
  ];
  for (const [title, minutes] of items) {
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const row = page.getByTestId('agenda-row').last();
    await row.getByLabel('Agenda item', { exact: true }).fill(title);
    await row.getByLabel('Minutes').fill(minutes);
  }
  const rows = page.getByTestId('agenda-row');
  await expect(rows.nth(0).getByTestId('clock-range')).toHaveText('09:00–09:10');
  await expect(rows.nth(1).getByTestId('clock-range')).toHaveText('09:10–09:55');
  await expect(rows.nth(2).getByTestId('clock-range')).toHaveText('09:55–10:15');
  await expect(page.getByTestId('planned-end')).toHaveText('Planned end 10:15');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await expect(page).toHaveTitle('● Improvement group, week 12 — Verkstad');

  const path = join(workDir, 'week-12');
  dialogs.answerSave(path);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
  await expect(page).toHaveTitle('week-12.verkstad — Verkstad');
  const saved = JSON.parse(await readFile(`${path}.verkstad`, 'utf8'));
  expect(saved.agenda.items.map((item: { title: string }) => item.title)).toEqual(items.map(([title]) => title));
  expect(dialogs.asked[0]).toEqual({ dialog: 'save', subject: 'Improvement group, week 12.verkstad' });

  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'Recent workshops' })).toBeVisible();
  await page.getByRole('button', { name: /Improvement group, week 12/ }).click();

  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Improvement group, week 12');
  await expect(page.getByLabel('Date')).toHaveValue('23 Nov 2026');
  await expect(page.getByLabel('Start time')).toHaveValue('09:00');
  await expect(page.getByLabel('Place')).toHaveValue('Room Kaizen');
  await expect(page.getByLabel('Facilitator')).toHaveValue('Anna Lind');
  await expect(page.getByLabel('Purpose and goal')).toHaveValue('Shorten the lead time of applications');
  for (const [index, [title, minutes]] of items.entries()) {
    await expect(rows.nth(index).getByLabel('Agenda item', { exact: true })).toHaveValue(title);
    await expect(rows.nth(index).getByLabel('Minutes')).toHaveValue(minutes);
  }
  await expect(page.getByTestId('planned-end')).toHaveText('Planned end 10:15');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
});

test('opening a damaged file shows what is wrong and leaves its bytes untouched', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const path = join(workDir, 'damaged.verkstad');
  const bytes = '{"kind":"verkstad.workshop","formatVersion":1,"header":{"title":"Half a fi';
  await writeFile(path, bytes);
  const before = await stat(path);
  dialogs.answerOpen(path);
  await page.getByRole('button', { name: 'Open…' }).click();
  const notice = page.getByTestId('notice');
  await expect(page.getByText('Could not open “damaged.verkstad”')).toBeVisible();
  await expect(notice).toContainText('The file is damaged: it is not readable workshop data (not valid JSON).');
  await expect(notice).toContainText('The file has not been changed.');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  expect(await readFile(path, 'utf8')).toBe(bytes);
  expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
});

test('switching the language to Norwegian and back changes every label and is remembered', async ({ app, host }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByText('Norsk bokmål').click();
  await expect(page.getByRole('button', { name: 'Ny workshop' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nylige workshoper' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  expect((await host.services.settings.get()).language).toBe('nb');
  await page.getByRole('button', { name: 'OK' }).click();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Ny workshop' })).toBeVisible();
  await page.getByRole('button', { name: 'Ny workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Dagsorden' })).toBeVisible();
  await page.getByRole('button', { name: 'Innstillinger' }).click();
  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
});
