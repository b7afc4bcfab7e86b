import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDrawioText } from '../../main/services/drawio/readDrawio';
import { serializeWorkshop } from '../../shared/model/load';
import { newWorkshop } from '../../shared/model/defaults';
import { fixturesDir } from '../unit/helpers/fixtures';
import { expect, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

test('File › Import draw.io diagram adds its pages as boards in one undo step, with the import report; a board goes back out as .drawio', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const file = join(workDir, 'möte.verkstad');
  await writeFile(file, serializeWorkshop({ ...newWorkshop(), header: { ...newWorkshop().header, title: 'Bygglov – workshop' } }));
  dialogs.answerOpen(file);
  await page.getByRole('button', { name: 'Öppna…' }).first().click();
  await expect(page.getByLabel('Rubrik', { exact: true })).toHaveValue('Bygglov – workshop');

  // A damaged diagram first: the reason, and nothing added.
  const broken = join(workDir, 'trasig.drawio');
  await writeFile(broken, '<mxfile><diagram name="Sida 1">detta är inte base64</diagram></mxfile>');
  dialogs.answerOpen(broken);
  await app.emit('menu:command', { command: 'board.importDrawio' });
  const failed = page.getByTestId('drawio-report');
  await expect(failed).toContainText('Diagrammet är skadat');
  await expect(failed).toContainText('Ingenting lades till i workshoppen.');
  await failed.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);

  // From the Boards tab itself (the Chromium host has no native File menu).
  await page.getByRole('tab', { name: 'Tavlor' }).click();
  dialogs.answerOpen(join(fixturesDir, 'drawio', 'process-swimlanes-sv.drawio'));
  await page.getByTestId('empty-import-drawio').click();
  const report = page.getByTestId('drawio-report');
  await expect(report).toContainText('2 tavlor från ”process-swimlanes-sv.drawio” lades till i workshoppen');
  await expect(report).toContainText('Former: 11 · Kopplingar: 9 · Banor: 3');
  await expect(report).toContainText('1 × cylinder3: saknar motsvarighet i Verkstad, ritad som en ruta med sin text');
  await page.screenshot({ path: '.tmp/drawio-import-report.png' });
  await report.getByRole('button', { name: 'OK' }).click();

  await expect(page.getByRole('tab', { name: 'Bygglov nuläge' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Idéer' })).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '.tmp/drawio-imported-board.png' });

  // Out again: the board as a .drawio file draw.io opens, with the same labels.
  await page.getByTestId('board-menu').click();
  await page.getByRole('menuitem', { name: 'Exportera (SVG, PNG, draw.io)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera tavla' });
  await expect(dialog.getByRole('combobox', { name: 'Tavla' })).toHaveValue('Bygglov nuläge');
  await dialog.getByText('draw.io (redigerbar)').click();
  await expect(dialog.getByRole('radio', { name: 'draw.io (redigerbar)' })).toBeChecked();
  await page.screenshot({ path: '.tmp/export-board-drawio.png' });
  dialogs.answerSave(join(workDir, 'karta'));
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  await expect(dialog.getByText('Sparade ”karta.drawio”.')).toBeVisible();
  const pages = readDrawioText(await readFile(join(workDir, 'karta.drawio'), 'utf8'));
  expect(pages[0]!.cells.map((c) => c.label)).toContain('Registrera ärendet');
  // The footer's Stäng, not the title bar's × (also named Stäng).
  await dialog.getByRole('button', { name: 'Stäng' }).last().click();

  // One undo step takes both boards away again.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('tab', { name: 'Bygglov nuläge' })).toHaveCount(0);
});
