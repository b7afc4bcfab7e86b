import { basename } from 'node:path';
import { catalogues } from '../../shared/i18n';
import type { ExportResponse } from '../../shared/ipc/reportContract';
import type { Language } from '../../shared/model/language';
import { boardImage } from '../../shared/report/boardImage';
import { boardsToDrawio } from '../../shared/drawio/fromBoard';
import { exchange } from '../../shared/i18n/areas/exchange';
import { availableSections } from '../../shared/report/buildReport';
import { writeFileDurably, type DurableWriteOptions } from '../services/durableWrite';
import { detailOf, ioProblemOf } from '../services/ioProblem';
import { DEFAULT_PRINT_TIMEOUT_MS, PrintError, type Printer } from '../services/printer';
import { exportPdf, renderReportHtml } from '../services/reportExport';
import { reportFonts } from '../services/reportFonts';
import type { Handler } from './handlers';
import type { DialogPort } from './ports';

export interface ReportHandlerDeps {
  dialogs: DialogPort;
  /** The host's printer; a host without one cannot export PDF or PNG (and says so). */
  printer: Printer | null;
  language: () => Promise<Language>;
  writeOptions?: DurableWriteOptions;
  timeoutMs?: number;
}

type ReportHandlers = {
  'report:preview': Handler<'report:preview'>;
  'report:export': Handler<'report:export'>;
  'board:exportImage': Handler<'board:exportImage'>;
};

/** "name.pdf" from what the user typed, whatever extension they gave or left out. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

/** A file name the OS accepts: no path separators or characters Windows refuses. */
export function safeName(name: string, fallback: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const cleaned = printable.replace(/[\\/:*?"<>|]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  return cleaned || fallback;
}

/** An export that could not be made or written, as the renderer words it. */
export function exportFailure(path: string, error: unknown, timeoutMs: number): ExportResponse {
  const fileName = basename(path);
  if (error instanceof PrintError) {
    return { status: 'failed', fileName, problem: error.code, detail: error.message, timeoutSeconds: error.code === 'timeout' ? Math.round((error.timeoutMs ?? timeoutMs) / 1000) : null };
  }
  return { status: 'failed', fileName, problem: ioProblemOf(error), detail: detailOf(error), timeoutSeconds: null };
}

/**
 * The export channels. The path comes only from the save dialog; the PDF is printed in main
 * (the renderer cannot print to a file) and written through a temporary file and a rename.
 */
export function createReportHandlers({ dialogs, printer, language, writeOptions, timeoutMs = DEFAULT_PRINT_TIMEOUT_MS }: ReportHandlerDeps): ReportHandlers {
  const noPrinter = (path: string): ExportResponse => ({ status: 'failed', fileName: basename(path), problem: 'printerFailed', detail: 'this host has no printer', timeoutSeconds: null });
  return {
    'report:preview': async ({ document, kind, options }) => {
      const built = await renderReportHtml(document, kind, options);
      return { html: built.html, sections: built.sections, available: availableSections(document) };
    },
    'report:export': async ({ document, kind, options, suggestedName }) => {
      const s = catalogues[await language()].report;
      const chosen = await dialogs.chooseFileToSave(`${safeName(suggestedName, s.document.kind)}.pdf`, { name: 'PDF', extensions: ['pdf'] });
      if (chosen === null) return { status: 'canceled' };
      const path = withExtension(chosen, 'pdf');
      if (!printer) return noPrinter(path);
      try {
        const result = await exportPdf({ doc: document, kind, options, path, printer, timeoutMs, writeOptions });
        return { status: 'saved', path, fileName: basename(path), pages: result.pages };
      } catch (error) {
        return exportFailure(path, error, timeoutMs);
      }
    },
    'board:exportImage': async ({ document, boardId, format, scale }) => {
      const s = catalogues[await language()].report;
      const board = document.boards.find((b) => b.id === boardId);
      if (!board) return { status: 'failed', fileName: '', problem: 'unknown', detail: s.errors.noBoard, timeoutSeconds: null };
      const filter = format === 'svg' ? { name: 'SVG', extensions: ['svg'] } : format === 'png' ? { name: 'PNG', extensions: ['png'] } : { name: exchange[await language()].dialogs.drawioFilter, extensions: ['drawio'] };
      const chosen = await dialogs.chooseFileToSave(`${safeName(board.name, s.boards.untitled)}.${format}`, filter);
      if (chosen === null) return { status: 'canceled' };
      const path = withExtension(chosen, format);
      try {
        if (format === 'drawio') {
          await writeFileDurably(path, boardsToDrawio([board]), writeOptions);
          return { status: 'saved', path, fileName: basename(path), pages: 1 };
        }
        const image = boardImage(board, await reportFonts(), undefined, document.header.language ?? (await language()));
        if (format === 'svg') {
          await writeFileDurably(path, image.svg, writeOptions);
        } else {
          if (!printer) return noPrinter(path);
          const png = await printer.rasterize({ svg: image.svg, width: image.width, height: image.height, scale, timeoutMs });
          await writeFileDurably(path, Buffer.from(png), writeOptions);
        }
        return { status: 'saved', path, fileName: basename(path), pages: null };
      } catch (error) {
        return exportFailure(path, error, timeoutMs);
      }
    },
  };
}
