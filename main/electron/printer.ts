import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { REPORT_CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { asPrintError, withTimeLimit, type Printer, type PrintRequest, type RasterRequest } from '../services/printer';
import { APP_SCHEME } from './appOrigin';

/** A session of its own for printing: it reaches nothing but the one page being printed (and data: URLs in it). */
const PRINT_PARTITION = 'verkstad-print';
/** `verkstad://print/<token>`: the app's own scheme (registered privileged in protocol.ts), under a host of its own. */
export const PRINT_HOST = 'print';

/** The pages being printed, by token; each is served once to its own window, then forgotten. */
const pages = new Map<string, string>();
let prepared: Session | null = null;

export function printUrlOf(token: string): string {
  return `${APP_SCHEME}://${PRINT_HOST}/${token}`;
}

/**
 * The print session. Its protocol handler serves only the pages being printed, from memory, with
 * the report's Content-Security-Policy (no scripts, nothing loaded from anywhere); every other
 * request — file:, http(s):, another host of our scheme — is cancelled before it is made.
 */
export function printSession(): Session {
  if (prepared) return prepared;
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const headers = { 'Content-Security-Policy': REPORT_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    const url = new URL(request.url);
    const html = url.host === PRINT_HOST && request.method === 'GET' ? pages.get(url.pathname.slice(1)) : undefined;
    if (html === undefined) return new Response('Not found', { status: 404, headers });
    return new Response(html, { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintUrl(details.url) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  prepared = ses;
  return ses;
}

/** What the print window may load: the page itself (verkstad://print/…) and the data: URLs inside it. */
export function isPrintUrl(url: string): boolean {
  if (url.startsWith('data:')) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === PRINT_HOST;
  } catch {
    return false;
  }
}

/**
 * The Printer in Electron: a hidden window per print, with the security settings of the app
 * window (window.ts) and no JavaScript at all — the report is a document without scripts — and
 * `printToPDF` with a tagged PDF and the document outline, as Chromium's page.pdf does in the
 * command line. The HTML is served from memory through the app's own protocol in a session that
 * can load nothing else (it used to be a temporary file:// page, in a session that let any file: URL through).
 */
export function createElectronPrinter(): Printer {
  async function withWindow<T>(html: string, size: { width: number; height: number; zoom?: number }, timeoutMs: number, work: (win: BrowserWindow) => Promise<T>): Promise<T> {
    const token = randomUUID();
    pages.set(token, html);
    let win: BrowserWindow | null = null;
    try {
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
        await target.loadURL(printUrlOf(token));
        return work(target);
      })();
      return await withTimeLimit(job, timeoutMs, () => target.destroy());
    } catch (error) {
      throw asPrintError(error);
    } finally {
      pages.delete(token);
      if (win && !win.isDestroyed()) win.destroy();
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
