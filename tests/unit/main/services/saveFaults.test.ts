import { copyFile, lstat, mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../../main/services';
import { defaultIo, type DurableWriteIo } from '../../../../main/services/durableWrite';
import { WorkshopFiles } from '../../../../main/services/workshopFile';
import { serializeWorkshop } from '../../../../shared/model/load';
import { goodFixtures } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';
import { tmpfs } from '../../helpers/tmpfs';

const agendaFixture = goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path;
const fsError = (code: string, syscall = 'write') => Object.assign(new Error(`${code}: simulated`), { code, syscall });
const tempsIn = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.verkstad-tmp'));

/** Counts every call the save makes through the io seam. */
function countingIo(overrides: Partial<DurableWriteIo> = {}) {
  const counts = { openRead: 0, createTemp: 0, rename: 0, link: 0, fsyncFolder: 0 };
  const io: Partial<DurableWriteIo> = {
    openRead: async (path, follow) => {
      counts.openRead++;
      return (overrides.openRead ?? defaultIo.openRead)(path, follow);
    },
    createTemp: async (path, mode) => {
      counts.createTemp++;
      return (overrides.createTemp ?? defaultIo.createTemp)(path, mode);
    },
    rename: async (from, to) => {
      counts.rename++;
      return (overrides.rename ?? defaultIo.rename)(from, to);
    },
    link: async (existing, path) => {
      counts.link++;
      return (overrides.link ?? defaultIo.link)(existing, path);
    },
    fsyncFolder: async (path) => {
      counts.fsyncFolder++;
      return (overrides.fsyncFolder ?? defaultIo.fsyncFolder)(path);
    },
  };
  return { io, counts };
}

async function opened(files: WorkshopFiles, path: string) {
  const result = await files.open(path);
  if (result.status !== 'opened') throw new Error(JSON.stringify(result));
  return result.stamp;
}

describe('the save path', () => {
  const tmp = useTempDir();

  // One save read the file three times, parsed the old file, wrote three files.
  it('is one read of the file, one temporary file written (the backup is a link), two renames and one folder flush', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const { io, counts } = countingIo();
    const files = new WorkshopFiles({ io });
    const stamp = await opened(files, path);
    Object.assign(counts, { openRead: 0 });
    const result = await files.save(path, sampleWorkshop('Ny'), stamp, false);
    expect(result.status).toBe('saved');
    expect(counts).toEqual({ openRead: 1, createTemp: 1, rename: 2, link: 1, fsyncFolder: 1 });
    expect(await readFile(`${path}.bak`)).toEqual(await readFile(agendaFixture));
  });

  it('the stamp it returns is the stamp of what is on disk', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const files = new WorkshopFiles();
    const result = await files.save(path, sampleWorkshop(), null, false);
    if (result.status !== 'saved') throw new Error(JSON.stringify(result));
    const reopened = await files.open(path);
    expect(reopened).toMatchObject({ status: 'opened', stamp: result.stamp });
  });

  it('a disk that fails half-way through the new bytes (ENOSPC) leaves the file and its backup exactly as they were', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const files = new WorkshopFiles();
    const first = await files.save(path, sampleWorkshop('Ett'), null, false);
    const second = await files.save(path, sampleWorkshop('Två'), first.status === 'saved' ? first.stamp : null, false);
    if (second.status !== 'saved') throw new Error(JSON.stringify(second));
    const [fileBefore, bakBefore] = [await readFile(path), await readFile(`${path}.bak`)];
    const stingy: Partial<DurableWriteIo> = {
      async createTemp(p, mode) {
        const real = await defaultIo.createTemp(p, mode);
        let taken = 0;
        return {
          async write(buffer, offset, length, position) {
            if (taken > 1_000) throw fsError('ENOSPC');
            const { bytesWritten } = await real.write(buffer, offset, Math.min(length, 700), position);
            taken += bytesWritten;
            return { bytesWritten };
          },
          read: (b, o, l, p2) => real.read(b, o, l, p2),
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
    };
    const result = await new WorkshopFiles({ io: stingy }).save(path, sampleWorkshop('Tre'), second.stamp, false);
    expect(result).toMatchObject({ status: 'failed', problem: 'diskFull' });
    expect(await readFile(path)).toEqual(fileBefore);
    expect(await readFile(`${path}.bak`)).toEqual(bakBefore);
    expect(await tempsIn(tmp.path)).toEqual([]);
  });

  it('a folder flush that fails after the rename is a save with a warning (the file was replaced), never "failed"', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const files = new WorkshopFiles({ io: { fsyncFolder: async () => Promise.reject(fsError('EIO', 'fsync')) } });
    const doc = sampleWorkshop('Ny');
    const result = await files.save(path, doc, null, false);
    expect(result).toMatchObject({ status: 'saved', warning: 'notFlushed' });
    expect(await readFile(path, 'utf8')).toBe(serializeWorkshop(doc));
  });

  it.each([
    ['EIO', 'ioError'],
    ['ETIMEDOUT', 'ioError'],
    ['EISDIR', 'isFolder'],
    ['EINVAL', 'invalidName'],
    ['ENAMETOOLONG', 'invalidName'],
    ['EBUSY', 'busy'],
  ])('a write failing with %s is reported as %s, and the file is untouched', async (code, problem) => {
    const path = join(tmp.path, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const files = new WorkshopFiles({ retryForMs: 0, io: { createTemp: async () => Promise.reject(fsError(code, 'open')) } });
    const stamp = await opened(files, path);
    expect(await files.save(path, sampleWorkshop(), stamp, false)).toMatchObject({ status: 'failed', problem });
    expect(await readFile(path)).toEqual(await readFile(agendaFixture));
  });

  it('a disk that fails while the old file is read (EIO) is an I/O error, not "in use by another program"', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const files = new WorkshopFiles({ io: { openRead: async () => Promise.reject(fsError('EIO', 'read')) } });
    expect(await files.save(path, sampleWorkshop(), null, true)).toMatchObject({ status: 'failed', problem: 'ioError' });
    expect(await files.open(path)).toMatchObject({ status: 'failed', problem: 'ioError' });
  });

  it('saving onto a folder is "that is a folder"', async () => {
    const path = join(tmp.path, 'mapp.verkstad');
    await mkdir(path);
    expect(await new WorkshopFiles().save(path, sampleWorkshop(), null, true)).toMatchObject({ status: 'failed', problem: 'isFolder' });
    expect(await new WorkshopFiles().open(path)).toMatchObject({ status: 'failed', problem: 'isFolder' });
  });

  it('a rename refused again and again (EPERM from a scanner on Windows) is "held by another program", with how long it tried', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    const files = new WorkshopFiles({ retryForMs: 60, io: { rename: async () => Promise.reject(fsError('EPERM', 'rename')), sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) } });
    const onRetry = vi.fn();
    const result = await files.save(path, sampleWorkshop(), null, false, { onRetry });
    expect(result).toMatchObject({ status: 'failed', problem: 'busy', detail: expect.stringMatching(/refused \d+ times over \d+\.\d s \(EPERM\)/) });
    expect(onRetry).toHaveBeenCalled();
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('temporary files of killed saves next to the file are cleaned up when it is next saved or opened', async () => {
    const path = join(tmp.path, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const killed = ['.möte.verkstad.00000000-1-0123abcd.verkstad-tmp', '.möte.verkstad.bak.00000000-1-89abcdef.verkstad-tmp'];
    const old = new Date(Date.now() - 3_600_000);
    for (const name of killed) {
      await writeFile(join(tmp.path, name), 'half a save');
      await import('node:fs/promises').then((fs) => fs.utimes(join(tmp.path, name), old, old));
    }
    await writeFile(join(tmp.path, 'möte.verkstad.2'), 'a copy the user made');
    const files = new WorkshopFiles();
    await opened(files, path);
    await vi.waitFor(async () => expect((await readdir(tmp.path)).sort()).toEqual(['möte.verkstad', 'möte.verkstad.2']));
  });
});

