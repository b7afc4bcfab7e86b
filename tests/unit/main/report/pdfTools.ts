import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** poppler-utils and pdf-lib, to read back what the printer made the way a reader's tools would. */

/**
 * poppler-utils is optional (nothing but Node is needed to run the tests): without it the checks
 * that read a PDF's text, page sizes and ink are skipped, and `npm test` says so.
 */
export const hasPoppler = ['pdftotext', 'pdfinfo', 'pdftoppm'].every((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined);
export const POPPLER_NOTE = '(needs poppler-utils)';

/** The text of a PDF in content order, whitespace collapsed and words broken at a hyphen rejoined (table cells wrap their lines). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ');
}

/** `pdfinfo` as key → value, with per-page sizes. */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
}

export interface OutlineEntry {
  title: string;
  children: OutlineEntry[];
}

/** The bookmarks (document outline) of a PDF, as a tree. */
export async function pdfOutline(path: string): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (first: PDFDict | undefined): OutlineEntry[] => {
    const out: OutlineEntry[] = [];
    for (let item = first; item; ) {
      const title = item.lookup(PDFName.of('Title'));
      out.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        children: walk(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    return out;
  };
  return root ? walk(root.lookupMaybe(PDFName.of('First'), PDFDict)) : [];
}

/** The share of a page that is not (near) white, from a low-resolution greyscale rendering. */
export function inkCoverage(path: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', '-gray', path], { maxBuffer: 64 * 1024 * 1024 });
  // Binary PGM (P5): header "P5 <w> <h> <max>" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const value of pixels) if (value < 235) ink++;
  return ink / pixels.length;
}
