import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The Run tab before the start, lateness on a workshop dated another day, and an item running
 * while the PDF is made: the screen and the report say the same.
 */
const NOW = '2026-11-23T10:31:00';
const MIN = 60_000;

async function planTwoItems(page: Page, date: string) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Improvement group, week 49');
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Start time').fill('09:00');
  for (const [title, minutes] of [
    ['Check-in', '5'],
    ['Board review', '45'],
  ] as const) {
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const row = page.getByTestId('agenda-row').last();
    await row.getByLabel('Agenda item', { exact: true }).fill(title);
    await row.getByLabel('Minutes').fill(minutes);
  }
}

async function fakeClockAt(page: Page, at: string) {
  await page.clock.install({ time: new Date(at) });
  // A little after the install, so a slow machine never asks the clock to go back.
  await page.clock.pauseAt(new Date(at).getTime() + 5_000);
}

test('before the start the Run tab shows the first item’s time and the item after it as next, with its own length', async ({ app }) => {
  const { page } = app;
  await planTwoItems(page, '2026-11-23');
  await page.getByRole('tab', { name: 'Run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run.getByTestId('run-current-title')).toHaveText('Check-in');
  await expect(run.getByTestId('countdown')).toHaveText('5:00');
  await expect(run.getByTestId('run-next-title')).toHaveText('Board review');
  await expect(run.getByTestId('run-next-title').locator('xpath=following-sibling::*[1]')).toHaveText('45 min');
});

test('a workshop dated three days ahead is not "91 min late" when it is started today at 10:31', async ({ app }) => {
  const { page } = app;
  await planTwoItems(page, '2026-11-26');
  await fakeClockAt(page, NOW);
  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('late-indicator')).toHaveAttribute('data-late', '0');
  await expect(page.getByTestId('late-indicator')).toHaveText('On time — end 11:21');
});

test('an item running while the report is made is "running · 2 min" on the Plan tab and in the PDF, not "0 min · −45 min"', async ({ app }) => {
  const { page } = app;
  await planTwoItems(page, '2026-11-23');
  await fakeClockAt(page, NOW);
  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByTestId('run-start').click();
  await page.getByTestId('run-next').click();
  await page.clock.fastForward(2 * MIN);
  await page.getByRole('tab', { name: 'Plan' }).click();
  const running = page.getByTestId('agenda-row').nth(1).getByTestId('actual');
  await expect(running).toHaveText(/–running · 2 min$/);
  await expect(running.getByTestId('actual-deviation')).toHaveCount(0);

  await page.keyboard.press('Control+P');
  // The preview waits a moment for more option changes: let the paused fake clock pass it.
  await page.clock.runFor(1_000);
  const preview = page.getByRole('dialog', { name: 'Export PDF' }).frameLocator('iframe[title="Preview of the PDF"]');
  const row = preview.getByRole('row', { name: /2\. Board review/ });
  await expect(row).toContainText('running');
  await expect(row).toContainText('2 min');
  await expect(row).not.toContainText('−45 min');
  await expect(row).not.toContainText('−43 min');
});
