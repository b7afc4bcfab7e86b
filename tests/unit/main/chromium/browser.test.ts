import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chromiumCandidates,
  ChromiumUnavailableError,
  findNpmChromium,
  launchChromium,
  missingDisplay,
  npmChromiumRuns,
  SKIP_SYSTEM_ENV,
  unreachableDisplay,
  type ResolveContext,
} from '../../../../main/chromium/browser';
import { CHROMIUM_ARGS } from '../../../../main/chromium/host';

const npm = { packageDir: '/project/node_modules/@sparticuz/chromium', version: '153.0.0' };

function machine(overrides: Partial<ResolveContext> & { files?: string[] } = {}): ResolveContext {
  const files = new Set(overrides.files ?? []);
  return {
    headless: true,
    env: {},
    platform: 'linux',
    arch: 'x64',
    exists: (path) => files.has(path),
    npmChromium: () => npm,
    ...overrides,
  };
}

const summary = (ctx: ResolveContext) => chromiumCandidates(ctx).map((c) => `${c.source} ${c.name} ${c.executablePath ?? c.channel ?? c.npm?.version}`);

describe('which Chromium (main/chromium/browser.ts)', () => {
  it('takes CHROMIUM_PATH and nothing else when it is set', () => {
    const ctx = machine({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, files: ['/opt/my/chrome', '/usr/bin/chromium'] });
    expect(summary(ctx)).toEqual(['CHROMIUM_PATH Chromium /opt/my/chrome']);
  });

  it('says so when CHROMIUM_PATH names nothing, rather than quietly taking another browser', () => {
    const ctx = machine({ env: { CHROMIUM_PATH: '/opt/gone/chrome' }, files: ['/usr/bin/chromium'] });
    expect(() => chromiumCandidates(ctx)).toThrow(new ChromiumUnavailableError('CHROMIUM_PATH is set to /opt/gone/chrome, but there is no browser there.'));
  });

  it('on Linux: the system Chromium, then installed Chrome and Edge, then the npm-shipped one (headless)', () => {
    const ctx = machine({ files: ['/usr/bin/chromium', '/snap/bin/chromium'] });
    expect(summary(ctx)).toEqual([
      'system Chromium /usr/bin/chromium',
      'system Chromium /snap/bin/chromium',
      'system Google Chrome chrome',
      'system Microsoft Edge msedge',
      'npm Chromium 153.0.0',
    ]);
  });

  it('offers the npm-shipped Chromium for headless use only, and only where npm ships one (Linux x64)', () => {
    expect(summary(machine({ headless: false }))).toEqual(['system Google Chrome chrome', 'system Microsoft Edge msedge']);
    expect(summary(machine({ arch: 'arm64' }))).not.toContain('npm Chromium 153.0.0');
    expect(summary(machine({ npmChromium: () => null }))).not.toContain('npm Chromium 153.0.0');
    expect(npmChromiumRuns('linux', 'x64')).toBe(true);
    expect(npmChromiumRuns('linux', 'arm64')).toBe(false);
    expect(npmChromiumRuns('darwin', 'x64')).toBe(false);
  });

  it(`skips the system's browsers when ${SKIP_SYSTEM_ENV} is set (CI proves the npm-shipped one that way)`, () => {
    const ctx = machine({ env: { [SKIP_SYSTEM_ENV]: '1' }, files: ['/usr/bin/chromium'] });
    expect(summary(ctx)).toEqual(['npm Chromium 153.0.0']);
  });

  it('looks where macOS and Windows keep Chromium', () => {
    const mac = machine({ platform: 'darwin', env: { HOME: '/Users/ann' }, files: ['/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium'] });
    expect(summary(mac)[0]).toBe('system Chromium /Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(summary(mac)).not.toContain('npm Chromium 153.0.0');
    const exe = ['C:\\Users\\ann\\AppData\\Local', 'Chromium', 'Application', 'chrome.exe'].join(process.platform === 'win32' ? '\\' : '/');
    const windows = machine({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, files: [exe] });
    expect(summary(windows)).toEqual([`system Chromium ${exe}`, 'system Google Chrome chrome', 'system Microsoft Edge msedge']);
  });

  it('a window without a display gets one sentence saying what to do, on Linux only', () => {
    const sentence = missingDisplay({ headless: false, env: {}, platform: 'linux' });
    expect(sentence).toMatch(/^The Chromium host needs a display .*`xvfb-run npm start`\.$/);
    expect(sentence!.split('. ')).toHaveLength(1);
    expect(missingDisplay({ headless: false, env: { DISPLAY: ':0' }, platform: 'linux' })).toBeNull();
    expect(missingDisplay({ headless: false, env: { WAYLAND_DISPLAY: 'wayland-0' }, platform: 'linux' })).toBeNull();
    expect(missingDisplay({ headless: true, env: {}, platform: 'linux' })).toBeNull();
    expect(missingDisplay({ headless: false, env: {}, platform: 'darwin' })).toBeNull();
  });

  it('launching without a display fails with that sentence, not a browser log', async () => {
    await expect(launchChromium({ headless: false, args: CHROMIUM_ARGS, context: { env: {}, platform: 'linux' } })).rejects.toThrow(/^The Chromium host needs a display/);
  });

  it('a display that is set but does not answer is said in one sentence, not as "no browser was found"', () => {
    // The message Playwright gives when Chromium could not reach the X server, shortened.
    const refused = new Error(
      'browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n║ Looks like you launched a headed browser without having a XServer running. ║\nCall log:\n  - [pid=1][err] [ERROR:ui/ozone/platform/x11/ozone_platform_x11.cc:257] Missing X server or $DISPLAY',
    );
    const sentence = unreachableDisplay(refused, { headless: false, env: { DISPLAY: ':97' } });
    expect(sentence).toBe('The Chromium host could not open its window because no display answers at DISPLAY=:97: run it from a desktop, or under a virtual display with `xvfb-run npm start`.');
    expect(unreachableDisplay(new Error('Failed to connect to Wayland display'), { headless: false, env: { WAYLAND_DISPLAY: 'wayland-1' } })).toContain('WAYLAND_DISPLAY=wayland-1');
    expect(unreachableDisplay(refused, { headless: true, env: { DISPLAY: ':97' } })).toBeNull();
    expect(unreachableDisplay(new Error('spawn EACCES'), { headless: false, env: { DISPLAY: ':0' } })).toBeNull();
  });

  // Needs the system's Chromium (a window cannot come from the npm one): skipped where the run hides it
  // (.ci/smoke-npm-chromium sets VERKSTAD_CHROMIUM_SKIP_SYSTEM and empties /usr/lib/chromium, leaving
  // Debian's /usr/bin/chromium wrapper pointing at nothing).
  const systemChromium = process.platform === 'linux' && !process.env[SKIP_SYSTEM_ENV] && existsSync('/usr/bin/chromium') && (!existsSync('/usr/lib/chromium') || existsSync('/usr/lib/chromium/chromium'));
  it.skipIf(!systemChromium)('a real Chromium on a display nobody serves fails with that sentence', async () => {
    const error = await launchChromium({ headless: false, args: CHROMIUM_ARGS, context: { env: { DISPLAY: ':97' }, platform: 'linux' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumUnavailableError);
    expect((error as Error).message).toMatch(/^The Chromium host could not open its window because no display answers at DISPLAY=:97/);
  }, 60_000);

  it('when nothing can be used, says what to install', async () => {
    const none = { env: { [SKIP_SYSTEM_ENV]: '1' }, platform: 'linux' as const, arch: 'x64', npmChromium: () => null };
    const error = await launchChromium({ headless: true, args: CHROMIUM_ARGS, context: none }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumUnavailableError);
    expect((error as Error).message).toContain('@sparticuz/chromium');
    const headed = await launchChromium({ headless: false, args: CHROMIUM_ARGS, context: { ...none, env: { ...none.env, DISPLAY: ':99' } } }).catch((e: unknown) => e);
    expect((headed as Error).message).toBe(`${SKIP_SYSTEM_ENV} is set, so no system browser may be used, and the Chromium that npm installs runs headless only: unset it.`);
  });
});

// The real thing: the Chromium npm installs starts here, draws on a canvas and prints a PDF.
describe.skipIf(!npmChromiumRuns(process.platform, process.arch) || !findNpmChromium())('the npm-shipped Chromium', { timeout: 180_000 }, () => {
  it('starts with no system browser, draws on a canvas and prints a PDF, and says which it is', async () => {
    const { browser, description, source } = await launchChromium({ headless: true, args: CHROMIUM_ARGS, context: { env: { ...process.env, CHROMIUM_PATH: '', [SKIP_SYSTEM_ENV]: '1' } } });
    try {
      expect(source).toBe('npm');
      expect(description).toMatch(/^Chromium \d+\.\d+\.\d+\.\d+ \(npm: @sparticuz\/chromium \d+\.\d+\.\d+, headless\)$/);
      const page = await browser.newPage();
      await page.setContent('<canvas width="40" height="20"></canvas><p>Åsa, Øystein</p>');
      const pixel = await page.evaluate(() => {
        const ctx = document.querySelector('canvas')!.getContext('2d')!;
        ctx.fillStyle = '#1c4e80';
        ctx.fillRect(0, 0, 40, 20);
        return [...ctx.getImageData(5, 5, 1, 1).data];
      });
      expect(pixel).toEqual([0x1c, 0x4e, 0x80, 255]);
      const pdf = await page.pdf();
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });
});
