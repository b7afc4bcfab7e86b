import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftsService } from '../../../../main/services/drafts';
import type { FileStamp } from '../../../../shared/ipc/contract';
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
    expect(await drafts.list()).toEqual([{ draftId: ID_1, fileName: 'Bygglov.verkstad', title: 'Bygglov', savedAt: '2026-03-24T09:12:00.000Z' }]);
  });

  it('a draft of a workshop never saved to a file has no file name', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop('Osparad'));
    expect((await drafts.list())[0]).toMatchObject({ fileName: null, title: 'Osparad' });
  });

  it('a draft reads back as the same workshop, path and stamp after the app restarts', async () => {
    const doc = sampleWorkshop();
    await new DraftsService(tmp.path).write(ID_1, '/x/y.verkstad', stamp, doc);
    expect(await new DraftsService(tmp.path).read(ID_1)).toMatchObject({ draftId: ID_1, path: '/x/y.verkstad', stamp, document: doc });
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
    expect(await drafts.read(ID_1)).toBeNull();
  });

  it('discarding a draft that does not exist is not an error', async () => {
    await expect(new DraftsService(tmp.path).discard(ID_2)).resolves.toBeUndefined();
  });

  it('damaged draft files are skipped and the good ones still listed', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop('Hel'));
    await writeFile(join(tmp.path, 'drafts', `${ID_2}.json`), '{"draftId": "half a file');
    await writeFile(join(tmp.path, 'drafts', 'not-a-uuid.json'), '{}');
    await writeFile(join(tmp.path, 'drafts', 'notes.txt'), 'hello');
    expect((await drafts.list()).map((d) => d.title)).toEqual(['Hel']);
    expect(await drafts.read(ID_2)).toBeNull();
  });

  it('a draft id that is not a UUID cannot write outside the drafts folder', async () => {
    const drafts = new DraftsService(tmp.path);
    await expect(drafts.write('../x', null, null, sampleWorkshop())).rejects.toThrow();
    expect(await readdir(tmp.path)).not.toContain('x.json');
    expect(await readdir(join(tmp.path, 'drafts'))).toEqual([]);
  });

  it('a draft id that is not a UUID cannot read or delete a file outside the drafts folder', async () => {
    const drafts = new DraftsService(tmp.path);
    await drafts.write(ID_1, null, null, sampleWorkshop());
    await copyFile(join(tmp.path, 'drafts', `${ID_1}.json`), join(tmp.path, 'x.json'));
    expect(await drafts.read('../x')).toBeNull();
    await expect(drafts.discard('../x')).rejects.toThrow();
    expect(JSON.parse(await readFile(join(tmp.path, 'x.json'), 'utf8'))).toMatchObject({ draftId: ID_1 });
  });
});
