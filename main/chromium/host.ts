import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { eventChannels, invokeChannels, type EventChannel } from '../../shared/ipc/channels';
import { events, type EventPayload } from '../../shared/ipc/contract';
import { createHandlers, dispatch, rawHandlerOf } from '../ipc/handlers';
import { launchChromium } from './browser';
import { createChromiumPrinter } from './printer';
import type { DialogPort, ProjectorPort, WindowPort } from '../ipc/ports';
import { createServices, type Services } from '../services';
import type { DurableWriteOptions } from '../services/durableWrite';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The second host: the built renderer in a Chromium (the one main/chromium/browser.ts finds),
 * driven by Playwright, with the same handler table and services as Electron bound to the page.
 * The end-to-end tests run the app through it, and `npm start` opens it where the Electron binary
 * is not installed.
 */
export const APP_ORIGIN = 'https://verkstad.invalid';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumHostOptions {
  dataDir: string;
  dialogs: DialogPort;
  /** The OS locale the app should believe it runs under (first start follows it). */
  osLocale?: string;
  headless?: boolean;
  rendererDir?: string;
  viewport?: { width: number; height: number } | null;
  writeOptions?: DurableWriteOptions;
  version?: string;
}

export interface AppWindow {
  page: Page;
  /** The last title and unsaved flag the renderer reported. */
  state: { title: string; dirty: boolean; closed: boolean };
  /** Sends a main → renderer event, as Electron's webContents.send would. */
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): Promise<void>;
  /** What the Electron host does when the user closes the window. */
  requestClose(): Promise<void>;
  /** The projector window (run mode) opened from this window, if it is open: a second page. */
  projector: Page | null;
  /** Opens the projector window following the facilitator page's BroadcastChannel `link`, and returns its page. */
  openProjector(link: string): Promise<Page>;
}

export interface ChromiumHost {
  browser: Browser;
  /** Which browser runs the app ("Chromium 156.0.8078.114 (/usr/bin/chromium)"), for the user. */
  browserDescription: string;
  context: BrowserContext;
  services: Services;
  openWindow(): Promise<AppWindow>;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** One part of a large request from installBridge: which request, and whether it is the last part. */
const RequestPart = z.object({ id: z.number().int().positive(), last: z.boolean() }).strict();

/**
 * Joins the parts of large requests (installBridge sends them) per window: `take` gives the whole
 * request once its last part is in. A part that is not text or names no request is refused.
 */
export class RequestParts<K> {
  private readonly arriving = new Map<K, Map<number, string[]>>();

  take(key: K, req: unknown, part: unknown): { done: true; text: unknown } | { done: false } {
    if (part === undefined || part === null) return { done: true, text: req };
    const piece = RequestPart.safeParse(part);
    if (!piece.success || typeof req !== 'string') throw new Error('refused: a malformed request part');
    const byKey = this.arriving.get(key) ?? new Map<number, string[]>();
    this.arriving.set(key, byKey);
    const pieces = byKey.get(piece.data.id) ?? [];
    byKey.set(piece.data.id, pieces);
    pieces.push(req);
    if (!piece.data.last) return { done: false };
    byKey.delete(piece.data.id);
    return { done: true, text: pieces.join('') };
  }

