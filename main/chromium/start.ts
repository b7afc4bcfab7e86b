/**
 * `npm run start:chromium`: Verkstad in Debian's (or any) Chromium for a developer whose machine
 * cannot install the Electron binary. Same renderer, same services, data in ~/.verkstad-chromium.
 */
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { languageFromLocale } from '../../shared/i18n/format';
import { launchChromiumHost } from './host';
import { InteractiveDialogs } from './interactiveDialogs';

const dataDir = process.env.VERKSTAD_DATA_DIR ?? join(homedir(), '.verkstad-chromium');
const osLocale = Intl.DateTimeFormat().resolvedOptions().locale;
await mkdir(dataDir, { recursive: true });

let settingsLanguage: () => Promise<'sv' | 'nb' | 'en' | null> = async () => null;
const dialogs = new InteractiveDialogs(async () => (await settingsLanguage()) ?? languageFromLocale(osLocale), process.cwd());
const host = await launchChromiumHost({ dataDir, dialogs, osLocale, headless: false, viewport: null });
settingsLanguage = async () => (await host.services.settings.get()).language;
const win = await host.openWindow();
dialogs.page = win.page;
console.log(`Verkstad is running in Chromium (data in ${dataDir}). Close the browser window to quit.`);

const files = process.argv.slice(2).filter((arg) => arg.endsWith('.verkstad'));
for (const file of files) await win.emit('workshop:openedExternally', await host.services.openChosenPath(file));

win.page.on('close', () => void host.close());
host.browser.on('disconnected', () => process.exit(0));
