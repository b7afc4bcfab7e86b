import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../main/chromium/printer';
import { stampMetadata } from '../../../../main/services/pdfMetadata';
import { renderReportHtml, type ReportKind } from '../../../../main/services/reportExport';
import { localeTag } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/model/language';
import { describeBoard } from '../../../../shared/outline/describeBoard';
import { reportWorkshop } from '../../helpers/reportWorkshop';

/**
 * The exported record read back by tests/pdf/pdfua_check.py (pikepdf, i.e. qpdf: not the library
 * that wrote it) for the points of PDF/UA-1 a program can check: language, title shown in the
 * window, XMP with the PDF/UA identification, everything on the pages tagged or an artifact,
 * standard structure types, headings by level, tables with scoped header cells, lists as Lbl +
 * LBody, links described, fonts embedded, and each board figure with its generated description.
 */
interface Check {
  errors: { code: string; message: string }[];
  lang: string;
  title: string;
  xmpTitle: string;
  headingLevels: number[];
  figures: string[];
  tables: { th: number; td: number; scoped: number }[];
  lists: number;
  links: string[];
}

const python = process.env.PIKEPDF_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const checker = join(__dirname, '../../../pdf/pdfua_check.py');
/** pikepdf (Debian's python3-pikepdf, installed by `bash .ci/run`) is optional: without it these checks are skipped, and `npm test` says so. */
const hasPikepdf = spawnSync(python, ['-c', 'import pikepdf; pikepdf.open'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
const doc = reportWorkshop();
const dir = mkdtempSync(join(tmpdir(), 'verkstad-pdfua-'));
const printer = createChromiumPrinter();
const made = new Map<string, { check: Check; html: string }>();

async function exportAndCheck(lang: Language, kind: ReportKind): Promise<void> {
  const built = await renderReportHtml(doc, kind, { language: lang, timeZone: 'Europe/Stockholm', today: '2026-04-20' });
  const printed = await printer.printPdf({ html: built.html, timeoutMs: 60_000 });
  const path = join(dir, `${kind}-${lang}.pdf`);
  writeFileSync(path, (await stampMetadata(printed, built.metadata)).bytes);
  const check = JSON.parse(execFileSync(python, [checker, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Check;
  made.set(`${kind}-${lang}`, { check, html: built.html });
}

beforeAll(async () => {
  if (!hasPikepdf) return;
  for (const lang of ['sv', 'nb', 'en'] as const) await exportAndCheck(lang, 'report');
  await exportAndCheck('sv', 'agenda');
}, 240_000);

afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

const levelsOf = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

describe.skipIf(!hasPikepdf).each(['sv', 'nb', 'en'] as const)('the PDF record in %s, as PDF/UA-1 asks', (lang) => {
  const get = () => made.get(`report-${lang}`)!;

  it('breaks none of the checked PDF/UA rules', () => {
    expect(get().check.errors).toEqual([]);
  });

  it('says its language and shows its title in the window, also in the XMP metadata', () => {
    const { check } = get();
    expect(check.lang).toBe(localeTag[lang]);
    expect(check.title).toBe(doc.header.title);
    expect(check.xmpTitle).toBe(doc.header.title);
  });

  it('has its headings in reading order at the levels the report wrote them', () => {
    const { check, html } = get();
    expect(check.headingLevels).toEqual(levelsOf(html));
    expect(check.headingLevels[0]).toBe(1);
  });

  it('gives every table header cells with a scope', () => {
    const { check } = get();
    expect(check.tables.length).toBeGreaterThanOrEqual(5);
    for (const table of check.tables) {
      expect(table.th).toBeGreaterThan(0);
      expect(table.scoped).toBe(table.th);
    }
  });

  it('has lists as lists and links that say where they lead', () => {
    const { check } = get();
    expect(check.lists).toBeGreaterThanOrEqual(3);
    expect(check.links.length).toBeGreaterThan(0);
    expect(check.links.every((text) => text.trim().length > 0)).toBe(true);
  });

  it('describes each board in words: lanes, shapes and the flow of a process map, the steps and figures of a value-stream map', () => {
    const { check } = get();
    for (const board of doc.boards) expect(check.figures).toContain(describeBoard(board, lang));
    const processMap = check.figures.find((alt) => alt.includes('Registrera ärendet'))!;
    expect(processMap).toContain('Ansökan skickas → Registrera ärendet');
    expect(processMap).toContain('Handläggare');
    const vsm = check.figures.find((alt) => alt.includes('Klippning') && alt.includes('Stålverket'))!;
    // Steps in flow order, each with its data-box values.
    expect(vsm.indexOf('Stålverket')).toBeLessThan(vsm.indexOf('Klippning'));
    expect(vsm.indexOf('Klippning')).toBeLessThan(vsm.indexOf('Svetsning'));
    expect(vsm.indexOf('Svetsning')).toBeLessThan(vsm.indexOf('Monteringsfabriken'));
    expect(vsm).toMatch(/45 s/);
  });
});

describe.skipIf(!hasPikepdf)('the agenda handout PDF', () => {
  it('breaks none of the checked PDF/UA rules either', () => {
    const { check } = made.get('agenda-sv')!;
    expect(check.errors).toEqual([]);
    expect(check.lang).toBe('sv-SE');
    expect(check.tables).toHaveLength(1);
  });
});
