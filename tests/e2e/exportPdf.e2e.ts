import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeWorkshop } from '../../shared/model/load';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { pdfOutline } from '../unit/main/report/pdfTools';
import { expect, test } from './fixtures';

test('File › Export PDF shows the report as it will print, then saves the PDF where the user chose', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const file = join(workDir, 'bygglov.verkstad');
  const doc = reportWorkshop();
  await writeFile(file, serializeWorkshop({ ...doc, header: { ...doc.header, language: 'en' } }));
  dialogs.answerOpen(file);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(doc.header.title);

  await page.keyboard.press('Control+P');
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  const preview = dialog.frameLocator('iframe[title="Preview of the PDF"]');
  await expect(preview.getByRole('heading', { level: 1, name: doc.header.title })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Attendance' })).toBeVisible();
  for (const person of doc.participants) await expect(preview.getByRole('rowheader', { name: person.name })).toBeVisible();
  await page.screenshot({ path: '.tmp/export-pdf-dialog.png' });

  // Leaving out a section leaves it out of the preview too.
  await dialog.getByRole('checkbox', { name: 'Parking lot' }).uncheck();
  await expect(preview.getByRole('heading', { name: 'Parking lot' })).toHaveCount(0);

  const out = join(workDir, 'record');
  dialogs.answerSave(out);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText('Saved “record.pdf”.')).toBeVisible({ timeout: 30_000 });
  expect(existsSync(`${out}.pdf`)).toBe(true);
  // Read back with pdf-lib (no poppler needed): the bookmarks are the title and the sections printed.
  const bookmarks = (await pdfOutline(`${out}.pdf`)).map((entry) => entry.title);
  expect(bookmarks[0]).toBe(doc.header.title);
  expect(bookmarks).toContain('Attendance');
  expect(bookmarks).not.toContain('Parking lot');
  expect(dialogs.asked.at(-1)).toEqual({ dialog: 'save', subject: `${doc.header.title} – Workshop record.pdf` });
});

test('a board is exported as SVG with its text, and as PNG at the chosen scale', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const file = join(workDir, 'boards.verkstad');
  await writeFile(file, serializeWorkshop(reportWorkshop()));
  dialogs.answerOpen(file);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible();

  await app.emit('menu:command', { command: 'board.exportImage' });
  const dialog = page.getByRole('dialog', { name: 'Export board' });
  dialogs.answerSave(join(workDir, 'map'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText('Saved “map.svg”.')).toBeVisible();
  const svg = await readFile(join(workDir, 'map.svg'), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Registrera ärendet');

  await dialog.getByText('PNG (picture)').click();
  dialogs.answerSave(join(workDir, 'map.png'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText('Saved “map.png”.')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: '.tmp/export-board-dialog.png' });
  // The PNG signature (no `file` command needed: a bare machine has none).
  const png = await readFile(join(workDir, 'map.png'));
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});
