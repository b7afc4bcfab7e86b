import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DurableWriteIo } from '../../../../main/services/durableWrite';
import { backupPathOf, MAX_FILE_BYTES, WorkshopFiles } from '../../../../main/services/workshopFile';
import type { FileStamp } from '../../../../shared/ipc/contract';
import { parseWorkshopText, serializeWorkshop } from '../../../../shared/model/load';
import { badFixture, goodFixtures } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';

const isRoot = process.getuid?.() === 0;
const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const agendaFixture = goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path;
const A_WHILE_AGO = new Date('2025-01-01T12:00:00Z');

/** Writes that always fail with `code`, so a save can be made to fail without the file system's help. */
const failingWrites = (code: string): { retryForMs: number; io: Partial<DurableWriteIo> } => ({
  retryForMs: 0,
  io: {
    createTemp: async () => {
      throw fsError(code);
    },
  },
});

async function snapshot(path: string): Promise<{ bytes: Buffer; mtimeMs: number }> {
  return { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
}

async function openStamp(files: WorkshopFiles, path: string): Promise<FileStamp> {
  const opened = await files.open(path);
  if (opened.status !== 'opened') throw new Error(`could not open ${path}: ${JSON.stringify(opened)}`);
  return opened.stamp;
}

describe('opening a workshop file', () => {
  const tmp = useTempDir();
  const files = new WorkshopFiles();

  it('a good file opens with its workshop and a stamp of its exact bytes', async () => {
    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(agendaFixture, path);
    const bytes = await readFile(path);
    const result = await files.open(path);
    const expected = parseWorkshopText(bytes.toString('utf8'));
    expect(expected.ok).toBe(true);
    expect(result).toEqual({
      status: 'opened',
      path,
      fileName: 'Bygglov.verkstad',
      document: expected.ok ? expected.document : null,
      readOnly: false,
      fileVersion: null,
      stamp: {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.byteLength,
        mtimeMs: (await stat(path)).mtimeMs,
      },
    });
  });

  it('a file from a newer version opens read-only with its format version', async () => {
    const path = join(tmp.path, 'ny.verkstad');
    await copyFile(badFixture('newer-version.verkstad'), path);
    expect(await files.open(path)).toMatchObject({ status: 'opened', readOnly: true, fileVersion: 99 });
  });

  it.each([
    ['empty.verkstad', 'empty'],
    ['not-json.verkstad', 'notJson'],
    ['not-a-workshop.verkstad', 'notWorkshop'],
    ['schema-broken.verkstad', 'schema'],
    ['newer-version-unreadable.verkstad', 'newerVersion'],
  ])('%s fails to open with problem %s, and the file is left exactly as it was', async (fixture, problem) => {
    const path = join(tmp.path, fixture);
    await copyFile(badFixture(fixture), path);
    await utimes(path, A_WHILE_AGO, A_WHILE_AGO);
    const before = await snapshot(path);
    const result = await files.open(path);
    expect(result).toMatchObject({ status: 'failed', fileName: fixture, problem });
    expect(await snapshot(path)).toEqual(before);
    expect(await readdir(tmp.path)).toEqual([fixture]);
  });

  it('a file that is not there fails to open as never there, or as moved when it was opened before', async () => {
    expect(await files.open(join(tmp.path, 'borta.verkstad'))).toMatchObject({ status: 'failed', problem: 'noSuchFile', fileName: 'borta.verkstad' });
    expect(await files.open(join(tmp.path, 'borta.verkstad'), { openedBefore: true })).toMatchObject({ status: 'failed', problem: 'moved' });
  });

  it('a file far larger than any workshop is refused as tooLarge', async () => {
    const path = join(tmp.path, 'enorm.verkstad');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1); // sparse: costs no disk space
    expect(await files.open(path)).toMatchObject({ status: 'failed', problem: 'tooLarge' });
  });
});

