#!/usr/bin/env node
// `npm test`: builds the app, runs the unit tests (Vitest) and the end-to-end tests
// (Playwright through the Chromium host), then prints one plain line "N passed, N failed"
// from both JSON reports. Exits non-zero if anything failed or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const require = createRequire(join(process.cwd(), 'package.json'));
/** A tool's own script, run by this Node: no npx, no shell, the same on Linux, macOS and Windows. */
const tool = (pkg, bin) => join(dirname(require.resolve(`${pkg}/package.json`)), bin);

function run(label, script, args) {
  console.log(`\n=== ${label} ===`);
  const { status, error } = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env: process.env });
  if (error) console.error(error.message);
  return status === 0;
}

// Which Chromium the tests use (main/chromium/browser.ts), said once up front; the npm-shipped one is unpacked here on first use.
run('browser', tool('tsx', 'dist/cli.mjs'), ['build/scripts/which-chromium.ts']);
const built = run('build', tool('electron-vite', 'bin/electron-vite.js'), ['build']);
run('unit tests (Vitest)', tool('vitest', 'vitest.mjs'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`]);
if (built) run('end-to-end tests (Playwright, Chromium host)', tool('@playwright/test', 'cli.js'), ['test']);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

const unit = readJson(`${results}/unit.json`);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  // A test file that fails to load has no tests in the count, but must fail the run.
  const brokenSuites = (unit.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0);
  failed += brokenSuites.length;
  for (const suite of brokenSuites) problems.push(`test file failed to load: ${suite.name}`);
} else {
  problems.push('Vitest wrote no report');
  failed += 1;
}

const e2e = built ? readJson(`${results}/e2e.json`) : null;
if (e2e) {
  passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  failed += e2e.stats?.unexpected ?? 0;
  skipped += e2e.stats?.skipped ?? 0;
  for (const error of e2e.errors ?? []) problems.push(`Playwright: ${error.message ?? error}`);
  failed += (e2e.errors ?? []).length;
} else {
  problems.push(built ? 'Playwright wrote no report' : 'the build failed, so the end-to-end tests did not run');
  failed += 1;
}

if (passed + failed === 0) problems.push('no test ran');
// poppler-utils is optional: without it the PDF read-back checks are skipped (tests/unit/main/report/pdfTools.ts).
if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error) console.log('\nNote: poppler-utils is not installed, so the checks that read back exported PDFs were skipped.');
// LibreOffice and pikepdf likewise (tests/unit/helpers/libreOffice.ts, tests/unit/main/report/pdfAccessibility.test.ts).
if (spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).error) console.log('Note: LibreOffice is not installed, so the checks that open the Word and Excel exports in a second office suite were skipped.');
const python3 = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
if (spawnSync(python3, ['-c', 'import pikepdf; pikepdf.open'], { stdio: 'ignore', timeout: 60_000 }).status !== 0) console.log('Note: python3-pikepdf is not installed, so the PDF/UA structure checks were skipped.');
for (const problem of problems) console.error(`! ${problem}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 && existsSync(results) ? 0 : 1);
