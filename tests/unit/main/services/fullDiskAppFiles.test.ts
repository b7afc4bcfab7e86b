import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../main/ipc/handlers';
import { createServices } from '../../../../main/services';
import { tmpfs } from '../../helpers/tmpfs';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';

/**
 * Issue 11: on a nearly full disk every write — not only the workshop file — must end with the
 * bytes it meant on disk or say it failed. The workshop file and its backup are tested in
 * durableWrite.test.ts and saveFaults.test.ts; this is the app's own files on a real full disk
 * (a small tmpfs): the recovery copy (through the IPC door, as the renderer asks for it, checked in
 * the draft worker) and the settings.
 */
const ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

describe('the app’s own files on a real full disk (a small tmpfs)', () => {
  const tmp = useTempDir();

  it('a draft that does not fit is reported as "disk full", the previous draft stays readable, and settings that do not fit fail rather than claim success', async (ctx) => {
    const mount = join(tmp.path, 'small');
    await mkdir(mount);
    const mounted = await tmpfs(mount, '256k');
    if (!mounted.ok) {
      ctx.skip(`cannot mount a tmpfs here (${mounted.reason}); the full disk is simulated through the io seam in durableWrite.test.ts`);
      return;
    }
    const services = createServices({ dataDir: mount });
    try {
      const table = createHandlers({ services, dialogs: {} as never, host: { host: 'chromium', version: '0', platform: 'linux', osLocale: 'sv-SE' } });
      const draft = (title: string, revision: number) => dispatch(table, 'draft:write', JSON.stringify({ draftId: ID, path: null, stamp: null, document: sampleWorkshop(title), revision }), { window: {} as never });
      expect(await draft('Före', 1)).toEqual({ status: 'written' });
      await services.settings.update({ language: 'sv' });
      const settingsBefore = await readFile(join(mount, 'settings.json'), 'utf8').catch(() => null);
      // Fill the disk to the last few bytes.
      const free = 256 * 1024 - (await usedBytes(mount));
      await writeFile(join(mount, 'filler'), Buffer.alloc(Math.max(0, free - 512))).catch(() => undefined);

      const result = await draft('Efter', 2);
      expect(result).toMatchObject({ status: 'failed', problem: 'diskFull' });
      // The draft of before is whole and reads back; nothing half-written is left beside it.
      expect(await services.drafts.read(ID)).toMatchObject({ ok: true, draft: { revision: 1, document: { header: { title: 'Före' } } } });
      expect((await readdir(join(mount, 'drafts'))).filter((name) => name !== `${ID}.json`)).toEqual([]);

      await expect(services.settings.update({ language: 'nb' })).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readFile(join(mount, 'settings.json'), 'utf8').catch(() => null)).toBe(settingsBefore);
    } finally {
      await services.draftPreparer.close();
      await mounted.unmount();
    }
  });
});

async function usedBytes(dir: string): Promise<number> {
  const { statfs } = await import('node:fs/promises');
  const info = await statfs(dir);
  return (info.blocks - info.bfree) * info.bsize;
}
