import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeWorkshop } from '../../shared/model/load';
import type { Connector, Shape } from '../../shared/model/board';
import { hyphenPoints } from '../../shared/shapes/hyphenate';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { hasPoppler } from '../unit/main/report/pdfTools';
import { expect, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

const WORDS = ['Dubbelregistrering', 'Ärendehanteringssystemet', 'Leveranssäkerhet'];

/**
 * Long Swedish compounds in narrow process steps: on the canvas and in the PDF they break at a
 * syllable with a hyphen (the Swedish patterns), the same lines in both, since both draw from one layout.
 */
test('long Swedish compounds wrap with a hyphen at a syllable on the canvas and in the PDF', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const doc = reportWorkshop();
  const board = doc.boards[0]!;
  const shapes: Shape[] = WORDS.map((text, i) => ({ id: `00000000-0000-4000-8000-0000000009a${i}`, type: 'activity', x: 40 + i * 150, y: 40, w: 110, h: 80, text, locked: false, props: {} }) as Shape);
  // A connector from the first step to the last goes round the middle one (seen in the screenshot and the PDF).
  const around: Connector = { id: '00000000-0000-4000-8000-0000000009b0', from: { kind: 'shape', shapeId: shapes[0]!.id, port: 'right' }, to: { kind: 'shape', shapeId: shapes[2]!.id, port: 'left' }, routing: 'orthogonal', arrows: 'end', label: '' };
  const file = join(workDir, 'sammansatta.verkstad');
  await writeFile(file, serializeWorkshop({ ...doc, header: { ...doc.header, language: 'sv' }, boards: [{ ...board, shapes, connectors: [around] }] }));
  dialogs.answerOpen(file);
  await page.getByRole('button', { name: 'Öppna…' }).first().click();
  await page.getByRole('tab', { name: 'Tavlor' }).click();
  const canvas = page.getByTestId('board-canvas');
  await expect(canvas).toBeVisible();
  await page.screenshot({ path: '.tmp/hyphenation-canvas.png' });

  await page.keyboard.press('Control+P');
  const dialog = page.getByRole('dialog', { name: 'Exportera PDF' });
  await expect(dialog).toBeVisible();
  const out = join(workDir, 'protokoll');
  dialogs.answerSave(out);
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  await expect(dialog.getByText('Sparade ”protokoll.pdf”.')).toBeVisible({ timeout: 60_000 });
  expect(existsSync(`${out}.pdf`)).toBe(true);
  await mkdir('.tmp', { recursive: true });
  await copyFile(`${out}.pdf`, '.tmp/hyphenation.pdf');
  // Read back with poppler-utils (optional: without it the words in the PDF are not checked).
  if (!hasPoppler) return;
  const text = execFileSync('pdftotext', ['-layout', `${out}.pdf`, '-'], { encoding: 'utf8' });
  // Each compound is broken at a Swedish syllable (a point of the Swedish patterns), with a hyphen.
  for (const word of WORDS) {
    expect(text).not.toContain(word);
    const pieces = hyphenPoints(word, 'sv').map((p) => `${word.slice(0, p)}-`);
    expect(pieces.some((piece) => text.includes(piece)), `${word} broken at a syllable`).toBe(true);
  }
});
