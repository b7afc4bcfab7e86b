import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../../main/cli/export';
import type { CliIo } from '../../../../main/cli/io';
import { createChromiumPrinter } from '../../../../main/chromium/printer';
import { PrintError, type Printer } from '../../../../main/services/printer';
import { catalogues } from '../../../../shared/i18n';
import { serializeWorkshop } from '../../../../shared/model/load';
import type { Language } from '../../../../shared/model/language';
import { reportWorkshop } from '../../helpers/reportWorkshop';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { vsmBoardsOf } from '../../../../shared/vsm/boards';
import { formatFigure } from '../../../../shared/vsm/format';
import { hasPoppler, inkCoverage, pdfInfo, pdfOutline, pdfText, POPPLER_NOTE } from './pdfTools';

/**
 * The exported PDF, read back with poppler (pdftotext, pdfinfo, pdftoppm) and pdf-lib: what a
 * coordinator files must hold everything, in the chosen language, tagged and bookmarked.
 */
const doc = reportWorkshop();
const dir = mkdtempSync(join(tmpdir(), 'verkstad-pdf-'));
const workshopFile = join(dir, 'Förbättringsgrupp.verkstad');
const printer = createChromiumPrinter();
const keepOpen: Printer = { ...printer, close: async () => undefined };

function io(lang: Language, lines: string[] = []): CliIo {
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), lang, langGiven: true, cwd: dir };
}

const pdfOf = (lang: Language) => join(dir, `report-${lang}.pdf`);
const SECTIONS = ['attendance', 'agenda', 'notes', 'actions', 'parkingLot', 'polls', 'boards', 'vsm'] as const;

beforeAll(async () => {
  writeFileSync(workshopFile, serializeWorkshop(doc));
  for (const lang of ['sv', 'nb', 'en'] as const) {
    const lines: string[] = [];
    const code = await exportCommand([workshopFile, '--pdf', pdfOf(lang), '--tz', 'Europe/Stockholm'], io(lang, lines), () => keepOpen);
    if (code !== 0) throw new Error(lines.join('\n'));
  }
}, 120_000);

afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['sv', 'nb', 'en'] as const)('the exported report in %s', (lang) => {
  const s = catalogues[lang].report;

  it.skipIf(!hasPoppler)(`holds every section heading, the title, every participant, every action, every decision and the text inside the boards ${POPPLER_NOTE}`, () => {
    const text = pdfText(pdfOf(lang));
    expect(text).toContain(doc.header.title);
    for (const id of SECTIONS) expect(text).toContain(s.sections[id]);
    for (const person of doc.participants) expect(text).toContain(person.name);
    for (const action of doc.actions) expect(text).toContain(action.what.replace(/\s+/g, ' '));
    for (const decision of doc.decisions) expect(text).toContain(decision.text);
    // Words drawn on the process map and on the sticky notes: the drawing is vector, its text real.
    expect(text).toContain('Registrera ärendet');
    expect(text).toContain('Förhandsmöte');
  });

  it.skipIf(!hasPoppler)(`holds the value-stream figures as the app shows them ${POPPLER_NOTE}`, () => {
    const text = pdfText(pdfOf(lang));
    const streams = vsmBoardsOf(doc);
    expect(streams.length).toBeGreaterThan(0);
    for (const stream of streams) {
      const m = analyzeValueStream(stream);
      for (const figure of [m.takt, m.leadTimeDays, m.valueAddedTime, m.pce]) expect(text).toContain(formatFigure(figure, lang).replace(/\s+/g, ' '));
    }
  });

  it.skipIf(!hasPoppler)(`says the page count, title, author, subject, language and that it is tagged ${POPPLER_NOTE}`, () => {
    const info = pdfInfo(pdfOf(lang));
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(6);
    expect(info.Title).toBe(doc.header.title);
    expect(info.Author).toBe(doc.header.facilitator);
    expect(info.Subject).toContain(s.document.kind);
    expect(info.Tagged).toBe('yes');
    expect(readFileSync(pdfOf(lang), 'latin1')).toMatch(new RegExp(`/Lang \\(${{ sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[lang]}\\)`));
  });

  it('has a bookmark for every section and every board', async () => {
    const outline = await pdfOutline(pdfOf(lang));
    expect(outline.map((entry) => entry.title)).toEqual([doc.header.title, ...SECTIONS.map((id) => s.sections[id])]);
    const boards = outline.find((entry) => entry.title === s.sections.boards)!.children.map((entry) => entry.title);
    expect(boards).toEqual(doc.boards.map((board) => s.boards.title.replace('{{name}}', board.name)));
  });
});

