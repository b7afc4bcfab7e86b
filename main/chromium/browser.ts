import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { z } from 'zod';

/**
 * The one place that decides which Chromium Verkstad drives through Playwright: the Chromium
 * host (`npm start` without Electron, `npm run start:chromium`), the end-to-end tests, the
 * benchmarks and the command line's PDF export. In this order:
 *
 * 1. `CHROMIUM_PATH`, if set: that browser and no other.
 * 2. The system's browsers, in the usual places per OS: Chromium by path, installed Google Chrome
 *    and Microsoft Edge through Playwright's `channel` (Playwright knows where each OS keeps them).
 *    `VERKSTAD_CHROMIUM_SKIP_SYSTEM=1` skips them (CI uses it to prove step 3 on its own).
 * 3. Headless only, on Linux x64: the Chromium that npm installs with Verkstad, the optional
 *    dependency `@sparticuz/chromium` (a headless shell). It is shipped brotli-compressed and
 *    unpacked once into node_modules/.cache/verkstad-chromium/<version>.
 *
 * Whoever launches says which browser was used (`LaunchedChromium.description`).
 */

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface ChromiumCandidate {
  source: ChromiumSource;
  /** The browser's name as people know it: Chromium, Google Chrome, Microsoft Edge. */
  name: string;
  /** Where it is, for the message: a path, a Playwright channel, the npm package. */
  where: string;
  executablePath?: string;
  channel?: string;
  /** The npm-shipped Chromium: unpacked on first use. */
  npm?: NpmChromium;
}

export interface NpmChromium {
  /** The folder of the @sparticuz/chromium package. */
  packageDir: string;
  version: string;
}

export interface LaunchedChromium {
  browser: Browser;
  /** "Chromium 156.0.8078.114 (/usr/bin/chromium)": the browser that was used, for the user. */
  description: string;
  source: ChromiumSource;
}

/** A browser could not be found or started; the message is meant for the user as it is (no stack). */
export class ChromiumUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumUnavailableError';
  }
}

export interface ResolveContext {
  headless: boolean;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  exists: (path: string) => boolean;
  /** The installed @sparticuz/chromium, or null when npm did not install it (another OS, `--omit=optional`). */
  npmChromium: () => NpmChromium | null;
}

export const SKIP_SYSTEM_ENV = 'VERKSTAD_CHROMIUM_SKIP_SYSTEM';

const CHANNELS = [
  { channel: 'chrome', name: 'Google Chrome' },
  { channel: 'msedge', name: 'Microsoft Edge' },
] as const;

