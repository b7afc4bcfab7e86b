import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const overviewFolder = fileURLToPath(new URL('../fixtures/overview/', import.meta.url));
const shot = (page: Page, name: string) => page.screenshot({ path: `.tmp/record-${name}.png`, fullPage: true });

async function addParticipant(page: Page, name: string, role: string) {
  await page.getByTestId('participant-name').fill(name);
  await page.getByLabel('Role or team').fill(role);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

async function recordArrival(page: Page, name: string, time: string) {
  await page.getByRole('button', { name: `Arrived now: ${name}` }).click();
  await page.getByLabel(`Arrival time of ${name}`).fill(time);
}

async function addActionWithShortcut(page: Page, what: string, owner: string, due: string) {
  await page.keyboard.press('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Add action' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Action', { exact: true }).fill(what);
  await dialog.getByLabel('Owner').fill(owner);
  await dialog.getByLabel('Due date').fill(due);
  await dialog.getByLabel('Action', { exact: true }).press('Enter');
  await expect(dialog).toBeHidden();
}

test('attendance, actions and a decision are recorded, and the follow-up workshop carries the open actions', async ({ app, dialogs, workDir }) => {
  test.setTimeout(60_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Improvement group, week 12');
  await page.getByLabel('Start time').fill('09:00');
  for (const title of ['Check-in', 'Lead times']) {
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    await page.getByTestId('agenda-row').last().getByLabel('Agenda item', { exact: true }).fill(title);
  }

  await page.getByRole('tab', { name: 'Record' }).click();
  for (const [name, role] of [
    ['Anna Lind', 'Case officer'],
    ['Bo Ek', 'Team lead'],
    ['Cecilia Holm', 'Architect'],
    ['David Strand', 'Secretary'],
  ]) {
    await addParticipant(page, name!, role!);
  }
  await recordArrival(page, 'Anna Lind', '08:58');
  await recordArrival(page, 'Bo Ek', '09:12');
  await recordArrival(page, 'Cecilia Holm', '09:00');
  await page.getByRole('radiogroup', { name: 'Attendance of David Strand' }).getByText('Absent').click();
  await page.getByRole('radiogroup', { name: 'Anna Lind prepared' }).getByText('Prepared', { exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Bo Ek prepared' }).getByText('Not prepared').click();

  const rows = page.getByTestId('participant-row');
  await expect(rows.filter({ hasText: 'Bo Ek' }).getByTestId('late-badge')).toHaveText('Arrived late, 12 min');
  await expect(page.getByTestId('late-badge')).toHaveCount(1);
  await expect(page.getByTestId('summary-present')).toHaveText('3 of 4 present');
  await shot(page, 'attendance');

  // Actions come from anywhere with one shortcut: here from the Plan tab.
  await page.getByRole('tab', { name: 'Plan' }).click();
  await addActionWithShortcut(page, 'Measure complete applications', 'Bo Ek', '2026-01-10');
  await addActionWithShortcut(page, 'Shared inbox for supplements', 'Anna Lind', '2030-06-01');
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.getByTestId('record-sections').getByText('Decisions').click();
  await page.getByLabel('Decision', { exact: true }).last().fill('The shared inbox becomes permanent in May.');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await expect(page.getByTestId('decision-row')).toHaveCount(1);
  await shot(page, 'decisions');
  await page.getByTestId('record-sections').getByText('Participation').click();
  await page.getByLabel('Question').fill('How well does the flow work today?');
  await page.getByRole('button', { name: 'Add scale poll' }).click();
  for (const value of [5, 5, 3]) await page.getByRole('button', { name: `One more answered ${value}`, exact: true }).click();
  await expect(page.getByTestId('poll-mean')).toHaveText('Mean 4.3');
  await page.getByRole('region', { name: 'Round the table' }).getByText('Anna Lind').click();
  await expect(page.getByTestId('round-progress')).toHaveText('1 of 3 have spoken');
  await shot(page, 'participation');
  await page.getByTestId('record-sections').getByText('Actions').click();
  await expect(page.getByTestId('action-row')).toHaveCount(2);
  await expect(page.locator('[data-testid="action-row"][data-overdue]')).toHaveCount(1);
  await expect(page.getByTestId('overdue-badge')).toBeVisible();
  await shot(page, 'actions');

  dialogs.answerSave(join(workDir, 'week-12'));
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();

  dialogs.answerSave(join(workDir, 'week-13'));
  await page.getByRole('button', { name: 'New workshop from this one' }).click();
  await expect(page.getByTestId('document-name')).toHaveText('week-13.verkstad');
  await page.getByRole('tab', { name: 'Record' }).click();
  await expect(page.getByTestId('follows')).toContainText('Improvement group, week 12');
  await expect(page.getByTestId('summary-present')).toHaveText('0 of 4 present');
  await page.getByTestId('record-sections').getByText('Actions').click();
  await expect(page.getByTestId('action-row')).toHaveCount(2);
  await expect(page.getByTestId('action-row').getByText('From last time')).toHaveCount(2);
  await shot(page, 'follow-up-actions');

  await page.getByRole('tab', { name: 'Plan' }).click();
  const first = page.getByTestId('agenda-row').first();
  await expect(first.getByLabel('Agenda item', { exact: true })).toHaveValue('Follow-up from last time');

  // Following up: an action done since last time is marked done in the new workshop.
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.getByTestId('record-sections').getByText('Actions').click();
  // Sorted by due date, the overdue one first.
  const measured = page.getByTestId('action-row').first();
  await expect(measured.getByLabel('Action', { exact: true })).toHaveValue('Measure complete applications');
  await measured.getByLabel('Status').click();
  await page.getByRole('option', { name: 'Done' }).click();
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();

  const saved = JSON.parse(await readFile(join(workDir, 'week-13.verkstad'), 'utf8'));
  const statusOf = (what: string) => saved.actions.find((a: { what: string }) => a.what === what).status;
  expect(statusOf('Measure complete applications')).toBe('done');
  expect(statusOf('Shared inbox for supplements')).toBe('notStarted');
  const before = JSON.parse(await readFile(join(workDir, 'week-12.verkstad'), 'utf8'));
  expect(before.actions.every((a: { status: string }) => a.status === 'notStarted')).toBe(true);

  // People added once are suggested in any later workshop, with their role.
  await page.keyboard.press('Control+N');
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.getByTestId('record-sections').getByText('Attendance').click();
  await page.getByTestId('participant-name').fill('Ce');
  await page.getByRole('option', { name: 'Cecilia Holm' }).click();
  await expect(page.getByLabel('Role or team')).toHaveValue('Architect');
  expect(saved.agenda.items[0].notes).toContain('Measure complete applications – Bo Ek');
  expect(saved.agenda.items[0].notes).toContain('Shared inbox for supplements – Anna Lind');
  expect(saved.actions.map((a: { what: string }) => a.what).sort()).toEqual(['Measure complete applications', 'Shared inbox for supplements']);
  expect(saved.participants.map((p: { attendance: unknown }) => p.attendance)).toEqual([null, null, null, null]);
  const first12 = JSON.parse(await readFile(join(workDir, 'week-12.verkstad'), 'utf8'));
  expect(first12.participants.map((p: { name: string; attendance: string; arrivedAt: string | null; prepared: boolean | null }) => [p.name, p.attendance, p.arrivedAt, p.prepared])).toEqual([
    ['Anna Lind', 'present', '08:58', true],
    ['Bo Ek', 'present', '09:12', false],
    ['Cecilia Holm', 'present', '09:00', null],
    ['David Strand', 'absent', null, null],
  ]);
  expect(saved.followsWorkshop.fileName).toBe('week-12.verkstad');
});

test('the coordinator overview reads a folder of workshops and lists the overdue actions and the damaged files', async ({ app, dialogs }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('open-overview').click();
  dialogs.answerFolder(overviewFolder);
  await page.getByTestId('overview').getByRole('button', { name: 'Choose folder…' }).first().click();

  const overdue = page.getByTestId('overdue-action');
  // Overdue here and in the by-owner list; the three overdue actions each appear in both.
  await expect(page.getByTestId('overdue-count')).toHaveText('3');
  const overdueCard = page.getByRole('region', { name: 'Overdue actions' });
  await expect(overdueCard.getByTestId('overdue-action')).toHaveText([
    /Rensa ärendekön från december.*Anders Berg|Anders Berg.*Rensa ärendekön från december/,
    /Fatima Said.*Kartlägga flödet för överklaganden/,
    /Anders Berg.*Ta fram checklista för kompletta ansökningar/,
  ]);
  await expect(overdue).toHaveCount(6);
  await expect(page.getByTestId('damaged-files')).toContainText('broken/trasig.verkstad');
  await expect(page.getByTestId('damaged-files')).toContainText('broken/fel-datum.verkstad');
  await shot(page, 'overview-actions');

  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByTestId('person-row').filter({ hasText: 'Jonas Ek' })).toContainText('0%');
  await shot(page, 'overview-people');
  await page.getByRole('tab', { name: /Workshops/ }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(4);
  await shot(page, 'overview-workshops');

  await page.getByTestId('workshop-row').filter({ hasText: 'februari' }).getByRole('button').click();
  await expect(page.getByTestId('document-name')).toHaveText('2026-02-12 februari.verkstad');
});

test('while the agenda runs, actions and decisions are tied to the item running now', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  // A workshop whose run log says the second item is running (as after a restart mid-workshop).
  const doc = JSON.parse(await readFile(fileURLToPath(new URL('../fixtures/v2/record.verkstad', import.meta.url)), 'utf8'));
  const [first, second] = doc.agenda.items;
  doc.header.language = 'en';
  doc.run = {
    startedAt: '2026-04-14T07:00:00Z',
    finishedAt: null,
    visits: [
      { itemId: first.id, startedAt: '2026-04-14T07:00:00Z', endedAt: '2026-04-14T07:20:00Z' },
      { itemId: second.id, startedAt: '2026-04-14T07:20:00Z', endedAt: null },
    ],
    pauses: [],
    extensions: [],
  };
  const path = join(workDir, 'running.verkstad');
  await writeFile(path, JSON.stringify(doc));
  dialogs.answerOpen(path);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('document-name')).toHaveText('running.verkstad');

  await addActionWithShortcut(page, 'Write the inbox routine down', 'Fatima Said', '2030-05-01');
  await addActionWithShortcut(page, 'Tell the applicants about the inbox', 'Mikael Strand', '2030-05-15');
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.getByTestId('record-sections').getByText('Decisions').click();
  await page.getByLabel('Decision', { exact: true }).last().fill('The routine is reviewed in June.');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();

  const saved = JSON.parse(await readFile(path, 'utf8'));
  const added = saved.actions.filter((a: { what: string }) => a.what.startsWith('Write') || a.what.startsWith('Tell'));
  expect(added.map((a: { origin: unknown }) => a.origin)).toEqual([
    { kind: 'agendaItem', agendaItemId: second.id },
    { kind: 'agendaItem', agendaItemId: second.id },
  ]);
  expect(saved.decisions.at(-1)).toMatchObject({ text: 'The routine is reviewed in June.', agendaItemId: second.id });
});