describe('a nearly full disk, for real (a small tmpfs)', () => {
  const tmp = useTempDir();

  // write-file-atomic took whatever the disk accepted and the save said "saved": the file was cut short.
  it('a save that does not fit is "disk full", never "saved"; the file and its backup are complete', async (ctx) => {
    const mount = join(tmp.path, 'usb');
    await mkdir(mount);
    const mounted = await tmpfs(mount, '1m');
    if (!mounted.ok) {
      ctx.skip(`cannot mount a tmpfs here (${mounted.reason}); "a disk that fails half-way" above simulates it through the io seam`);
      return;
    }
    try {
      const path = join(mount, 'möte.verkstad');
      const files = new WorkshopFiles();
      const big = (title: string, kb: number) => {
        const doc = sampleWorkshop(title);
        doc.header.purpose = 'x'.repeat(Math.min(kb * 1024, 10_000));
        doc.agenda.items = doc.agenda.items.concat(Array.from({ length: Math.ceil(kb / 40) }, (_, i) => ({ ...doc.agenda.items[0]!, id: `i${i}`, notes: 'n'.repeat(40_000) })));
        return doc;
      };
      const first = await files.save(path, big('Ett', 200), null, false);
      if (first.status !== 'saved') throw new Error(JSON.stringify(first));
      const second = await files.save(path, big('Två', 200), first.stamp, false);
      if (second.status !== 'saved') throw new Error(JSON.stringify(second));
      // What is left of the megabyte is less than the next save needs.
      const free = 1024 * 1024 - (await lstat(path)).size - (await lstat(`${path}.bak`)).size;
      await writeFile(join(mount, 'fyllnad'), Buffer.alloc(Math.max(0, free - 150 * 1024)));
      const [fileBefore, bakBefore] = [await readFile(path), await readFile(`${path}.bak`)];
      const third = await files.save(path, big('Tre', 400), second.stamp, false);
      expect(third).toMatchObject({ status: 'failed', problem: 'diskFull' });
      // Buffer.equals: a deep toEqual of 200 kB takes seconds.
      expect((await readFile(path)).equals(fileBefore)).toBe(true);
      expect((await readFile(`${path}.bak`)).equals(bakBefore)).toBe(true);
      expect(await tempsIn(mount)).toEqual([]);
    } finally {
      await mounted.unmount();
    }
  });
});

