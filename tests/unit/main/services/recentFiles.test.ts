import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentFilesService } from '../../../../main/services/recentFiles';
import { useTempDir } from '../../helpers/tempDir';

/** A clock that moves one minute forward on every reading. */
function tickingClock(start = Date.parse('2026-03-01T08:00:00Z')): () => Date {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('the recent-files list', () => {
  const tmp = useTempDir();
  const file = (name: string) => join(tmp.path, name);

  async function touch(...names: string[]): Promise<void> {
    for (const name of names) await writeFile(file(name), '{}');
  }

  it('is empty on first start', async () => {
    expect(await new RecentFilesService(tmp.path).list()).toEqual([]);
  });

  it('shows the most recently opened workshop first', async () => {
    await touch('a.verkstad', 'b.verkstad');
    const recent = new RecentFilesService(tmp.path, tickingClock());
    await recent.add(file('a.verkstad'), 'Först');
    await recent.add(file('b.verkstad'), 'Sedan');
    expect((await recent.list()).map((e) => e.title)).toEqual(['Sedan', 'Först']);
  });

  it('an entry has the file name, title, time of opening, and whether the file is there', async () => {
    await touch('Bygglov.verkstad');
    const recent = new RecentFilesService(tmp.path, () => new Date('2026-03-24T09:00:00.000Z'));
    await recent.add(file('Bygglov.verkstad'), 'Värdeflödesanalys');
    expect(await recent.list()).toEqual([
      {
        path: file('Bygglov.verkstad'),
        fileName: 'Bygglov.verkstad',
        title: 'Värdeflödesanalys',
        lastOpenedAt: '2026-03-24T09:00:00.000Z',
        exists: true,
      },
    ]);
  });

  it('opening a workshop again moves it to the top with its new title, without a duplicate', async () => {
    await touch('a.verkstad', 'b.verkstad');
    const recent = new RecentFilesService(tmp.path, tickingClock());
    await recent.add(file('a.verkstad'), 'Gammal titel');
    await recent.add(file('b.verkstad'), 'B');
    await recent.add(file('a.verkstad'), 'Ny titel');
    expect((await recent.list()).map((e) => [e.fileName, e.title])).toEqual([
      ['a.verkstad', 'Ny titel'],
      ['b.verkstad', 'B'],
    ]);
  });

  it(`keeps only the ${MAX_RECENT} most recent workshops`, async () => {
    const recent = new RecentFilesService(tmp.path, tickingClock());
    for (let i = 0; i < MAX_RECENT + 3; i++) await recent.add(file(`w${i}.verkstad`), `W${i}`);
    const titles = (await recent.list()).map((e) => e.title);
    expect(titles).toHaveLength(MAX_RECENT);
    expect(titles[0]).toBe(`W${MAX_RECENT + 2}`);
    expect(titles).not.toContain('W2');
    expect(titles).toContain('W3');
  });

  it('a workshop whose file was deleted or moved is marked as missing', async () => {
    await touch('kvar.verkstad');
    const recent = new RecentFilesService(tmp.path, tickingClock());
    await recent.add(file('kvar.verkstad'), 'Kvar');
    await recent.add(file('borta.verkstad'), 'Borta');
    expect((await recent.list()).map((e) => [e.title, e.exists])).toEqual([
      ['Borta', false],
      ['Kvar', true],
    ]);
  });

  it('an entry can be removed from the list', async () => {
    const recent = new RecentFilesService(tmp.path, tickingClock());
    await recent.add(file('a.verkstad'), 'A');
    await recent.add(file('b.verkstad'), 'B');
    await recent.remove(file('a.verkstad'));
    expect((await recent.list()).map((e) => e.title)).toEqual(['B']);
    expect(await recent.has(file('a.verkstad'))).toBe(false);
    expect(await recent.has(file('b.verkstad'))).toBe(true);
  });

  it('the list is kept after the app restarts', async () => {
    await new RecentFilesService(tmp.path, tickingClock()).add(file('a.verkstad'), 'A');
    expect((await new RecentFilesService(tmp.path).list()).map((e) => e.title)).toEqual(['A']);
  });

  it('a damaged list file is moved aside and the list starts empty', async () => {
    await writeFile(join(tmp.path, 'recent.json'), '{"entries": [{"path": 42}]}');
    expect(await new RecentFilesService(tmp.path).list()).toEqual([]);
    expect((await readdir(tmp.path)).some((n) => n.startsWith('recent.json.damaged-'))).toBe(true);
  });
});
