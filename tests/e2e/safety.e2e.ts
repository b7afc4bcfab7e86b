import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newWorkshop, serializeWorkshop } from '../../shared/model';
import { expect, test } from './fixtures';

async function newWorkshopTitled(page: import('@playwright/test').Page, title: string) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
}

test.describe('first start in Norwegian', () => {
  test.use({ osLocale: 'nb-NO' });
  test('the first start follows the operating system’s language', async ({ app }) => {
    await expect(app.page.getByRole('button', { name: 'Ny workshop' })).toBeVisible();
    await expect(app.page.getByText('Kartlegg, led og dokumenter lean-workshoper')).toBeVisible();
  });
});

test('undo and redo with the keyboard take back and restore each edit', async ({ app }) => {
  const { page } = app;
  await newWorkshopTitled(page, 'Weekly board meeting');
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  await expect(page.getByTestId('agenda-row')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('agenda-row')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
  await page.keyboard.press('Control+Y');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Weekly board meeting');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('agenda-row')).toHaveCount(1);
});

test('closing the window with unsaved changes asks, and Cancel keeps the work open', async ({ app, dialogs }) => {
  const { page } = app;
  await newWorkshopTitled(page, 'Kaizen event');
  await expect.poll(() => app.state.dirty).toBe(true);
  dialogs.answerUnsaved('cancel');
  await app.requestClose();
  await expect.poll(() => dialogs.asked.map((a) => a.dialog)).toEqual(['unsaved']);
  expect(dialogs.asked[0]?.subject).toBe('Kaizen event');
  expect(app.state.closed).toBe(false);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kaizen event');
});

test('closing the window with unsaved changes and choosing Save writes the file, then closes', async ({ app, dialogs, workDir }) => {
  await newWorkshopTitled(app.page, 'Kaizen event');
  await expect.poll(() => app.state.dirty).toBe(true);
  dialogs.answerUnsaved('save').answerSave(join(workDir, 'kaizen.verkstad'));
  await app.requestClose();
  await expect.poll(() => app.state.closed).toBe(true);
  const saved = JSON.parse(await readFile(join(workDir, 'kaizen.verkstad'), 'utf8'));
  expect(saved.header.title).toBe('Kaizen event');
});

test('a file changed by someone else is noticed before saving, and Reload shows their version', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const path = join(workDir, 'shared.verkstad');
  await newWorkshopTitled(page, 'Mine');
  dialogs.answerSave(path);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();

  const theirs = JSON.parse(await readFile(path, 'utf8'));
  theirs.header.title = 'Theirs';
  await writeFile(path, JSON.stringify(theirs));
  await page.getByLabel('Title', { exact: true }).fill('Mine, edited');
  dialogs.answerConflict('cancel');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => dialogs.asked.at(-1)?.dialog).toBe('conflict');
  expect(JSON.parse(await readFile(path, 'utf8')).header.title).toBe('Theirs');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();

  dialogs.answerConflict('reload');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Theirs');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
});

test('a file changed by someone else can be overwritten when the user chooses so', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const path = join(workDir, 'shared.verkstad');
  await newWorkshopTitled(page, 'Mine');
  dialogs.answerSave(path);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
  await writeFile(path, (await readFile(path, 'utf8')).replace('"Mine"', '"Theirs"'));
  await page.getByLabel('Title', { exact: true }).fill('Mine again');
  dialogs.answerConflict('overwrite');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
  expect(JSON.parse(await readFile(path, 'utf8')).header.title).toBe('Mine again');
  expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).header.title).toBe('Theirs');
});

test('after a crash the start screen offers the unsaved work, and restoring brings it back', async ({ host, dialogs }) => {
  const first = await host.openWindow();
  await newWorkshopTitled(first.page, 'Work before the crash');
  await first.page.getByRole('button', { name: 'Add agenda item' }).click();
  await first.page.getByLabel('Agenda item', { exact: true }).fill('Not yet saved');
  await expect.poll(async () => (await host.services.drafts.list()).map((d) => d.title), { timeout: 3_000 }).toEqual(['Work before the crash']);
  // The crash comes once the typed item has reached the draft too (on a busy machine it follows the title a moment later).
  const draftedItems = async () => {
    const [draft] = await host.services.drafts.list();
    const read = draft ? await host.services.drafts.read(draft.draftId) : null;
    return read?.ok ? read.draft.document.agenda.items.map((item) => item.title) : undefined;
  };
  await expect.poll(draftedItems, { timeout: 10_000 }).toEqual(['Not yet saved']);
  await first.page.close({ runBeforeUnload: false });

  const second = await host.openWindow();
  const recovery = second.page.getByTestId('recovery');
  await expect(recovery).toContainText('Work before the crash');
  await recovery.getByRole('button', { name: 'Restore' }).click();
  await expect(second.page.getByLabel('Title', { exact: true })).toHaveValue('Work before the crash');
  await expect(second.page.getByLabel('Agenda item', { exact: true })).toHaveValue('Not yet saved');
  await expect(second.page.getByTestId('unsaved-marker')).toBeVisible();
  expect(dialogs.pending).toBe(0);
});

test('a file from a newer version opens read-only with an explanation', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const doc = { ...JSON.parse(serializeWorkshop(newWorkshop())), formatVersion: 7, futureThing: { a: 1 } };
  doc.header.title = 'From the future';
  const path = join(workDir, 'future.verkstad');
  await writeFile(path, JSON.stringify(doc));
  dialogs.answerOpen(path);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByTestId('read-only-banner')).toContainText('newer version of Verkstad (file format 7)');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('From the future');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add agenda item' })).toHaveCount(0);
});

test('saving into a folder that vanished says so and keeps the work in the app', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const folder = join(workDir, 'usb-stick');
  await newWorkshopTitled(page, 'Precious');
  dialogs.answerSave(join(folder, 'precious.verkstad'));
  await rm(folder, { recursive: true, force: true });
  await page.keyboard.press('Control+S');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('The file or its folder no longer exists.');
  await expect(notice).toContainText('Your work is still here in Verkstad.');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Precious');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
});