describe('the agenda against the run log', () => {
  it.skipIf(!hasPoppler)(`shows when each item really ran, as clock times where the workshop was held ${POPPLER_NOTE}`, () => {
    const text = pdfText(pdfOf('sv'));
    expect(text).toContain('Planerat 09:00–11:15; genomfört 09:02–11:19.');
    expect(text).toContain('09:02–09:14');
  });
});

describe('board pages', () => {
  it.skipIf(!hasPoppler)(`print a wide board on a landscape page that is not blank ${POPPLER_NOTE}`, () => {
    const info = pdfInfo(pdfOf('sv'));
    const pages = Number(info.Pages);
    const landscape = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => {
      const [w, h] = (info[`Page ${String(p).padStart(4)} size`] ?? '').split(' x ').map(parseFloat);
      return (w ?? 0) > (h ?? 0);
    });
    expect(landscape.length).toBeGreaterThan(0);
    // A blank page is paper, a header and a footer: well under 1 % ink. A drawn process map is far more.
    expect(inkCoverage(pdfOf('sv'), landscape[0]!)).toBeGreaterThan(0.04);
  });
});

describe('exporting from the command line with bad input', () => {
  it('refuses a file that is not a valid workshop, says why and writes no PDF', async () => {
    const bad = join(dir, 'damaged.verkstad');
    writeFileSync(bad, '{"kind":"verkstad.workshop","formatVersion":2,"header":{"title":42}}');
    const lines: string[] = [];
    const code = await exportCommand([bad, '--pdf', join(dir, 'damaged.pdf')], io('sv', lines), () => keepOpen);
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'damaged.pdf'))).toBe(false);
    expect(lines.join('\n')).toContain('header.title');
    expect(lines.join('\n')).toContain(catalogues.sv.report.errors.nothingWritten);
  });

  it('fails on an output folder that does not exist, and leaves nothing behind', async () => {
    const lines: string[] = [];
    const out = join(dir, 'no-such-folder', 'report.pdf');
    const code = await exportCommand([workshopFile, '--pdf', out], io('en', lines), () => keepOpen);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(lines.join('\n')).toContain(catalogues.en.errors.io.notFound);
  });

  it('fails on an output path below a file, which cannot be a folder', async () => {
    const lines: string[] = [];
    const code = await exportCommand([workshopFile, '--pdf', join(workshopFile, 'report.pdf')], io('nb', lines), () => keepOpen);
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain(catalogues.nb.report.errors.nothingWritten);
  });

  it('keeps an existing PDF untouched when printing times out', async () => {
    const out = join(dir, 'kept.pdf');
    writeFileSync(out, 'the previous export');
    const stuck: Printer = {
      printPdf: async () => Promise.reject(new PrintError('timeout', 'too slow', 60_000)),
      rasterize: async () => new Uint8Array(),
      close: async () => undefined,
    };
    const lines: string[] = [];
    const code = await exportCommand([workshopFile, '--pdf', out], io('sv', lines), () => stuck);
    expect(code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(lines.join('\n')).toContain('60 sekunder');
    expect(readdirSync(dir).filter((name) => name.startsWith('kept.pdf.'))).toEqual([]);
  });

  it('refuses an unknown paper size as a usage error', async () => {
    const lines: string[] = [];
    expect(await exportCommand([workshopFile, '--pdf', join(dir, 'x.pdf'), '--paper', 'A5'], io('en', lines), () => keepOpen)).toBe(2);
    expect(lines.join('\n')).toContain('A4, A3, Letter');
  });
});
