import { describe, expect, it, vi } from 'vitest';

/** A print session and window just real enough to see what the Electron printer loads and allows. */
const seen = vi.hoisted(() => ({
  handler: null as null | ((req: Request) => Promise<Response>),
  filter: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
  loaded: [] as { url: string; status: number; csp: string | null; body: string }[],
  partitions: [] as string[],
}));

vi.mock('electron', () => {
  const fakeSession = {
    protocol: { handle: (_scheme: string, handler: (req: Request) => Promise<Response>) => void (seen.handler = handler) },
    webRequest: { onBeforeRequest: (filter: typeof seen.filter) => void (seen.filter = filter) },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
  };
  class BrowserWindow {
    destroyed = false;
    webContents = {
      printToPDF: async () => Buffer.from(seen.loaded[seen.loaded.length - 1]!.body),
      capturePage: async () => ({ toPNG: () => Buffer.from('png') }),
    };
    constructor(readonly options: { webPreferences: { javascript: boolean; sandbox: boolean } }) {}
    async loadURL(url: string) {
      const response = await seen.handler!(new Request(url));
      seen.loaded.push({ url, status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() });
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { BrowserWindow, session: { fromPartition: (name: string) => (seen.partitions.push(name), fakeSession) } };
});

describe('the Electron print window', () => {
  // It loaded the report from a temporary file:// page in a session that let any file: URL through, without a CSP.
  it('loads the report through the app’s own protocol, from memory, with the report’s CSP', async () => {
    const { createElectronPrinter } = await import('../../../../main/electron/printer');
    const pdf = await createElectronPrinter().printPdf({ html: '<!doctype html><title>Rapport</title><p>Hej</p>', timeoutMs: 5_000 });
    expect(Buffer.from(pdf).toString()).toContain('<p>Hej</p>');
    const [page] = seen.loaded;
    expect(page!.url).toMatch(/^verkstad:\/\/print\/[0-9a-f-]{36}$/);
    expect(page!.status).toBe(200);
    expect(page!.csp).toContain("default-src 'none'");
    expect(page!.csp).not.toContain('script-src');
  });

  it('lets the print page load nothing but itself and data: URLs', async () => {
    const { createElectronPrinter, printSession } = await import('../../../../main/electron/printer');
    printSession();
    const allowed = (url: string) => new Promise<boolean>((resolve) => seen.filter!({ url }, ({ cancel }) => resolve(!cancel)));
    expect(await allowed('verkstad://print/abc')).toBe(true);
    expect(await allowed('data:font/woff2;base64,AAAA')).toBe(true);
    for (const url of ['file:///etc/passwd', 'file:///tmp/report.html', 'https://example.com/x.png', 'verkstad://app/index.html', 'http://127.0.0.1:1/']) {
      expect(await allowed(url)).toBe(false);
    }
    // A page is served only while its print runs.
    await createElectronPrinter().rasterize({ svg: '<svg/>', width: 10, height: 10, scale: 1, timeoutMs: 5_000 });
    const url = seen.loaded[seen.loaded.length - 1]!.url;
    expect((await seen.handler!(new Request(url))).status).toBe(404);
    expect(seen.partitions.every((name) => name === 'verkstad-print')).toBe(true);
  });
});
