import type { Browser, BrowserContext } from 'playwright-core';
import { asPrintError, withTimeLimit, type Printer, type PrintRequest, type RasterRequest } from '../services/printer';
import { launchChromium } from './browser';
import { CHROMIUM_ARGS } from './host';

/**
 * The Printer in a Chromium page, for the command line, the tests and the benchmark. The page
 * runs no scripts and reaches no network: the report is self-contained, so anything it tried to
 * load would be a mistake (or an attack) and is refused.
 */
export function createChromiumPrinter(): Printer {
  let browser: Promise<Browser> | null = null;
  let description: string | null = null;
  const launch = () => {
    browser ??= launchChromium({ headless: true, args: CHROMIUM_ARGS }).then(
      (launched) => {
        description = launched.description;
        return launched.browser;
      },
      (error: unknown) => {
        browser = null;
        throw error;
      },
    );
    return browser;
  };

  async function sealedContext(deviceScaleFactor = 1): Promise<BrowserContext> {
    const context = await (await launch()).newContext({ javaScriptEnabled: false, deviceScaleFactor, offline: true });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
    return context;
  }

  async function run<T>(timeoutMs: number, deviceScaleFactor: number, work: (context: BrowserContext) => Promise<T>): Promise<T> {
    let context: BrowserContext | null = null;
    const job = (async () => {
      context = await sealedContext(deviceScaleFactor);
      return work(context);
    })();
    try {
      return await withTimeLimit(job, timeoutMs, () => (context as BrowserContext | null)?.close());
    } catch (error) {
      throw asPrintError(error);
    } finally {
      await (context as BrowserContext | null)?.close().catch(() => undefined);
    }
  }

  return {
    printPdf({ html, timeoutMs }: PrintRequest) {
      return run(timeoutMs, 1, async (context) => {
        const page = await context.newPage();
        // Print media first, so Chromium lays the report out once (for print), not for the screen and again.
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load', timeout: 0 });
        const pdf = await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf);
      });
    },
    rasterize({ svg, width, height, scale, timeoutMs }: RasterRequest) {
      return run(timeoutMs, scale, async (context) => {
        const page = await context.newPage();
        await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
        await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`, { waitUntil: 'load', timeout: 0 });
        const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) }, timeout: 0 });
        return new Uint8Array(png);
      });
    },
    usedBrowser: () => description,
    async close() {
      const pending = browser;
      browser = null;
      if (pending) await (await pending.catch(() => null))?.close();
    },
  };
}
