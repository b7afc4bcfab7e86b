// `npm run lint:security`: Electronegativity over the code that runs in Electron's main and
// preload, and the renderer's index.html (its CSP). Electronegativity always exits 0, so we read
// its SARIF report and fail on every finding that build/security-lint/explained.json does not
// explain. An explanation names the check and the file, and says why the finding is acceptable.
//
// Electronegativity lives in build/security-lint with its own lockfile, so its old dependency
// tree (eslint 7, TypeScript 4) stays out of the app's. It parses our TypeScript sources fine;
// a file it cannot parse is unchecked, which fails the lint too.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lintDir = join(root, 'build', 'security-lint');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// What is scanned, as paths in the repository.
const scanned = ['main', 'preload', 'renderer/index.html'];
// Deterministic and offline: this check downloads Electron's release list and would fail the
// lint whenever a newer Electron appears. Electron updates are tracked as dependency updates.
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

function installTool() {
  if (existsSync(join(lintDir, 'node_modules', '@doyensec', 'electronegativity'))) return;
  console.log('Installing Electronegativity into build/security-lint …');
  const install = spawnSync(npm, ['ci', '--prefix', lintDir, '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) {
    console.error('Could not install Electronegativity (npm ci in build/security-lint failed).');
    process.exit(2);
  }
}

/** Copies the scanned files into a temporary folder, so that reported paths are repository paths. */
function stageSources(stage) {
  for (const path of scanned) {
    const from = join(root, path);
    if (!existsSync(from)) {
      console.error(`Missing ${path}: nothing to lint there.`);
      process.exit(2);
    }
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    cpSync(from, join(stage, path), { recursive: true, filter: (src) => !src.includes('node_modules') });
  }
}

function runElectronegativity(stage, report) {
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const cli = join(lintDir, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const args = [cli, '-i', stage, '-o', report, '-r', '-v', 'false', '-e', electronVersion, '-x', excludedChecks.join(',')];
  const run = spawnSync(process.execPath, args, { cwd: lintDir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  const parseErrors = output.split('\n').filter((line) => /^(Tolerable error|Error) parsing /.test(line.trim()));
  if (run.status !== 0 || !existsSync(report)) {
    console.error(output);
    console.error('Electronegativity did not run to the end.');
    process.exit(2);
  }
  return { electronVersion, parseErrors };
}

function readFindings(report) {
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        id: result.ruleId,
        level: result.level,
        file: (location?.artifactLocation?.uri ?? '').replace(/\\/g, '/'),
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
}

installTool();
const stage = mkdtempSync(join(tmpdir(), 'verkstad-security-lint-'));
try {
  stageSources(stage);
  const report = join(stage, 'electronegativity.sarif');
  const { electronVersion, parseErrors } = runElectronegativity(stage, report);
  const findings = readFindings(report);
  const explained = JSON.parse(readFileSync(join(lintDir, 'explained.json'), 'utf8')).explained;

  console.log(`Electronegativity on ${scanned.join(', ')} (Electron ${electronVersion}; skipped: ${excludedChecks.join(', ')})`);
  const unexplained = [];
  for (const finding of findings) {
    const explanation = explained.find((e) => e.id === finding.id && e.file === finding.file);
    const where = `${finding.file}:${finding.line}`;
    if (explanation) {
      console.log(`  explained    ${finding.id} at ${where}\n               ${explanation.reason}`);
    } else {
      unexplained.push(finding);
      console.log(`  UNEXPLAINED  ${finding.id} at ${where} (${finding.level}): ${finding.message}`);
    }
  }
  for (const entry of explained) {
    if (!findings.some((f) => f.id === entry.id && f.file === entry.file)) {
      console.log(`  note: explained.json lists ${entry.id} in ${entry.file}, which is no longer reported; remove it.`);
    }
  }
  for (const line of parseErrors) console.log(`  NOT CHECKED  ${line.trim()}`);

  if (unexplained.length > 0 || parseErrors.length > 0) {
    console.error(
      `\nSecurity lint failed: ${unexplained.length} unexplained finding(s), ${parseErrors.length} file(s) not parsed.\n` +
        'Fix the code, or explain the finding in build/security-lint/explained.json and docs/security.md.',
    );
    process.exitCode = 1;
  } else {
    console.log(`\nSecurity lint passed: ${findings.length} finding(s), all explained.`);
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}