  /** A window that closed: what it was still sending is dropped. */
  forget(key: K): void {
    this.arriving.delete(key);
  }
}

/**
 * An answer crosses the binding as JSON text; one larger than this (an opened 10,000-shape
 * workshop is 3 MB) crosses gzipped, as base64. Chromium's DevTools protocol carries a string
 * escaped inside its own JSON message and converts it on both sides of the browser process: 3 MB
 * took 180-300 ms to arrive in the page, the same document gzipped (325 KB) about 20 ms, plus
 * 7 ms to compress in main and 15-40 ms to unpack in the page (DecompressionStream, off the
 * page's thread for the most part). Measured side by side in one Chromium, 2026-11-30.
 */
export const COMPRESS_ANSWERS_FROM = 128 * 1024;

/** What main returns through the binding: JSON text, or gzipped JSON text as base64 when large. */
export function answerForPage(answer: unknown): string | { gzip: string } | undefined {
  if (answer === undefined) return undefined;
  const text = JSON.stringify(answer);
  if (text.length <= COMPRESS_ANSWERS_FROM) return text;
  return { gzip: gzipSync(Buffer.from(text, 'utf8'), { level: 1 }).toString('base64') };
}

/** Runs in the page before the app: the same `window.verkstad` as the Electron preload exposes. */
export function installBridge({ invoke, events }: { invoke: string[]; events: string[] }): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const w = globalThis as unknown as Record<string, unknown>;
  const call = w.__verkstadInvoke as (channel: string, req: unknown, part?: { id: number; last: boolean }) => Promise<unknown>;
  // A large request (a draft of a 10,000-shape board is megabytes) crosses in parts, each its own
  // message with the page free between them: sent whole it held the page's thread for hundreds of
  // milliseconds, a frozen frame in the middle of a drag or a nudge every time a draft was written.
  // (No named inner functions here: this function's source is sent to the page, and a build that
  // keeps names, as tsx's does, would wrap them in a helper the page does not have.)
  const PART = 64 * 1024;
  let parts = 0;
  w.__verkstadEmit = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const api = {
    invoke(channel: string, req?: unknown) {
      // Like the Electron preload: an unknown channel is a programming error, thrown at once.
      if (!invoke.includes(channel)) throw new Error(`Unknown channel: ${channel}`);
      // Both ways the values cross as JSON text: Playwright's own serialisation of a 10,000-shape
      // document costs seconds, and of a draft of a goal board with 10,000 values tens of
      // milliseconds on the page's thread; JSON.stringify/parse a fraction of that. (The contract
      // carries only JSON values: no dates, no binary.)
      const text = req === undefined ? undefined : JSON.stringify(req);
      const sent =
        text === undefined || text.length <= PART
          ? call(channel, text)
          : (async () => {
              const id = ++parts;
              for (let at = 0; at + PART < text.length; at += PART) await call(channel, text.slice(at, at + PART), { id, last: false });
              return call(channel, text.slice(Math.floor((text.length - 1) / PART) * PART), { id, last: true });
            })();
      return sent.then(async (answer) => {
        if (typeof answer === 'string') return JSON.parse(answer);
        const packed = answer && typeof answer === 'object' ? (answer as { gzip?: unknown }).gzip : undefined;
        if (typeof packed !== 'string') return answer;
        // A large answer (answerForPage): base64 of gzipped JSON text.
        const binary = atob(packed);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        return JSON.parse(await new Response(unpacked).text());
      });
    },
    on(event: string, listener: Listener) {
      if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(globalThis, 'verkstad', { value: Object.freeze(api), writable: false, configurable: false });
}

export async function launchChromiumHost(options: ChromiumHostOptions): Promise<ChromiumHost> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  await readFile(join(rendererDir, 'index.html')).catch(() => {
    throw new Error(`The built renderer is missing in ${rendererDir}. Run \`npm run build\` first.`);
  });
  const services = createServices({ dataDir: options.dataDir, writeOptions: options.writeOptions, roomPageDir: join(rendererDir, '..', 'participant') });
  // Ready before the first edit: the first draft need not wait for the worker to load.
  services.draftPreparer.warm();
  // The PDF export prints in a Chromium of its own, as the command line does.
  const printer = createChromiumPrinter();
  const table = createHandlers({
    services,
    dialogs: options.dialogs,
    printer,
    host: { host: 'chromium', version: options.version ?? '0.0.0-chromium', platform: process.platform, osLocale: options.osLocale ?? 'en-GB' },
  });
  const { browser, description: browserDescription } = await launchChromium({
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, `--lang=${options.osLocale ?? 'en-GB'}`],
  });
  const context = await browser.newContext({
    viewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
    locale: options.osLocale ?? 'en-GB',
  });

  // The renderer is served from disk under an origin of its own; anything else is refused,
  // as the Electron host refuses remote content.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^[/\\]+/, '');
    const file = join(rendererDir, relative);
    if (!file.startsWith(rendererDir + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });

