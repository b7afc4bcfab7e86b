// `npm start`: builds the app and opens it in Electron. Without the Electron binary (it could not
// be downloaded), says so and points to `npm run start:chromium`, which needs no binary.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectron, missingBinaryNote } from './ensure-electron.mjs';

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

// Check the binary first, so a machine without it hears so at once rather than after a build.
let electron = electronBinary();
if (!electron) {
  const attempt = ensureElectron();
  electron = electronBinary();
  if (!electron) {
    const reason =
      attempt.status === 'skipped'
        ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'
        : attempt.status === 'no-electron'
          ? 'node_modules/electron is missing; run `npm install`'
          : (attempt.reason ?? 'unknown reason');
    console.error(`\nCannot start Verkstad in Electron: the Electron binary is not installed.\n${missingBinaryNote(reason)}\n`);
    process.exit(1);
  }
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env };
// Set, it would make Electron a plain Node.js and never open a window.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, ['.'], { cwd: projectRoot, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