describe('saving a workshop file', () => {
  const tmp = useTempDir();
  const files = new WorkshopFiles({ retryForMs: 100 });

  it('saving a new file writes the workshop and returns the stamp of what is now on disk', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const doc = sampleWorkshop();
    const result = await files.save(path, doc, null, false);
    const bytes = await readFile(path);
    expect(bytes.toString('utf8')).toBe(serializeWorkshop(doc));
    expect(result).toEqual({
      status: 'saved',
      warning: null,
      stamp: { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength, mtimeMs: (await stat(path)).mtimeMs },
    });
  });

  it('saving a new file makes no backup, since there was nothing before', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    await files.save(path, sampleWorkshop(), null, false);
    expect(await readdir(tmp.path)).toEqual(['möte.verkstad']);
  });

  it('saving over a file keeps the previous version as <name>.verkstad.bak', async () => {
    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(agendaFixture, path);
    const previous = await readFile(path);
    const stamp = await openStamp(files, path);
    const result = await files.save(path, sampleWorkshop('Andra versionen'), stamp, false);
    expect(result.status).toBe('saved');
    expect(backupPathOf(path)).toBe(`${path}.bak`);
    expect(await readFile(`${path}.bak`)).toEqual(previous);
    expect(await readFile(path, 'utf8')).toContain('Andra versionen');
  });

  it('saving twice in a row with the returned stamp works and the backup holds the first save', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const first = await files.save(path, sampleWorkshop('Ett'), null, false);
    if (first.status !== 'saved') throw new Error(JSON.stringify(first));
    const second = await files.save(path, sampleWorkshop('Två'), first.stamp, false);
    expect(second.status).toBe('saved');
    expect(await readFile(`${path}.bak`, 'utf8')).toContain('"title": "Ett"');
    expect(await readFile(path, 'utf8')).toContain('"title": "Två"');
  });

  it('a file changed by someone else since it was opened is not overwritten: the answer is conflict', async () => {
    const path = join(tmp.path, 'delad.verkstad');
    await files.save(path, sampleWorkshop('Min'), null, false);
    const stamp = await openStamp(files, path);
    const theirs = serializeWorkshop(sampleWorkshop('Kollegans ändring'));
    await writeFile(path, theirs);
    const result = await files.save(path, sampleWorkshop('Min nya'), stamp, false);
    expect(result).toEqual({ status: 'conflict', reason: 'changed' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(await readdir(tmp.path)).toEqual(['delad.verkstad']);
  });

  it('saving without a stamp onto a file that already exists is a conflict, not a silent overwrite', async () => {
    const path = join(tmp.path, 'finns.verkstad');
    await copyFile(agendaFixture, path);
    expect(await files.save(path, sampleWorkshop(), null, false)).toEqual({ status: 'conflict', reason: 'changed' });
    expect(await readFile(path)).toEqual(await readFile(agendaFixture));
  });

  it('after a conflict, choosing overwrite writes the workshop anyway and keeps their version as the backup', async () => {
    const path = join(tmp.path, 'delad.verkstad');
    await files.save(path, sampleWorkshop('Min'), null, false);
    const stamp = await openStamp(files, path);
    const theirs = serializeWorkshop(sampleWorkshop('Kollegans ändring'));
    await writeFile(path, theirs);
    const result = await files.save(path, sampleWorkshop('Min nya'), stamp, true);
    expect(result.status).toBe('saved');
    expect(await readFile(path, 'utf8')).toContain('Min nya');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(theirs);
  });

  it('a file written by a newer version is never overwritten, not even when the user chose overwrite', async () => {
    const path = join(tmp.path, 'ny.verkstad');
    await copyFile(badFixture('newer-version.verkstad'), path);
    const before = await snapshot(path);
    expect(await files.save(path, sampleWorkshop(), null, true)).toMatchObject({ status: 'failed', problem: 'newerFile' });
    expect(await snapshot(path)).toEqual(before);
  });

  it('saving into a folder that has vanished fails with notFound and creates nothing', async () => {
    const folder = join(tmp.path, 'usb-minne');
    await mkdir(folder);
    const path = join(folder, 'möte.verkstad');
    const doc = sampleWorkshop();
    await rm(folder, { recursive: true });
    const result = await files.save(path, doc, null, false);
    expect(result).toMatchObject({ status: 'failed', problem: 'notFound' });
    expect(await readdir(tmp.path)).toEqual([]);
    expect(doc.header.title).toBe('Förbättringsmöte vecka 12');
  });

  it.skipIf(isRoot)('saving into a read-only folder fails with permission and leaves the file as it was', async () => {
    const folder = join(tmp.path, 'låst');
    await mkdir(folder);
    const path = join(folder, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const stamp = await openStamp(files, path);
    await chmod(folder, 0o555);
    try {
      const result = await files.save(path, sampleWorkshop(), stamp, false);
      expect(result).toMatchObject({ status: 'failed', problem: 'permission' });
      expect(await readFile(path)).toEqual(await readFile(agendaFixture));
    } finally {
      await chmod(folder, 0o755);
    }
  });

  it('saving where writing is not allowed (simulated EACCES) fails with permission and leaves the file as it was', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const stamp = await openStamp(files, path);
    const result = await new WorkshopFiles(failingWrites('EACCES')).save(path, sampleWorkshop(), stamp, false);
    expect(result).toMatchObject({ status: 'failed', problem: 'permission' });
    expect(await readFile(path)).toEqual(await readFile(agendaFixture));
  });

  it('saving to a full disk (simulated ENOSPC) fails with diskFull and leaves the file as it was', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const stamp = await openStamp(files, path);
    const result = await new WorkshopFiles(failingWrites('ENOSPC')).save(path, sampleWorkshop(), stamp, false);
    expect(result).toMatchObject({ status: 'failed', problem: 'diskFull' });
    expect(await readFile(path)).toEqual(await readFile(agendaFixture));
    expect(await readdir(tmp.path)).toEqual(['möte.verkstad']);
  });

  it('saving to a read-only disk (simulated EROFS) fails with readOnlyDisk', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const result = await new WorkshopFiles(failingWrites('EROFS')).save(path, sampleWorkshop(), null, false);
    expect(result).toMatchObject({ status: 'failed', problem: 'readOnlyDisk' });
  });
});
