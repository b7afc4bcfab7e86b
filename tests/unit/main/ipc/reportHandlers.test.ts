import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch } from '../../../../main/ipc/handlers';
import type { CallContext, DialogPort, SaveFilter } from '../../../../main/ipc/ports';
import { createServices } from '../../../../main/services';
import { PrintError, type Printer } from '../../../../main/services/printer';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { Request, Response } from '../../../../shared/ipc/contract';
import { useTempDir } from '../../helpers/tempDir';
import { reportWorkshop } from '../../helpers/reportWorkshop';

/** Save dialogs that give the queued answers and remember what they offered. */
class SaveDialogs implements DialogPort {
  readonly answers: (string | null)[] = [];
  readonly asked: { name: string; filter: SaveFilter | undefined }[] = [];
  async chooseFileToSave(name: string, filter?: SaveFilter) {
    this.asked.push({ name, filter });
    return this.answers.shift() ?? null;
  }
  async chooseFileToOpen(): Promise<string | null> {
    throw new Error('not expected');
  }
  async chooseFolder(): Promise<string | null> {
    throw new Error('not expected');
  }
  async askUnsaved(): Promise<'cancel'> {
    return 'cancel';
  }
  async askConflict(): Promise<'cancel'> {
    return 'cancel';
  }
}

/** A printer that makes a real (blank) PDF of one page, or fails as told. */
function fakePrinter(fail: PrintError | null = null): Printer & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    async printPdf({ html }) {
      printed.push(html);
      if (fail) throw fail;
      const doc = await PDFDocument.create();
      doc.addPage();
      return doc.save();
    },
    async rasterize() {
      if (fail) throw fail;
      return new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    },
    async close() {},
  };
}

function harness(dataDir: string, printer: Printer | null) {
  const services = createServices({ dataDir, writeOptions: { retryForMs: 100 } });
  const dialogs = new SaveDialogs();
  const table = createHandlers({ services, dialogs, host: { host: 'chromium', version: 'test', platform: 'linux', osLocale: 'sv-SE' }, printer });
  const ctx: CallContext = { window: { setState: vi.fn(), closeConfirmed: vi.fn() } };
  const call = <C extends InvokeChannel>(channel: C, req: Request<C>) => dispatch(table, channel, req, ctx) as Promise<Response<C>>;
  return { dialogs, call };
}

const options = { language: 'sv' as const, today: '2026-04-20' };

describe('the export channels', () => {
  const tmp = useTempDir();

  it('previews the report as HTML and says which sections the workshop has', async () => {
    const { call } = harness(tmp.path, fakePrinter());
    const result = await call('report:preview', { document: reportWorkshop(), kind: 'report', options });
    expect(result.html).toContain('<html lang="sv-SE">');
    expect(result.available).toEqual(['cover', 'attendance', 'agenda', 'notes', 'actions', 'parkingLot', 'polls', 'boards', 'vsm']);
  });

  it('prints the same HTML as the preview and writes the PDF where the user chose, with .pdf added', async () => {
    const printer = fakePrinter();
    const { call, dialogs } = harness(tmp.path, printer);
    dialogs.answers.push(join(tmp.path, 'minnesanteckningar'));
    const doc = reportWorkshop();
    const preview = await call('report:preview', { document: doc, kind: 'report', options });
    const result = await call('report:export', { document: doc, kind: 'report', options, suggestedName: 'Bygglov – Minnesanteckningar' });
    expect(result).toEqual({ status: 'saved', path: join(tmp.path, 'minnesanteckningar.pdf'), fileName: 'minnesanteckningar.pdf', pages: 1 });
    expect(printer.printed).toEqual([preview.html]);
    expect(dialogs.asked).toEqual([{ name: 'Bygglov – Minnesanteckningar.pdf', filter: { name: 'PDF', extensions: ['pdf'] } }]);
    const pdf = await PDFDocument.load(await readFile(join(tmp.path, 'minnesanteckningar.pdf')));
    expect(pdf.getAuthor()).toBe(doc.header.facilitator);
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const printer = fakePrinter();
    const { call } = harness(tmp.path, printer);
    expect(await call('report:export', { document: reportWorkshop(), kind: 'agenda', options, suggestedName: 'x' })).toEqual({ status: 'canceled' });
    expect(printer.printed).toEqual([]);
  });

  it('says a print timed out, and writes nothing', async () => {
    const { call, dialogs } = harness(tmp.path, fakePrinter(new PrintError('timeout', 'too slow', 60_000)));
    dialogs.answers.push(join(tmp.path, 'report.pdf'));
    const result = await call('report:export', { document: reportWorkshop(), kind: 'report', options, suggestedName: 'x' });
    expect(result).toMatchObject({ status: 'failed', fileName: 'report.pdf', problem: 'timeout', timeoutSeconds: 60 });
    expect(await readdir(tmp.path)).not.toContain('report.pdf');
  });

  it('says why a PDF could not be written to a folder that does not exist', async () => {
    const { call, dialogs } = harness(tmp.path, fakePrinter());
    dialogs.answers.push(join(tmp.path, 'gone', 'report.pdf'));
    const result = await call('report:export', { document: reportWorkshop(), kind: 'report', options, suggestedName: 'x' });
    expect(result).toMatchObject({ status: 'failed', problem: 'notFound' });
  });

  it('exports a board as an SVG drawing with its text and the font embedded', async () => {
    const { call, dialogs } = harness(tmp.path, fakePrinter());
    const doc = reportWorkshop();
    dialogs.answers.push(join(tmp.path, 'karta'));
    const result = await call('board:exportImage', { document: doc, boardId: doc.boards[0]!.id, format: 'svg', scale: 1 });
    expect(result).toMatchObject({ status: 'saved', fileName: 'karta.svg' });
    const svg = await readFile(join(tmp.path, 'karta.svg'), 'utf8');
    expect(svg).toContain('Registrera ärendet');
    expect(svg).toContain('@font-face');
    expect(dialogs.asked[0]).toEqual({ name: `${doc.boards[0]!.name.replace(/:/g, ' ').replace(/\s+/g, ' ')}.svg`, filter: { name: 'SVG', extensions: ['svg'] } });
  });

  it('refuses to export a board that is not in the workshop', async () => {
    const { call } = harness(tmp.path, fakePrinter());
    const result = await call('board:exportImage', { document: reportWorkshop(), boardId: 'no-such-board', format: 'png', scale: 2 });
    expect(result).toMatchObject({ status: 'failed', problem: 'unknown' });
    expect(existsSync(join(tmp.path, 'no-such-board.png'))).toBe(false);
  });
});