describe('writes only where the user chose', () => {
  const tmp = useTempDir();

  async function setUp() {
    const services = createServices({ dataDir: join(tmp.path, 'data') });
    const folder = join(tmp.path, 'Workshops');
    const elsewhere = join(tmp.path, 'elsewhere');
    await mkdir(folder);
    await mkdir(elsewhere);
    const path = join(folder, 'möte.verkstad');
    await copyFile(agendaFixture, path);
    const secret = join(elsewhere, 'secret.txt');
    await writeFile(secret, 'API_KEY=sk-not-yours');
    const granted = await services.grants.grant(path);
    const result = await services.files.open(granted);
    if (result.status !== 'opened') throw new Error(JSON.stringify(result));
    const save = (overwrite = true) => services.saveWorkshop({ path: granted, document: sampleWorkshop('Min'), expectedStamp: result.stamp, overwrite, draft: null });
    return { services, folder, elsewhere, path, secret, save };
  }

  // A link swapped in after the grant redirected the write outside the chosen paths.
  it('the chosen file replaced by a link elsewhere: refused (targetChanged), the link target untouched', async () => {
    const { path, secret, save } = await setUp();
    await rename(path, `${path}.moved`);
    await symlink(secret, path);
    expect(await save()).toMatchObject({ status: 'failed', problem: 'targetChanged' });
    expect(await readFile(secret, 'utf8')).toBe('API_KEY=sk-not-yours');
    expect((await lstat(path)).isSymbolicLink()).toBe(true);
  });

  it('the chosen file’s folder replaced by a link elsewhere: refused, nothing written there', async () => {
    const { folder, elsewhere, save } = await setUp();
    await rename(folder, `${folder}-moved`);
    await symlink(elsewhere, folder);
    expect(await save()).toMatchObject({ status: 'failed', problem: 'targetChanged' });
    expect((await readdir(elsewhere)).sort()).toEqual(['secret.txt']);
  });

  it('the .bak path being a link: the link is replaced by the backup, the place it led is not written', async () => {
    const { path, secret, save } = await setUp();
    await symlink(secret, `${path}.bak`);
    expect(await save()).toMatchObject({ status: 'saved' });
    expect(await readFile(secret, 'utf8')).toBe('API_KEY=sk-not-yours');
    expect((await lstat(`${path}.bak`)).isSymbolicLink()).toBe(false);
    expect(await readFile(`${path}.bak`)).toEqual(await readFile(agendaFixture));
  });

  it('a link the user chose themselves keeps working: the save replaces the real file it leads to', async () => {
    const services = createServices({ dataDir: join(tmp.path, 'data') });
    const real = join(tmp.path, 'real.verkstad');
    await copyFile(agendaFixture, real);
    const link = join(tmp.path, 'genväg.verkstad');
    await symlink(real, link);
    const granted = await services.grants.grant(link);
    const result = await services.files.open(granted);
    if (result.status !== 'opened') throw new Error(JSON.stringify(result));
    const saved = await services.saveWorkshop({ path: granted, document: sampleWorkshop('Via länken'), expectedStamp: result.stamp, overwrite: false, draft: null });
    expect(saved).toMatchObject({ status: 'saved', path: link, fileName: 'genväg.verkstad' });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toContain('Via länken');
  });

  it('a path never granted is refused before anything is read', async () => {
    const services = createServices({ dataDir: join(tmp.path, 'data') });
    const result = await services.saveWorkshop({ path: join(tmp.path, 'x.verkstad'), document: sampleWorkshop(), expectedStamp: null, overwrite: true, draft: null });
    expect(result).toMatchObject({ status: 'failed', problem: 'notPermitted' });
    expect(await readdir(tmp.path)).toEqual([]);
  });
});

describe('reading files the same way everywhere', () => {
  const tmp = useTempDir();

  it('a file with a UTF-8 byte-order mark opens', async () => {
    const path = join(tmp.path, 'bom.verkstad');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(agendaFixture)]));
    expect(await new WorkshopFiles().open(path)).toMatchObject({ status: 'opened' });
  });

  // The engine's message quoted the start of the file ("API_KEY=sk…") to the renderer.
  it('a file that is not JSON is described without any of its content', async () => {
    const path = join(tmp.path, 'fel.verkstad');
    await writeFile(path, 'API_KEY=sk-live-1234567890\nPASSWORD=hunter2\n');
    const result = await new WorkshopFiles().open(path);
    expect(result).toMatchObject({ status: 'failed', problem: 'notJson' });
    expect(JSON.stringify(result)).not.toMatch(/API|sk-live|hunter|PASSWORD/);
  });
});
