import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { serializeWorkshop } from '../../shared/model/load';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { swedishTemplate } from '../unit/helpers/wordTemplate';
import { expect, test } from './fixtures';
import type { AppWindow } from '../../main/chromium/host';
import type { ScriptedDialogs } from '../../main/chromium/dialogs';

test.use({ osLocale: 'sv-SE' });

async function openWorkshop(app: AppWindow, dialogs: ScriptedDialogs, workDir: string) {
  const file = join(workDir, 'bygglov.verkstad');
  await writeFile(file, serializeWorkshop(reportWorkshop()));
  dialogs.answerOpen(file);
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.page.getByRole('button', { name: 'Öppna…' }).first().click();
  await expect(app.page.getByLabel('Rubrik', { exact: true })).toBeVisible();
}

/** The workshop opened on its record, and one of the record's dialogs opened by its button. */
async function openRecordDialog(app: AppWindow, dialogs: ScriptedDialogs, workDir: string, button: string, dialog: string) {
  await openWorkshop(app, dialogs, workDir);
  await app.page.getByRole('tab', { name: 'Minnesanteckningar' }).click();
  await app.page.getByRole('button', { name: button }).click();
  return app.page.getByRole('dialog', { name: dialog });
}

test('Word minutes in the organisation’s template, chosen once in Settings', async ({ app, dialogs, workDir }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await openWorkshop(app, dialogs, workDir);
  const template = join(workDir, 'kommunen.dotx');
  await swedishTemplate(template);

  await app.emit('menu:command', { command: 'app.settings' });
  const settings = page.getByRole('dialog', { name: 'Inställningar' });
  await expect(settings.getByTestId('word-template-name')).toHaveText('Ingen: Verkstads enkla standardutseende');
  // A file that is not a Word document is refused with the reason, and nothing is kept.
  const notWord = join(workDir, 'anteckningar.docx');
  await writeFile(notWord, 'inte ett Word-dokument');
  dialogs.answerOpen(notWord);
  await settings.getByRole('button', { name: 'Välj…' }).click();
  await expect(settings.getByText('Word-mallen ”anteckningar.docx” är inte ett Word-dokument')).toBeVisible();
  dialogs.answerOpen(template);
  await settings.getByRole('button', { name: 'Välj…' }).click();
  await expect(settings.getByTestId('word-template-name')).toHaveText('kommunen.dotx');
  await page.screenshot({ path: '.tmp/settings-word-template.png' });
  await settings.getByRole('button', { name: 'OK' }).click();

  // From the Record tab's button (the Chromium host has no native File menu).
  await page.getByRole('tab', { name: 'Minnesanteckningar' }).click();
  await page.getByRole('button', { name: 'Word-dokument…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera Word-dokument' });
  await expect(dialog.getByTestId('word-look')).toContainText('kommunen.dotx');
  await page.screenshot({ path: '.tmp/export-word-dialog.png' });
  dialogs.answerSave(join(workDir, 'protokoll'));
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  await expect(dialog.getByText('Sparade ”protokoll.docx”.')).toBeVisible({ timeout: 180_000 });
  expect(dialogs.asked.at(-1)).toEqual({ dialog: 'save', subject: 'Förbättringsgrupp bygglov – uppföljning april – Minnesanteckningar.docx' });
  const zip = await JSZip.loadAsync(await readFile(join(workDir, 'protokoll.docx')));
  const body = await zip.file('word/document.xml')!.async('string');
  expect(body).toContain('<w:pStyle w:val="Rubrik1"/>');
  expect(body).toContain('Närvaro');
});

