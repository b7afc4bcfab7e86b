import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../../main/cli/args';
import type { CliIo } from '../../../../main/cli/io';
import { runCli } from '../../../../main/cli/router';
import { serializeWorkshop } from '../../../../shared/model/load';
import { newWorkshop } from '../../../../shared/model/defaults';

function io(cwd = '/') {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), lang: 'en', cwd };
  return { cli, out, err };
}

describe('a command’s arguments (node:util parseArgs)', () => {
  it('reads switches, values and files in any order', () => {
    expect(parseCommandArgs(['a.verkstad', '--json'], { json: { type: 'boolean' } })).toMatchObject({ ok: true, values: { json: true }, files: ['a.verkstad'] });
    expect(parseCommandArgs(['--paper', 'A3', 'a.verkstad'], { paper: { type: 'string' } })).toMatchObject({ ok: true, values: { paper: 'A3' }, files: ['a.verkstad'] });
    expect(parseCommandArgs(['--paper=A3', 'a.verkstad'], { paper: { type: 'string' } })).toMatchObject({ ok: true, values: { paper: 'A3' } });
  });

  it('names what it does not take: an unknown option, a short one, a value on a switch, a missing value', () => {
    expect(parseCommandArgs(['a.verkstad', '--jsno'], { json: { type: 'boolean' } })).toEqual({ ok: false, option: '--jsno', reason: 'unknown' });
    expect(parseCommandArgs(['a.verkstad', '-j'], { json: { type: 'boolean' } })).toEqual({ ok: false, option: '-j', reason: 'unknown' });
    expect(parseCommandArgs(['a.verkstad', '--json=yes'], { json: { type: 'boolean' } })).toEqual({ ok: false, option: '--json=yes', reason: 'unknown' });
    expect(parseCommandArgs(['a.verkstad', '--paper'], { paper: { type: 'string' } })).toEqual({ ok: false, option: '--paper', reason: 'missingValue' });
    expect(parseCommandArgs(['--out', '--force', 'a.drawio'], { out: { type: 'string' }, force: { type: 'boolean' } })).toEqual({ ok: false, option: '--out', reason: 'missingValue' });
  });

  it('after -- everything is a file, even a name that starts with a dash', () => {
    expect(parseCommandArgs(['--json', '--', '-utkast.verkstad'], { json: { type: 'boolean' } })).toMatchObject({ ok: true, values: { json: true }, files: ['-utkast.verkstad'] });
  });
});

describe('metrics, kpi and validate read their arguments so', () => {
  it('a short option is refused by name, not taken for a second file', async () => {
    for (const command of ['metrics', 'kpi', 'validate']) {
      const { cli, err } = io();
      expect(await runCli([command, 'a.verkstad', '-j'], cli)).toBe(2);
      expect(err[0]).toBe('Unknown option “-j”.');
    }
  });

  it('a file whose name starts with a dash is read after --', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verkstad-args-'));
    try {
      await writeFile(join(dir, '-utkast.verkstad'), serializeWorkshop(newWorkshop()));
      const { cli, out, err } = io(dir);
      expect(await runCli(['metrics', '--json', '--', '-utkast.verkstad'], cli)).toBe(0);
      expect(err).toEqual([]);
      expect(JSON.parse(out[0]!)).toEqual({ boards: [] });
      const validated = io(dir);
      expect(await runCli(['validate', '--', '-utkast.verkstad'], validated.cli)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('import reads its arguments so', () => {
  it('--out without a file says the file is missing; an unknown or short option is named', async () => {
    const missing = io();
    expect(await runCli(['import', 'a.drawio', '--out'], missing.cli)).toBe(2);
    expect(missing.err[0]).toContain('--out <file.verkstad>');
    const short = io();
    expect(await runCli(['import', 'a.drawio', '--out', 'b.verkstad', '-f'], short.cli)).toBe(2);
    expect(short.err[0]).toContain('Unknown option “-f”.');
  });
});

describe('export reads its arguments so', () => {
  const never = () => {
    throw new Error('nothing is printed when the command line is wrong');
  };

  it('an output option without its file names the option; a short option is named; files keep their order', async () => {
    const { exportCommand } = await import('../../../../main/cli/export');
    const missing = io();
    expect(await exportCommand(['a.verkstad', '--pdf', '--docx', 'b.docx'], missing.cli, never)).toBe(2);
    expect(missing.err[0]).toContain('Missing --pdf <file>.');
    const short = io();
    expect(await exportCommand(['a.verkstad', '--pdf', 'a.pdf', '-a'], short.cli, never)).toBe(2);
    expect(short.err[0]).toContain('Unknown option “-a”.');
    const badZone = io();
    expect(await exportCommand(['a.verkstad', '--pdf=a.pdf', '--tz', 'Mars/Olympus'], badZone.cli, never)).toBe(2);
    expect(badZone.err[0]).toContain('Europe/Stockholm, Europe/Oslo, UTC');
    expect(parseCommandArgs(['--xlsx', 'b.xlsx', 'a.verkstad', '--pdf', 'a.pdf'], { pdf: { type: 'string' }, xlsx: { type: 'string' } })).toMatchObject({
      given: [
        { name: 'xlsx', value: 'b.xlsx' },
        { name: 'pdf', value: 'a.pdf' },
      ],
    });
  });
});

describe('room reads its arguments so', () => {
  it('a bad port, a short option and a second file are refused before anything opens', async () => {
    const { roomCommand } = await import('../../../../main/cli/room');
    const hooks = { stop: Promise.resolve() };
    const port = io();
    expect(await roomCommand(['a.verkstad', '--port', '99999'], port.cli, hooks)).toBe(2);
    expect(port.err[0]).toContain('The port “99999” is not a number from 0 to 65535.');
    const short = io();
    expect(await roomCommand(['a.verkstad', '-p', '8080'], short.cli, hooks)).toBe(2);
    expect(short.err[0]).toContain('Unknown argument “-p”.');
    const two = io();
    expect(await roomCommand(['a.verkstad', 'b.verkstad'], two.cli, hooks)).toBe(2);
    expect(two.err[0]).toContain('Unknown argument “b.verkstad”.');
  });
});
