import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../main/chromium/printer';
import { exportPdf } from '../../../../main/services/reportExport';
import { twoStickies } from '../../helpers/farApartBoard';
import { hasPoppler, pdfInfo, POPPLER_NOTE } from './pdfTools';

/**
 * Two stickies 100,000 units apart, printed: the PDF has the overview and one part per sticky
 * (not the thousands of empty parts between them), and each part shows its sticky, words and ink.
 */
const dir = mkdtempSync(join(tmpdir(), 'verkstad-far-'));
const pdf = join(dir, 'far.pdf');
const printer = createChromiumPrinter();

beforeAll(async () => {
  await exportPdf({ doc: twoStickies(100_000, 100_000), kind: 'report', options: { language: 'sv', today: '2026-04-20', timeZone: 'Europe/Stockholm', sections: ['boards'] }, path: pdf, printer });
}, 120_000);

afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

const pageText = (page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

/** Pixels of a sticky's yellow on a page, from a low-resolution colour rendering (binary PPM). */
function yellowPixels(page: number): number {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', pdf], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a PPM image');
  const pixels = ppm.subarray(header[0].length);
  let yellow = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3) if (pixels[i]! > 200 && pixels[i + 1]! > 190 && pixels[i + 2]! < 170) yellow++;
  return yellow;
}

describe('the PDF of a board with two stickies far apart', () => {
  it.skipIf(!hasPoppler)(`prints the overview and one part per sticky, each part showing its sticky ${POPPLER_NOTE}`, () => {
    const pages = Number(pdfInfo(pdf).Pages);
    // The parts are the last two pages, after the overview (and the cover, where the report has one).
    expect(pages).toBeLessThanOrEqual(4);
    const near = pageText(pages - 1);
    const far = pageText(pages);
    expect(near).toContain('Nordpolen');
    expect(near).not.toContain('Sydpolen');
    expect(far).toContain('Sydpolen');
    expect(far).not.toContain('Nordpolen');
    // The yellow sticky is drawn, not just its words.
    expect(yellowPixels(pages - 1)).toBeGreaterThan(50);
    expect(yellowPixels(pages)).toBeGreaterThan(50);
  });
});