  const windows = new Map<Page, AppWindow>();
  // One port per window, as Electron's AppWindow has: the room knows its window by it.
  const ports = new Map<Page, WindowPort>();
  const arriving = new RequestParts<Page>();
  await context.exposeBinding('__verkstadInvoke', async (source, channel: unknown, req: unknown, part: unknown) => {
    const win = windows.get(source.page);
    const port = ports.get(source.page);
    // Like Electron's senderFrame check: only the top frame of one of our windows may call.
    if (!win || !port || source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== APP_ORIGIN) {
      throw new Error('refused: not an app window');
    }
    const whole = arriving.take(source.page, req, part);
    if (!whole.done) return undefined;
    const text = whole.text;
    // A request checked off the event loop (a draft) goes on as the text it came as: parsing it is part of that work.
    const request: unknown = typeof text === 'string' && !rawHandlerOf(table, String(channel)) ? JSON.parse(text) : text;
    const answer = await dispatch(table, String(channel), request, { window: port, projector: projectorPort(win) });
    return answerForPage(answer);
  });
  // installBridge is serialised into the page. Run through tsx (the benchmarks start the host so),
  // its inner functions are wrapped in esbuild's `__name` helper, which the page does not have:
  // the page gets one that does nothing, or the bridge never comes up.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installBridge, { invoke: [...invokeChannels], events: [...eventChannels] });

  // The projector is a second page of the same origin: it follows the facilitator's page over a
  // BroadcastChannel, as the Electron projector window does. There is one screen to a browser
  // context, so the display list is empty and the page opens where the browser puts it.
  const projectorPort = (win: AppWindow): ProjectorPort => ({
    displays: async () => [],
    open: async (_displayId, link) => {
      await win.openProjector(link);
      return { status: 'opened', displayId: null };
    },
    close: async () => {
      const page = win.projector;
      win.projector = null;
      await page?.close();
    },
  });

  return {
    browser,
    browserDescription,
    context,
    services,
    async openWindow() {
      const page = await context.newPage();
      const win: AppWindow = {
        page,
        state: { title: '', dirty: false, closed: false },
        async emit(event, payload) {
          await page.evaluate(([e, p]) => (globalThis as unknown as { __verkstadEmit(e: string, p: unknown): void }).__verkstadEmit(e, p), [event, payload] as const);
        },
        async requestClose() {
          if (win.state.dirty) await win.emit('app:closeRequested', {});
          else {
            win.state.closed = true;
            await page.close();
          }
        },
        projector: null,
        async openProjector(link) {
          if (win.projector && !win.projector.isClosed() && win.projector.url().endsWith(`#projector=${link}`)) {
            await win.projector.bringToFront();
            return win.projector;
          }
          await win.projector?.close();
          // A window of its own (a popup), not a tab: Chromium slows the frames of a tab that is
          // not in front, and a projector window is always shown.
          const url = `${APP_ORIGIN}/index.html#projector=${encodeURIComponent(link)}`;
          const [projector] = await Promise.all([
            context.waitForEvent('page'),
            page.evaluate((address) => void window.open(address, '_blank', 'popup,noopener,width=1280,height=720'), url),
          ]);
          win.projector = projector;
          projector.on('close', () => {
            // Closed from its own side (Esc, the window's close box): the facilitator's toggle follows.
            if (win.projector !== projector) return;
            win.projector = null;
            if (!page.isClosed()) void win.emit('projector:closed', {}).catch(() => undefined);
          });
          await projector.waitForLoadState();
          return projector;
        },
      };
      const port: WindowPort = {
        setState: (state) => Object.assign(win.state, state),
        closeConfirmed: () => {
          win.state.closed = true;
          void page.close();
        },
        send: (event, payload) => {
          if (!page.isClosed()) void win.emit(event, events[event].parse(payload) as never).catch(() => undefined);
        },
      };
      windows.set(page, win);
      ports.set(page, port);
      // A window that closes takes its room with it.
      page.on('close', () => {
        arriving.forget(page);
        void services.room.closeFor(port);
      });
      await page.goto(`${APP_ORIGIN}/index.html`);
      return win;
    },
    async close() {
      await services.room.close();
      await services.draftPreparer.close();
      await printer.close();
      await browser.close();
    },
  };
}
