/**
 * The Chromium host as an app (`npm run start:chromium`, and `npm start` where the Electron binary
 * is not installed): Verkstad in a Chromium, Chrome or Edge window. Same renderer, same services,
 * data in ~/.verkstad-chromium. Builds the app first unless `--no-build` is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageFromLocale } from '../../shared/i18n/format';
import { ChromiumUnavailableError, defaultContext, missingDisplay } from './browser';
import { launchChromiumHost } from './host';
import { InteractiveDialogs } from './interactiveDialogs';

/** A problem the user can fix: one message, no stack. */
function fail(error: unknown): never {
  if (error instanceof ChromiumUnavailableError) console.error(`\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
}

const args = process.argv.slice(2);
// Said before a build of half a minute, not after it.
const display = missingDisplay(defaultContext(false));
if (display) fail(new ChromiumUnavailableError(display));

if (!args.includes('--no-build')) {
  const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const require = createRequire(import.meta.url);
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dataDir = process.env.VERKSTAD_DATA_DIR ?? join(homedir(), '.verkstad-chromium');
const osLocale = Intl.DateTimeFormat().resolvedOptions().locale;
await mkdir(dataDir, { recursive: true });

let settingsLanguage: () => Promise<'sv' | 'nb' | 'en' | null> = async () => null;
const dialogs = new InteractiveDialogs(async () => (await settingsLanguage()) ?? languageFromLocale(osLocale), process.cwd());
const host = await launchChromiumHost({ dataDir, dialogs, osLocale, headless: false, viewport: null }).catch(fail);
settingsLanguage = async () => (await host.services.settings.get()).language;
const win = await host.openWindow();
dialogs.page = win.page;
console.log(`Verkstad is running in ${host.browserDescription}; data in ${dataDir}. Close the browser window to quit.`);

const files = args.filter((arg) => arg.endsWith('.verkstad'));
for (const file of files) await win.emit('workshop:openedExternally', await host.services.openChosenPath(file));

win.page.on('close', () => void host.close());
host.browser.on('disconnected', () => process.exit(0));
