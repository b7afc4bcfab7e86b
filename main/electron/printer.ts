import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { asPrintError, withTimeLimit, type Printer, type PrintRequest, type RasterRequest } from '../services/printer';

/** A session of its own for printing: nothing in it may reach the network, only the page's own file and data: URLs. */
const PRINT_PARTITION = 'verkstad-print';
let sealed = false;

function printSession() {
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!sealed) {
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !/^(file|data):/.test(details.url) }));
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    sealed = true;
  }
  return ses;
}

/**
 * The Printer in Electron: a hidden window per print, with the security settings of the app
 * window (window.ts) and no JavaScript at all — the report is a document without scripts — and
 * `printToPDF` with a tagged PDF and the document outline, as Chromium's page.pdf does in the
 * command line. The HTML goes through a temporary file (a data: URL is capped at 2 MB).
 */
export function createElectronPrinter(): Printer {
  async function withWindow<T>(html: string, size: { width: number; height: number; zoom?: number }, timeoutMs: number, work: (win: BrowserWindow) => Promise<T>): Promise<T> {
    const folder = await mkdtemp(join(tmpdir(), 'verkstad-print-'));
    const file = join(folder, 'report.html');
    let win: BrowserWindow | null = null;
    try {
      await writeFile(file, html, 'utf8');
      win = new BrowserWindow({
        show: false,
        width: Math.ceil(size.width),
        height: Math.ceil(size.height),
        useContentSize: true,
        webPreferences: {
          session: printSession(),
          // Zoomed from the start, so the vector drawing is laid out at the picture's size before it is captured.
          zoomFactor: size.zoom ?? 1,
          javascript: false,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          spellcheck: false,
          devTools: false,
          // Nobody clicks in a hidden print window; a middle-click cannot ask for a window here either.
          disableBlinkFeatures: 'Auxclick',
        },
      });
      const target = win;
      const job = (async () => {
        await target.loadURL(pathToFileURL(file).href);
        return work(target);
      })();
      return await withTimeLimit(job, timeoutMs, () => target.destroy());
    } catch (error) {
      throw asPrintError(error);
    } finally {
      if (win && !win.isDestroyed()) win.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  }

  return {
    printPdf({ html, timeoutMs }: PrintRequest) {
      return withWindow(html, { width: 1200, height: 900 }, timeoutMs, async (win) => {
        const pdf = await win.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
        return new Uint8Array(pdf);
      });
    },
    rasterize({ svg, width, height, scale, timeoutMs }: RasterRequest) {
      const page = `<!doctype html><html><head><style>html,body{margin:0;background:#fff;overflow:hidden}svg{display:block}</style></head><body>${svg}</body></html>`;
      return withWindow(page, { width: width * scale, height: height * scale, zoom: scale }, timeoutMs, async (win) => {
        const image = await win.webContents.capturePage({ x: 0, y: 0, width: Math.ceil(width * scale), height: Math.ceil(height * scale) });
        return new Uint8Array(image.toPNG());
      });
    },
    async close() {
      // Every print has its own window, closed when it is done.
    },
  };
}