test('Send actions writes an e-mail draft and reminders per owner; a missing address is typed in the dialog', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await openWorkshop(app, dialogs, workDir);
  await page.getByRole('tab', { name: 'Minnesanteckningar' }).click();
  await page.screenshot({ path: '.tmp/record-buttons.png' });
  await page.getByRole('button', { name: 'Skicka åtgärder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skicka åtgärder' });
  const owners = dialog.getByTestId('send-owners');
  await expect(owners.getByRole('row')).toHaveCount(4);
  await dialog.getByLabel('E-postadress till Fatima Said').fill('fatima.said@kommun.example');
  await page.screenshot({ path: '.tmp/send-actions-dialog.png' });
  const folder = join(workDir, 'utkast');
  await import('node:fs/promises').then((fs) => fs.mkdir(folder));
  dialogs.answerFolder(folder);
  await dialog.getByRole('button', { name: 'Skriv utkast…' }).click();
  await expect(dialog.getByTestId('send-result')).toContainText('Skrev 3 utkast');
  expect((await readdir(folder)).sort()).toContain('Fatima Said – åtgärder.eml');
  const mail = await simpleParser(await readFile(join(folder, 'Fatima Said – åtgärder.eml')));
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null).toBe('fatima.said@kommun.example');
  // The address is the participant's now: it is in the file once saved, and undoable.
  await dialog.getByRole('button', { name: 'Stäng' }).last().click(); // the footer's, not the ×
  await page.getByRole('button', { name: 'Ångra' }).click();
});

test('Send actions says so, in Swedish, when writing the drafts fails on its way, and can be tried again', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const dialog = await openRecordDialog(app, dialogs, workDir, 'Skicka åtgärder…', 'Skicka åtgärder');
  // The folder dialog itself fails: the request never comes back with an answer.
  const chooseFolder = dialogs.chooseFolder.bind(dialogs);
  dialogs.chooseFolder = async () => {
    throw new Error('the folder dialog could not open');
  };
  await dialog.getByRole('button', { name: 'Skriv utkast…' }).click();
  const failed = dialog.getByTestId('send-failed');
  await expect(failed).toContainText('Kunde inte exportera ”e-postutkasten och påminnelserna”: Verkstad kunde inte slutföra detta');
  await expect(failed).toContainText('Ingen fil skrevs. Din workshop är oförändrad.');
  await page.screenshot({ path: '.tmp/send-actions-failed.png' });
  await expect(dialog.getByRole('button', { name: 'Skriv utkast…' })).toBeEnabled();

  dialogs.chooseFolder = chooseFolder;
  const folder = join(workDir, 'utkast');
  await import('node:fs/promises').then((fs) => fs.mkdir(folder));
  dialogs.answerFolder(folder);
  await dialog.getByRole('button', { name: 'Skriv utkast…' }).click();
  await expect(dialog.getByTestId('send-result')).toContainText('Skrev 3 utkast');
  await expect(failed).toBeHidden();
});

test('actions, attendance and polls as an Excel workbook and as CSV with semicolons', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const dialog = await openRecordDialog(app, dialogs, workDir, 'Excel/CSV…', 'Exportera åtgärder, närvaro och skalfrågor');
  dialogs.answerSave(join(workDir, 'protokoll.xlsx'));
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  await expect(dialog.getByText('Sparade ”protokoll.xlsx”.')).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(workDir, 'protokoll.xlsx'));
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Åtgärder', 'Närvaro', 'Skalfrågor', 'Prickröstning']);

  await dialog.getByText('CSV', { exact: true }).click();
  await dialog.getByRole('radio', { name: 'Närvaro' }).check();
  await expect(dialog.getByText('Semikolonseparerad med decimalkomma')).toBeVisible();
  await page.screenshot({ path: '.tmp/export-tables-dialog.png' });
  dialogs.answerSave(join(workDir, 'narvaro'));
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  await expect(dialog.getByText('Sparade ”narvaro.csv”.')).toBeVisible();
  const csv = await readFile(join(workDir, 'narvaro.csv'), 'utf8');
  expect(csv.startsWith('\uFEFFNamn;Roll eller team;E-post;Närvaro;Kom;Minuter sent;Förberedd\r\n')).toBe(true);
});
