#!/usr/bin/env node
// `npm test`: builds the app, runs the unit tests (Vitest) and the end-to-end tests
// (Playwright through the Chromium host), then prints one plain line "N passed, N failed"
// from both JSON reports. Exits non-zero if anything failed or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (error) console.error(error.message);
  return status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const built = run('build', npx, ['electron-vite', 'build']);
run('unit tests (Vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/unit.json`]);
if (built) run('end-to-end tests (Playwright, Chromium host)', npx, ['playwright', 'test']);

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
for (const problem of problems) console.error(`! ${problem}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 && existsSync(results) ? 0 : 1);
