// `npm start`: builds the app and opens it in Electron. Where the Electron binary is not
// installed (it could not be downloaded), opens the same app in the Chromium host instead
// (main/chromium/start.ts), after one line saying so and why.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from './ensure-electron.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(projectRoot, 'package.json'));

/** electron's index.js returns the executable's path, and throws when the binary was never installed. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Why there is no binary, in a few words. */
function missingReason(attempt) {
  if (attempt.status === 'skipped') return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  if (attempt.status === 'no-electron') return 'node_modules/electron is missing';
  return `its download failed: ${attempt.reason ?? 'unknown reason'}`;
}

/** Runs a child with our signals passed on, and exits with its code. */
function runToEnd(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// Check the binary first (and try the download once more), so the choice is made before a build.
let electron = electronBinary();
if (!electron) {
  const attempt = ensureElectron();
  electron = electronBinary();
  if (!electron) {
    console.log(`Electron's binary is not installed (${missingReason(attempt)}), so Verkstad opens in the Chromium host: the same app in a Chromium, Chrome or Edge window.`);
    const tsx = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
    runToEnd(process.execPath, [tsx, join(projectRoot, 'main', 'chromium', 'start.ts'), ...process.argv.slice(2)]);
  }
}

if (electron) {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const env = { ...process.env };
  // Set, it would make Electron a plain Node.js and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  runToEnd(electron, ['.'], env);
}
