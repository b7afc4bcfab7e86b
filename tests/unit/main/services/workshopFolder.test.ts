import { chmod, copyFile, cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkshopFolders } from '../../../../main/services/workshopFolder';
import { fixturesDir } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';

const fixture = (name: string) => join(fixturesDir, 'overview', name);

async function scanned(folder: string) {
  const result = await new WorkshopFolders().scan(folder);
  if (result.status !== 'scanned') throw new Error(`expected a scan, got ${JSON.stringify(result)}`);
  return result;
}

describe('reading a folder of workshops for the overview', () => {
  const tmp = useTempDir();

  it('reads every .verkstad file in the folder and below, and nothing else', async () => {
    const result = await scanned(join(fixturesDir, 'overview'));
    expect(result.files.map((f) => f.relativePath).sort()).toEqual([
      '2026-03-24 värdeflödesanalys (v1).verkstad',
      'broken/fel-datum.verkstad',
      'broken/trasig.verkstad',
      'hemtjanst/2026-03-05 planeringstavla.verkstad',
      'series/2026-01-15 januari.verkstad',
      'series/2026-02-12 februari.verkstad',
    ]);
  });

  it('lists damaged files with the reason and still reads all the others', async () => {
    const result = await scanned(join(fixturesDir, 'overview'));
    const damaged = result.files.filter((f) => !f.ok);
    expect(damaged.map((f) => [f.relativePath, !f.ok && f.problem]).sort()).toEqual([
      ['broken/fel-datum.verkstad', 'schema'],
      ['broken/trasig.verkstad', 'notJson'],
    ]);
    const fel = damaged.find((f) => f.relativePath.endsWith('fel-datum.verkstad'));
    expect(fel && !fel.ok && fel.detail).toContain('actions.0.status');
    expect(result.files.filter((f) => f.ok)).toHaveLength(4);
  });

  it('brings an old-format file up to date like opening it would', async () => {
    const result = await scanned(join(fixturesDir, 'overview'));
    const v1 = result.files.find((f) => f.relativePath.includes('(v1)'));
    expect(v1?.ok && v1.digest.actions[0]).toMatchObject({ owner: 'Anders Berg', carriedFrom: null });
  });

  it('an unreadable subfolder is listed and the rest is still read', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the permission case cannot be staged
    await cp(join(fixturesDir, 'overview', 'series'), join(tmp.path, 'series'), { recursive: true });
    await mkdir(join(tmp.path, 'locked'));
    await writeFile(join(tmp.path, 'locked', 'x.verkstad'), '{}');
    await chmod(join(tmp.path, 'locked'), 0o000);
    try {
      const result = await scanned(tmp.path);
      expect(result.files.filter((f) => f.ok)).toHaveLength(2);
      expect(result.files.find((f) => f.relativePath === 'locked')).toMatchObject({ ok: false, problem: 'permission' });
    } finally {
      await chmod(join(tmp.path, 'locked'), 0o755);
    }
  });

  it('does not follow a folder link back to its parent', async () => {
    await cp(join(fixturesDir, 'overview', 'series'), join(tmp.path, 'series'), { recursive: true });
    await symlink(tmp.path, join(tmp.path, 'series', 'loop'));
    const result = await scanned(tmp.path);
    expect(result.files).toHaveLength(2);
  });

  it('a folder that does not exist is reported, not thrown', async () => {
    const result = await new WorkshopFolders().scan(join(tmp.path, 'nowhere'));
    expect(result).toMatchObject({ status: 'failed', problem: 'notFound' });
  });

  it('covers only .verkstad files inside a folder the user picked', async () => {
    for (const file of ['group/sub/a.verkstad', 'other.verkstad', 'group-2/a.verkstad', 'group/notes.txt']) {
      await mkdir(dirname(join(tmp.path, file)), { recursive: true });
      await writeFile(join(tmp.path, file), '{}');
    }
    const folders = new WorkshopFolders();
    folders.grant(join(tmp.path, 'group'));
    expect(await folders.covers(join(tmp.path, 'group', 'sub', 'a.verkstad'))).toBe(true);
    expect(await folders.covers(join(tmp.path, 'group', '..', 'other.verkstad'))).toBe(false);
    expect(await folders.covers(join(tmp.path, 'group-2', 'a.verkstad'))).toBe(false);
    expect(await folders.covers(join(tmp.path, 'group', 'notes.txt'))).toBe(false);
  });

  // The folder is the grant: a link inside it must not widen it to wherever the link leads.
  it('a linked folder (or file) inside the overview folder that leads outside is neither read nor covered', async () => {
    const outside = join(tmp.path, 'outside');
    await mkdir(join(outside, 'deep'), { recursive: true });
    await copyFile(fixture('2026-03-24 värdeflödesanalys (v1).verkstad'), join(outside, 'deep', 'hemlig.verkstad'));
    await copyFile(fixture('2026-03-24 värdeflödesanalys (v1).verkstad'), join(outside, 'lös.verkstad'));
    const group = join(tmp.path, 'group');
    await mkdir(group);
    await copyFile(fixture('2026-03-24 värdeflödesanalys (v1).verkstad'), join(group, 'egen.verkstad'));
    await symlink(join(outside, 'deep'), join(group, 'länk'));
    await symlink(join(outside, 'lös.verkstad'), join(group, 'länkad.verkstad'));
    await symlink(join(group, 'egen.verkstad'), join(group, 'inuti.verkstad'));
    const folders = new WorkshopFolders();
    const scan = await folders.scan(folders.grant(group));
    if (scan.status !== 'scanned') throw new Error(JSON.stringify(scan));
    expect(scan.files.map((f) => f.relativePath).sort()).toEqual(['egen.verkstad', 'inuti.verkstad']);
    expect(await folders.covers(join(group, 'länk', 'hemlig.verkstad'))).toBe(false);
    expect(await folders.covers(join(group, 'länkad.verkstad'))).toBe(false);
    expect(await folders.covers(join(group, 'inuti.verkstad'))).toBe(true);
  });
});
