import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/**
 * Debian's LibreOffice, headless, is optional like poppler-utils (nothing but Node is needed to run
 * the tests): `bash .ci/run` installs it, and without it the checks that open our Word and Excel
 * files in a second office suite are skipped, and `npm test` says so.
 */
export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).error === undefined;
export const SOFFICE_NOTE = '(needs LibreOffice and poppler-utils)';

/**
 * Converts with LibreOffice, headless, as a second program that must open what we write (Word and
 * Excel files).
 */
export function sofficeConvert(bytes: Uint8Array, fileName: string, to: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'verkstad-soffice-'));
  try {
    const input = join(dir, fileName);
    writeFileSync(input, bytes);
    const profile = `file://${join(dir, 'profile')}`;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, input], { encoding: 'utf8', timeout: 120_000 });
    if (run.error) throw new Error(`LibreOffice (soffice) could not run: ${run.error.message}. Install it with: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui (bash .ci/run does)`);
    const output = join(dir, `${basename(fileName, extname(fileName))}.${to.split(':')[0]}`);
    try {
      return readFileSync(output);
    } catch {
      throw new Error(`LibreOffice did not convert ${fileName} to ${to}: ${run.stdout} ${run.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
