// Our postinstall. npm runs no install script of a dependency unless package.json "allowScripts"
// allows it, and we deny electron's own: its binary download fails on machines without access to
// GitHub, and a failed postinstall would fail the whole `npm install`. So we run electron's
// installer ourselves, and a failure only prints a note: everything else is installed, and
// `npm start` then opens the app in the Chromium host, which needs no Electron binary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const defaultElectronDir = join(projectRoot, 'node_modules', 'electron');
const TIMEOUT_MS = 120_000;

/** The path of the Electron executable if it is installed, else null (the same test as electron's install.js). */
export function installedElectronBinary(electronDir = defaultElectronDir) {
  try {
    const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
    const installedVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    if (installedVersion !== version) return null;
    const executable = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/**
 * Makes sure the Electron binary is there, downloading it if needed. Never throws.
 * @param {string} [electronDir] the electron package folder (node_modules/electron)
 * @returns {{ status: 'present' | 'installed' | 'skipped' | 'no-electron' | 'failed', reason?: string }}
 */
export function ensureElectron(electronDir = defaultElectronDir) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { status: 'skipped' };
  if (!existsSync(join(electronDir, 'install.js'))) return { status: 'no-electron' };
  if (installedElectronBinary(electronDir)) return { status: 'present' };

  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete env.npm_config_electron_skip_binary_download;
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    env,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (installedElectronBinary(electronDir)) return { status: 'installed' };
  return { status: 'failed', reason: failureReason(run) };
}

function failureReason(run) {
  if (run.error?.code === 'ETIMEDOUT') return `no answer within ${TIMEOUT_MS / 1000} s`;
  if (run.error) return run.error.message;
  const output = `${run.stderr ?? ''}\n${run.stdout ?? ''}`;
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /error|fail|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|status code/i.test(l) && !l.startsWith('at '));
  const reason = line ?? `installer exited with code ${run.status}`;
  return reason.length > 160 ? `${reason.slice(0, 157)}…` : reason;
}

export const missingBinaryNote = (reason) =>
  `The Electron binary could not be downloaded (${reason}). Everything else is installed.\n` +
  '`npm start` will open Verkstad in the Chromium host instead (the same app in a Chromium, Chrome or Edge window); ' +
  're-run `npm install` when online to get the desktop app.';

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const result = ensureElectron();
  if (result.status === 'installed') console.log('Electron binary installed.');
  if (result.status === 'failed') console.warn(`\n${missingBinaryNote(result.reason)}\n`);
  process.exit(0);
}
