import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftsService } from '../../../../main/services/drafts';
import type { FileStamp } from '../../../../shared/ipc/contract';
import { CURRENT_FORMAT_VERSION } from '../../../../shared/model/workshop';
import { goodFixtures } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';

const ID_1 = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const ID_2 = '7a2d3e4f-5b6c-4d7e-9f80-a12b3c4d5e6f';
const stamp: FileStamp = { mtimeMs: 1_700_000_000_000, size: 123, sha256: 'a'.repeat(64) };

function clockAt(...isoTimes: string[]): () => Date {
  let i = 0;
  return () => new Date(isoTimes[Math.min(i++, isoTimes.length - 1)]!);
}

describe('recovery copies of unsaved work', () => {
  const tmp = useTempDir();

  it('there is nothing to recover when no draft was ever written', async () => {
    expect(await new DraftsService(tmp.path).list()).toEqual([]);
  });

  it('a written draft is listed with its file name, title and time', async () => {
    const drafts = new DraftsService(tmp.path, clockAt('2026-03-24T09:12:00.000Z'));
    await drafts.write(ID_1, '/home/karin/Bygglov.verkstad', stamp, sampleWorkshop('Bygglov'));
    expect(await drafts.list()).toEqual([{ draftId: ID_1, fileName: 'Bygglov.verkstad', title: 'Bygglov', savedAt: '2026-03-24T09:12:00.000Z', damaged: false }]);
  });

  it('a draft of a workshop never saved to a file has no file name', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop('Osparad'));
    expect((await drafts.list())[0]).toMatchObject({ fileName: null, title: 'Osparad' });
  });

  it('a draft reads back as the same workshop, path and stamp after the app restarts', async () => {
    const doc = sampleWorkshop();
    await new DraftsService(tmp.path).write(ID_1, '/x/y.verkstad', stamp, doc);
    expect(await new DraftsService(tmp.path).read(ID_1)).toMatchObject({ ok: true, draft: { draftId: ID_1, path: '/x/y.verkstad', stamp, document: doc } });
  });

  it('a newer draft replaces the older one of the same id', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop('Före'));
    await drafts.write(ID_1, null, null, sampleWorkshop('Efter'));
    expect((await drafts.list()).map((d) => d.title)).toEqual(['Efter']);
  });

  it('the most recent draft is listed first', async () => {
    const drafts = new DraftsService(tmp.path, clockAt('2026-03-24T09:00:00.000Z', '2026-03-24T10:00:00.000Z'));
    await drafts.write(ID_1, null, null, sampleWorkshop('Äldre'));
    await drafts.write(ID_2, null, null, sampleWorkshop('Nyare'));
    expect((await drafts.list()).map((d) => d.title)).toEqual(['Nyare', 'Äldre']);
  });

  it('a discarded draft is gone', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop());
    await drafts.discard(ID_1);
    expect(await drafts.list()).toEqual([]);
    expect(await drafts.read(ID_1)).toMatchObject({ ok: false, missing: true });
  });

  it('discarding a draft that does not exist is not an error', async () => {
    await expect(new DraftsService(tmp.path).discard(ID_2)).resolves.toBeUndefined();
  });

  // A draft that could not be read was skipped: the work in it vanished from the list without a word.
  it('a damaged draft is listed as damaged (never dropped in silence) beside the good ones; files not ours are ignored', async () => {
    const drafts = new DraftsService(tmp.path, clockAt('2026-03-24T09:00:00.000Z'));
    await drafts.write(ID_1, null, null, sampleWorkshop('Hel'));
    await writeFile(join(tmp.path, 'drafts', `${ID_2}.json`), '{"draftId": "half a file');
    await writeFile(join(tmp.path, 'drafts', 'not-a-uuid.json'), '{}');
    await writeFile(join(tmp.path, 'drafts', 'notes.txt'), 'hello');
    const listed = await drafts.list();
    expect(listed.map((d) => [d.draftId, d.title, d.damaged])).toEqual(
      expect.arrayContaining([
        [ID_1, 'Hel', false],
        [ID_2, '', true],
      ]),
    );
    expect(listed).toHaveLength(2);
    expect(await drafts.read(ID_2)).toMatchObject({ ok: false, missing: false });
    expect(await readdir(join(tmp.path, 'drafts'))).toContain(`${ID_2}.json`);
  });

  it('a draft written by an older version (format 1) is brought up to date when read, not lost', async () => {
    const v1 = JSON.parse(await readFile(goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path, 'utf8')) as unknown;
    await mkdir(join(tmp.path, 'drafts'));
    await writeFile(join(tmp.path, 'drafts', `${ID_1}.json`), JSON.stringify({ draftId: ID_1, path: null, stamp: null, savedAt: '2026-03-24T09:00:00.000Z', document: v1 }));
    const read = await new DraftsService(tmp.path).read(ID_1);
    expect(read).toMatchObject({ ok: true, draft: { document: { formatVersion: CURRENT_FORMAT_VERSION } } });
  });

  it('a save removes the draft of its revision, but keeps one written from a later revision', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop('Sju'), 7);
    expect(await drafts.discardUpTo(ID_1, 6)).toBe(false);
    expect(await drafts.list()).toHaveLength(1);
    expect(await drafts.discardUpTo(ID_1, 7)).toBe(true);
    expect(await drafts.list()).toEqual([]);
  });

  it('a discard that arrives while a draft is still being written removes it (the write cannot land after it)', async () => {
    const drafts = new DraftsService(tmp.path);
    const writing = drafts.write(ID_1, null, null, sampleWorkshop('Sent'), 1);
    const discarding = drafts.discard(ID_1);
    await Promise.all([writing, discarding]);
    expect(await drafts.list()).toEqual([]);
  });

  it('a draft id that is not a UUID cannot write outside the drafts folder', async () => {
    const drafts = new DraftsService(tmp.path);
    await expect(drafts.write('../x', null, null, sampleWorkshop())).rejects.toThrow();
    expect(await readdir(tmp.path)).not.toContain('x.json');
    expect(await readdir(join(tmp.path, 'drafts')).catch(() => [])).toEqual([]);
  });

  it('a draft id that is not a UUID cannot read or delete a file outside the drafts folder', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop());
    await copyFile(join(tmp.path, 'drafts', `${ID_1}.json`), join(tmp.path, 'x.json'));
    expect(await drafts.read('../x')).toMatchObject({ ok: false });
    await expect(drafts.discard('../x')).rejects.toThrow();
    expect(JSON.parse(await readFile(join(tmp.path, 'x.json'), 'utf8'))).toMatchObject({ draftId: ID_1 });
  });
});