/** Where each OS keeps Chromium itself (Chrome and Edge are found through Playwright's channels). */
function systemChromiumPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const app = 'Chromium.app/Contents/MacOS/Chromium';
    return [join('/Applications', app), ...(env.HOME ? [join(env.HOME, 'Applications', app)] : [])];
  }
  if (platform === 'win32') {
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
      .filter((dir): dir is string => Boolean(dir))
      .map((dir) => join(dir, 'Chromium', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
}

/** The browsers to try, best first. Pure: the context says what the machine has. */
export function chromiumCandidates(ctx: ResolveContext): ChromiumCandidate[] {
  const explicit = ctx.env.CHROMIUM_PATH;
  if (explicit) {
    if (!ctx.exists(explicit)) throw new ChromiumUnavailableError(`CHROMIUM_PATH is set to ${explicit}, but there is no browser there.`);
    return [{ source: 'CHROMIUM_PATH', name: 'Chromium', where: `CHROMIUM_PATH=${explicit}`, executablePath: explicit }];
  }
  const candidates: ChromiumCandidate[] = [];
  if (!ctx.env[SKIP_SYSTEM_ENV]) {
    for (const path of systemChromiumPaths(ctx.platform, ctx.env)) {
      if (ctx.exists(path)) candidates.push({ source: 'system', name: 'Chromium', where: path, executablePath: path });
    }
    for (const { channel, name } of CHANNELS) candidates.push({ source: 'system', name, where: `installed, Playwright channel "${channel}"`, channel });
  }
  if (ctx.headless && npmChromiumRuns(ctx.platform, ctx.arch)) {
    const npm = ctx.npmChromium();
    if (npm) candidates.push({ source: 'npm', name: 'Chromium', where: `npm: @sparticuz/chromium ${npm.version}, headless`, npm });
  }
  return candidates;
}

/** @sparticuz/chromium's npm package holds an x64 Linux build only (its arm64 build is a GitHub download). */
export function npmChromiumRuns(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

/**
 * A window needs a display. On Linux (and the BSDs) without one Chromium dies with a long log, so
 * the user hears why in one sentence instead.
 */
export function missingDisplay(ctx: Pick<ResolveContext, 'headless' | 'env' | 'platform'>): string | null {
  if (ctx.headless || ctx.platform === 'darwin' || ctx.platform === 'win32') return null;
  if (ctx.env.DISPLAY || ctx.env.WAYLAND_DISPLAY) return null;
  return 'The Chromium host needs a display for its window and this session has none (DISPLAY is not set): run it from a desktop, or under a virtual display with `xvfb-run npm start`.';
}

/** What Chromium (and Playwright) log when the display named in DISPLAY or WAYLAND_DISPLAY does not answer. */
const DISPLAY_REFUSED = /Missing X server|without having a XServer running|cannot open display|Unable to open X display|Failed to connect to Wayland display/i;

/**
 * A window whose display is set but does not answer (DISPLAY=:99 with no X server behind it, a
 * closed remote session): one sentence, not Chromium's log and not "no browser was found".
 */
export function unreachableDisplay(error: unknown, ctx: Pick<ResolveContext, 'headless' | 'env'>): string | null {
  if (ctx.headless || !DISPLAY_REFUSED.test(error instanceof Error ? error.message : String(error))) return null;
  const where = ctx.env.DISPLAY ? `DISPLAY=${ctx.env.DISPLAY}` : `WAYLAND_DISPLAY=${ctx.env.WAYLAND_DISPLAY ?? ''}`;
  return `The Chromium host could not open its window because no display answers at ${where}: run it from a desktop, or under a virtual display with \`xvfb-run npm start\`.`;
}

function nothingFound(ctx: ResolveContext, failures: string[]): ChromiumUnavailableError {
  const tried = failures.length > 0 ? ` Tried: ${failures.join('; ')}.` : '';
  const npmRuns = npmChromiumRuns(ctx.platform, ctx.arch);
  if (ctx.env[SKIP_SYSTEM_ENV] && (!ctx.headless || !npmRuns)) {
    const why = ctx.headless ? `npm ships no Chromium for ${ctx.platform} ${ctx.arch}` : 'the Chromium that npm installs runs headless only';
    return new ChromiumUnavailableError(`${SKIP_SYSTEM_ENV} is set, so no system browser may be used, and ${why}: unset it.${tried}`);
  }
  const npmNote = !npmRuns
    ? ''
    : !ctx.headless
      ? ' (The Chromium that npm installs with Verkstad runs headless only, for the tests and the PDF export, not in a window.)'
      : ctx.npmChromium()
        ? ''
        : ' The Chromium that npm installs with Verkstad (@sparticuz/chromium, an optional dependency) is missing too: run `npm install`.';
  return new ChromiumUnavailableError(
    `No Chromium-based browser was found: install Chromium (Debian/Ubuntu: \`sudo apt-get install chromium\`), Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one.${npmNote}${tried}`,
  );
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !/^browserType\.launch:?$/.test(line))
    ?.replace(/^browserType\.launch:\s*/, '') ?? 'unknown error';

/** Playwright's answer when a channel's browser is not installed: not a failure, just not there. */
const notInstalled = (error: unknown) => /Chromium distribution '[^']+' is not found/.test(error instanceof Error ? error.message : '');

export interface LaunchChromiumOptions {
  headless: boolean;
  args: string[];
  /** Tests pass their own; the real machine by default. */
  context?: Partial<ResolveContext>;
}

export function defaultContext(headless: boolean): ResolveContext {
  return {
    headless,
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
    npmChromium: findNpmChromium,
  };
}

/** Launches the first browser that starts, and says which one it was. */
export async function launchChromium(options: LaunchChromiumOptions): Promise<LaunchedChromium> {
  const ctx: ResolveContext = { ...defaultContext(options.headless), ...options.context, headless: options.headless };
  const display = missingDisplay(ctx);
  if (display) throw new ChromiumUnavailableError(display);
  const failures: string[] = [];
  for (const candidate of chromiumCandidates(ctx)) {
    const launchOptions: LaunchOptions = { headless: options.headless, args: options.args };
    if (candidate.channel) launchOptions.channel = candidate.channel;
    if (candidate.executablePath) launchOptions.executablePath = candidate.executablePath;
    try {
      if (candidate.npm) {
        const unpacked = await unpackNpmChromium(candidate.npm);
        launchOptions.executablePath = unpacked.executablePath;
        launchOptions.env = { ...ctx.env, ...unpacked.env };
      }
      const browser = await chromium.launch(launchOptions);
      return { browser, description: `${candidate.name} ${browser.version()} (${candidate.where})`, source: candidate.source };
    } catch (error) {
      const display = unreachableDisplay(error, ctx);
      if (display) throw new ChromiumUnavailableError(display);
      if (candidate.source === 'CHROMIUM_PATH') throw new ChromiumUnavailableError(`The browser in CHROMIUM_PATH (${candidate.executablePath}) did not start: ${firstLine(error)}`);
      if (!notInstalled(error)) failures.push(`${candidate.name} (${candidate.where}): ${firstLine(error)}`);
    }
  }
  throw nothingFound(ctx, failures);
}

// ---------------------------------------------------------------------------------------------
// The npm-shipped Chromium

const requireHere = createRequire(import.meta.url);
const PackageJson = z.object({ version: z.string().min(1) });

/** The installed @sparticuz/chromium, or null. */
export function findNpmChromium(): NpmChromium | null {
  try {
    // Its package.json is not exported; its entry (build/index.js) is, one folder down.
    const packageDir = dirname(dirname(requireHere.resolve('@sparticuz/chromium')));
    const { version } = PackageJson.parse(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')));
    return { packageDir, version };
  } catch {
    return null;
  }
}

export interface UnpackedChromium {
  executablePath: string;
  /** Its libraries (NSS, NSPR, expat: the ones a bare Debian lacks) and a font setup that works without system fonts. */
  env: Record<string, string>;
  dir: string;
}

/** node_modules/.cache/verkstad-chromium/<version>, beside the package npm installed. */
export function npmChromiumCacheDir(npm: NpmChromium): string {
  return join(npm.packageDir, '..', '..', '.cache', 'verkstad-chromium', npm.version);
}

const unpacking = new Map<string, Promise<UnpackedChromium>>();

/**
 * Unpacks the npm-shipped Chromium once per version and returns how to start it. The package's own
 * code does the unpacking (Chromium.executablePath() and its exported `inflate`), in a child
 * process whose TMPDIR is a fresh folder: the package unpacks into the temporary folder, and
 * pointing that at a folder of our own keeps /tmp clean, keeps users apart and never picks up a
 * stale or foreign /tmp/chromium. The folder is renamed into place only when complete, so a run
 * killed half-way leaves nothing that looks finished.
 */
export function unpackNpmChromium(npm: NpmChromium): Promise<UnpackedChromium> {
  const dir = npmChromiumCacheDir(npm);
  let pending = unpacking.get(dir);
  if (!pending) {
    pending = unpackOnce(npm, dir).catch((error: unknown) => {
      unpacking.delete(dir);
      throw error;
    });
    unpacking.set(dir, pending);
  }
  return pending;
}

const unpacked = (dir: string): UnpackedChromium => ({
  dir,
  executablePath: join(dir, 'chromium'),
  env: {
    LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    FONTCONFIG_FILE: join(dir, 'fonts.conf'),
  },
});

async function unpackOnce(npm: NpmChromium, dir: string): Promise<UnpackedChromium> {
  if (existsSync(join(dir, 'chromium'))) return unpacked(dir);
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, npm.version);
  const staging = await mkdtemp(join(parent, `${npm.version}.partial-`));
  try {
    await runUnpacker(npm.packageDir, staging);
    await writeFile(join(staging, 'fonts.conf'), fontsConf(dir));
    try {
      await rename(staging, dir);
    } catch (error) {
      // Another process finished first: use its copy.
      if (!existsSync(join(dir, 'chromium'))) throw error;
      await rm(staging, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`Could not unpack the npm-shipped Chromium (@sparticuz/chromium ${npm.version}) into ${parent}: ${firstLine(error)}`, { cause: error });
  }
  return unpacked(dir);
}

/** Older versions, and half-unpacked folders of runs that were killed (an hour old: nobody is still writing them). */
async function removeLeftovers(parent: string, version: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [])) {
    if (name === version) continue;
    const path = join(parent, name);
    if (name.startsWith(`${version}.partial-`)) {
      const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age < 3_600_000) continue;
    }
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Runs the package's own unpacking with the temporary folder pointed at `into`. */
function runUnpacker(packageDir: string, into: string): Promise<void> {
  const entry = join(packageDir, 'build', 'index.js');
  const script = `
    const { pathToFileURL } = await import('node:url');
    const { join } = await import('node:path');
    const { default: Chromium, inflate } = await import(pathToFileURL(process.argv[1]).href);
    await Chromium.executablePath();
    await inflate(join(process.argv[2], 'al2023.tar.br'));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, entry, join(packageDir, 'bin')], {
      env: { ...process.env, TMPDIR: into, TMP: into, TEMP: into },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const complete = existsSync(join(into, 'chromium')) && existsSync(join(into, 'al2023', 'lib', 'libnss3.so'));
      if (code === 0 && complete) resolve();
      else reject(new Error(stderr.trim().split('\n').at(-1) || `the unpacker exited with code ${code}`));
    });
  });
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The system's fonts and settings where there are any, and Open Sans from the package in any case,
 * so that text is drawn on a machine that has no fonts at all.
 */
function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${xml(join(dir, 'fonts', 'fonts'))}</dir>
  <cachedir>${xml(join(dir, 'fontconfig-cache'))}</cachedir>
</fontconfig>
`;
}

/** For scripts that print what they will use before they start (`npm test`). */
export async function describeChromium(headless: boolean): Promise<string> {
  const launched = await launchChromium({ headless, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return launched.description;
  } finally {
    await launched.browser.close();
  }
}
