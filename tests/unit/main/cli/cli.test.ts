import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkshopFiles } from '../../../../main/services/workshopFile';
import { Board } from '../../../../shared/model/board';
import { serializeWorkshop } from '../../../../shared/model/load';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';
import { reportWorkshop } from '../../helpers/reportWorkshop';

const root = resolve(import.meta.dirname, '../../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Runs the command line as a user would (`npm run verkstad -- …` runs this entry through tsx). */
function verkstad(args: string[], cwd: string, lang = 'en_GB.UTF-8') {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', INIT_CWD: cwd };
  const result = spawnSync(tsx, [join(root, 'main/cli/index.ts'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts Node with tsx, which takes about a second; allow for a busy machine.
describe('verkstad (command line)', { timeout: 120_000 }, () => {
  const dir = useTempDir('verkstad-cli-');

  it('metrics on a workshop without value-stream maps says so and succeeds', async () => {
    const workshop = sampleWorkshop();
    workshop.boards = [Board.parse({ id: 'b1', name: 'Nuläge' })];
    await writeFile(join(dir.path, 'möte.verkstad'), serializeWorkshop(workshop));
    const text = verkstad(['metrics', 'möte.verkstad'], dir.path);
    expect(text.code).toBe(0);
    expect(text.stdout.trim()).toBe(`No value-stream maps in ${join(dir.path, 'möte.verkstad')}.`);
    const json = verkstad(['metrics', join(dir.path, 'möte.verkstad'), '--json'], root);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ boards: [] });
  });

  it('a missing file and a folder: exit 1, the path and the app’s sentence, the same from every command, in the system language', async () => {
    const missing = join(dir.path, 'finns-inte.verkstad');
    for (const command of ['metrics', 'validate', 'kpi']) {
      const result = verkstad([command, 'finns-inte.verkstad'], dir.path, 'sv_SE.UTF-8');
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n').slice(0, 2)).toEqual([`Det gick inte att öppna ”${missing}”:`, '  Filen finns inte.']);
      expect(result.stdout).toBe('');
    }
    await mkdir(join(dir.path, 'mapp.verkstad'));
    const folder = verkstad(['metrics', 'mapp.verkstad', '--lang', 'en'], dir.path);
    expect(folder.code).toBe(1);
    expect(folder.stderr.split('\n').slice(0, 2)).toEqual([`Could not open “${join(dir.path, 'mapp.verkstad')}”:`, '  This is a folder, not a file.']);
  });

  it('a damaged file: exit 1 and what is wrong with it', async () => {
    await writeFile(join(dir.path, 'trasig.verkstad'), '{"kind": "verkstad.workshop", "formatVersion": 2');
    const result = verkstad(['metrics', 'trasig.verkstad'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The file is damaged: it is not readable workshop data (not valid JSON).');
    await writeFile(join(dir.path, 'other.verkstad'), '{"kind": "something.else"}');
    const other = verkstad(['metrics', 'other.verkstad', '--lang', 'nb'], dir.path);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('Dette er ikke en workshopfil fra Verkstad.');
  });

  // The app opened a UTF-8 file that starts with a byte-order mark (some editors write one);
  // `verkstad validate` read it with its own readFile and rejected it as not JSON.
  it('validate accepts a file with a byte-order mark, exactly as the app opens it', async () => {
    const path = join(dir.path, 'med-bom.verkstad');
    await writeFile(path, `\uFEFF${serializeWorkshop(sampleWorkshop())}`);
    expect(await new WorkshopFiles().open(path)).toMatchObject({ status: 'opened' });
    const result = verkstad(['validate', 'med-bom.verkstad'], dir.path);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('validate lists data-box values the figures cannot read, as warnings with exit 0', async () => {
    const doc = sampleWorkshop();
    doc.header.language = 'en';
    doc.boards = [Board.parse({ id: 'b', name: 'Current state', shapes: [{ id: 's1', type: 'vsmProcess', x: 0, y: 0, w: 100, h: 100, text: 'Welding', locked: false, props: { cycleTime: { text: 'about 40', unit: 's' } } }] })];
    await writeFile(join(dir.path, 'wrong.verkstad'), serializeWorkshop(doc));
    const result = verkstad(['validate', 'wrong.verkstad', '--lang', 'en'], dir.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 data-box value cannot be read and is left out of the figures:');
    expect(result.stdout).toContain('! Current state, “Welding”, Cycle time (C/T): “about 40” is not a number.');
  });

  it('an unknown command or option: exit 2 with the usage', () => {
    const unknown = verkstad(['exprot', 'x.verkstad'], dir.path);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command “exprot”.');
    expect(unknown.stderr).toContain('Usage: verkstad <command> [options]');
    const option = verkstad(['metrics', 'x.verkstad', '--csv'], dir.path);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option “--csv”.');
    const nothing = verkstad([], dir.path);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('metrics <file.verkstad> [--json]');
    const noFile = verkstad(['metrics'], dir.path, 'nb_NO.UTF-8');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Kommandoen «metrics» trenger en fil');
  });

  it('help prints the usage and succeeds', () => {
    const help = verkstad(['help', '--lang', 'sv'], dir.path);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Användning: verkstad <kommando> [flaggor]');
    // Every option the commands take is in the help, --tz too.
    expect(help.stdout).toContain('--tz <tidszon>');
  });

  it('export writes the record’s tables as a workbook and as CSV in one call', { timeout: 180_000 }, async () => {
    await writeFile(join(dir.path, 'bygglov.verkstad'), serializeWorkshop(reportWorkshop()));
    const result = verkstad(['export', 'bygglov.verkstad', '--xlsx', 'protokoll.xlsx', '--actions-csv', 'åtgärder.csv'], dir.path, 'sv_SE.UTF-8');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Skrev ${join(dir.path, 'protokoll.xlsx')}`);
    expect((await readFile(join(dir.path, 'åtgärder.csv'), 'utf8')).startsWith('\uFEFF#;Åtgärd;Ansvarig;Klart senast;')).toBe(true);
    expect(existsSync(join(dir.path, 'protokoll.xlsx'))).toBe(true);
  });

  it('export with a Word template that is not there: exit 1, the reason, and no document', { timeout: 180_000 }, async () => {
    await writeFile(join(dir.path, 'bygglov.verkstad'), serializeWorkshop(reportWorkshop()));
    const result = verkstad(['export', 'bygglov.verkstad', '--docx', 'protokoll.docx', '--template', 'kommunen.dotx'], dir.path, 'sv_SE.UTF-8');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Word-mallen ”kommunen.dotx” hittas inte.');
    expect(result.stderr).toContain('Ingen fil skrevs.');
    expect(existsSync(join(dir.path, 'protokoll.docx'))).toBe(false);
    const nothing = verkstad(['export', 'bygglov.verkstad'], dir.path);
    expect(nothing.code).toBe(2);
  });

  it('import makes a workshop of a draw.io diagram and prints the report; export --drawio writes it back out', { timeout: 180_000 }, async () => {
    const source = join(root, 'tests', 'fixtures', 'drawio', 'process-swimlanes-sv.drawio');
    const made = verkstad(['import', source, '--out', 'bygglov'], dir.path, 'sv_SE.UTF-8');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Skrev ${join(dir.path, 'bygglov.verkstad')} med 2 tavlor från diagrammet:`);
    expect(made.stdout).toContain('~ 1 × cylinder3: saknar motsvarighet i Verkstad');
    const again = verkstad(['import', source, '--out', 'bygglov.verkstad'], dir.path, 'sv_SE.UTF-8');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan');
    const out = verkstad(['export', 'bygglov.verkstad', '--drawio', 'karta.drawio', '--board', '1'], dir.path);
    expect(out.code).toBe(0);
    expect(await readFile(join(dir.path, 'karta.drawio'), 'utf8')).toContain('value="Registrera ärendet"');
    await writeFile(join(dir.path, 'trasig.drawio'), '<mxfile><diagram>inte base64!</diagram></mxfile>');
    const broken = verkstad(['import', 'trasig.drawio', '--out', 'x.verkstad'], dir.path);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('The diagram is damaged');
    expect(existsSync(join(dir.path, 'x.verkstad'))).toBe(false);
  });
});
