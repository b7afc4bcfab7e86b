import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  defaultIo,
  FolderNotFlushedError,
  keepAsBackup,
  readDiskFile,
  removeStaleTemps,
  STALE_TEMP_MS,
  writeFileDurably,
  type DurableWriteIo,
  type WritableFile,
} from '../../../../main/services/durableWrite';
import { parseWorkshopText } from '../../../../shared/model/load';
import { useTempDir } from '../../helpers/tempDir';
import { bigWorkshopText } from './helpers/bigWorkshops';
import { tmpfs } from '../../helpers/tmpfs';

const fsError = (code: string, syscall = 'rename') => Object.assign(new Error(`${code}: simulated`), { code, syscall });

/** A rename refused `times` times with `code`, then done for real. */
function refusedThenReal(code: string, times: number) {
  let refusals = 0;
  return vi.fn<DurableWriteIo['rename']>(async (from, to) => {
    if (refusals < times) {
      refusals++;
      throw fsError(code);
    }
    await defaultIo.rename(from, to);
  });
}

/** The real temporary file, with each write() taking at most `chunk` bytes (a nearly full disk), then failing with `thenFail` once `limit` bytes are in. */
function stingyDisk(chunk: number, limit = Infinity, thenFail: 'ENOSPC' | 'zero' = 'ENOSPC'): Partial<DurableWriteIo> {
  return {
    async createTemp(path, mode) {
      const real = await defaultIo.createTemp(path, mode);
      let taken = 0;
      const file: WritableFile = {
        async write(buffer, offset, length, position) {
          const room = Math.min(chunk, length, limit - taken);
          if (room <= 0) {
            if (thenFail === 'zero') return { bytesWritten: 0 };
            throw fsError('ENOSPC', 'write');
          }
          const { bytesWritten } = await real.write(buffer, offset, room, position);
          taken += bytesWritten;
          return { bytesWritten };
        },
        read: (b, o, l, p) => real.read(b, o, l, p),
        sync: () => real.sync(),
        close: () => real.close(),
      };
      return file;
    },
  };
}

const tempsIn = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.verkstad-tmp'));

describe('writing a file durably', () => {
  const tmp = useTempDir();

  it('writes the content to the file and says what is on disk', async () => {
    const path = join(tmp.path, 'a.verkstad');
    const written = await writeFileDurably(path, 'hej då\n');
    expect(await readFile(path, 'utf8')).toBe('hej då\n');
    expect(written).toMatchObject({ path, size: Buffer.byteLength('hej då\n') });
  });

  it('replaces the previous content of an existing file completely', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'a much longer previous content that must not leave a tail behind');
    await writeFileDurably(path, Buffer.from('short'));
    expect(await readFile(path, 'utf8')).toBe('short');
  });

  it('leaves no temporary files behind in the folder', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFileDurably(path, 'one');
    await writeFileDurably(path, 'two');
    expect(await readdir(tmp.path)).toEqual(['a.verkstad']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'x', { mode: 0o640 });
    await writeFileDurably(path, 'y');
    expect((await lstat(path)).mode & 0o777).toBe(0o640);
  });

  // write-file-atomic issued one write() and never looked at how many bytes it took: on a nearly
  // full disk the save said "saved" and left a truncated file.
  it('a disk that takes a few bytes per write still gets every byte (the write goes on until all are in)', async () => {
    const path = join(tmp.path, 'a.verkstad');
    const content = 'Värdeflöde '.repeat(10_000);
    await writeFileDurably(path, content, { io: stingyDisk(4_096) });
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('a disk that fills up half-way fails with ENOSPC, and the old file and folder are as they were', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'the old version');
    await expect(writeFileDurably(path, 'x'.repeat(100_000), { io: stingyDisk(4_096, 50_000) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('the old version');
    expect(await readdir(tmp.path)).toEqual(['a.verkstad']);
  });

  it('a write that takes nothing at all is a full disk, never a success', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'old');
    await expect(writeFileDurably(path, 'new content', { io: stingyDisk(3, 6, 'zero') })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await tempsIn(tmp.path)).toEqual([]);
  });

  it('bytes that read back differently from what was written fail the write (EVERIFY), and the old file stays', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'old');
    const io: Partial<DurableWriteIo> = {
      async createTemp(p, mode) {
        const real = await defaultIo.createTemp(p, mode);
        return {
          write: (b, o, l, pos) => real.write(b, o, l, pos),
          async read(buffer, offset, length, position) {
            const result = await real.read(buffer, offset, length, position);
            if (result.bytesRead > 0) buffer[offset] = 0x3f; // one byte flipped on the way back
            return result;
          },
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
    };
    await expect(writeFileDurably(path, 'new content', { io })).rejects.toMatchObject({ code: 'EVERIFY' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await tempsIn(tmp.path)).toEqual([]);
  });

  it('flushes the folder to disk after the file is in place, so the rename survives a power cut', async () => {
    const path = join(tmp.path, 'a.verkstad');
    const order: string[] = [];
    await writeFileDurably(path, 'content', {
      io: {
        rename: async (from, to) => {
          order.push('rename');
          await defaultIo.rename(from, to);
        },
        fsyncFolder: async (folder) => {
          order.push(`fsync ${folder}`);
          expect(await readFile(path, 'utf8')).toBe('content');
        },
      },
    });
    expect(order).toEqual(['rename', `fsync ${tmp.path}`]);
  });

  it('the real folder flush works on this platform', async () => {
    await expect(writeFileDurably(join(tmp.path, 'a.verkstad'), 'x')).resolves.toBeTruthy();
  });

  it('a folder flush that fails after the rename says the file was replaced (FolderNotFlushedError), not that nothing happened', async () => {
    const path = join(tmp.path, 'a.verkstad');
    const failing = writeFileDurably(path, 'new', { io: { fsyncFolder: async () => Promise.reject(fsError('EIO', 'fsync')) } });
    await expect(failing).rejects.toBeInstanceOf(FolderNotFlushedError);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('a rename briefly refused with %s (a virus scanner holding the file) is retried, each retry reported, and succeeds', async (code) => {
    const path = join(tmp.path, 'a.verkstad');
    const rename = refusedThenReal(code, 3);
    const sleep = vi.fn(async () => {});
    const onRetry = vi.fn();
    await writeFileDurably(path, 'saved at last', { io: { rename, sleep }, onRetry });
    expect(await readFile(path, 'utf8')).toBe('saved at last');
    expect(rename).toHaveBeenCalledTimes(4);
    expect(onRetry.mock.calls.map(([retry]) => [retry.attempt, retry.code, retry.path])).toEqual([
      [1, code, path],
      [2, code, path],
      [3, code, path],
    ]);
  });

  it('waits a little longer after each refusal, but never more than half a second', async () => {
    const pauses: number[] = [];
    await writeFileDurably(join(tmp.path, 'a.verkstad'), 'x', {
      io: { rename: refusedThenReal('EBUSY', 6), sleep: async (ms) => void pauses.push(ms) },
    });
    expect(pauses).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('a rename refused for longer than the retry time fails saying how often and how long, and the original file is untouched', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'original');
    const rename = vi.fn(async () => {
      throw fsError('EPERM');
    });
    const fsyncFolder = vi.fn(async () => {});
    const failing = writeFileDurably(path, 'new', { retryForMs: 150, io: { rename, fsyncFolder, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) } });
    await expect(failing).rejects.toMatchObject({ code: 'EPERM', message: expect.stringMatching(/refused \d+ times over \d+\.\d s/) });
    const error = (await failing.then(
      () => null,
      (e: unknown) => e,
    )) as { attempts: number; waitedMs: number };
    expect(error.attempts).toBeGreaterThan(1);
    expect(error.waitedMs).toBeGreaterThanOrEqual(150);
    expect(fsyncFolder).not.toHaveBeenCalled();
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await tempsIn(tmp.path)).toEqual([]);
  });

  it('a folder the user may not write to (EACCES when creating the temporary file) fails at once without retrying', async () => {
    const createTemp = vi.fn(async () => {
      throw fsError('EACCES', 'open');
    });
    const sleep = vi.fn(async () => {});
    await expect(writeFileDurably(join(tmp.path, 'a.verkstad'), 'x', { io: { createTemp, sleep } })).rejects.toMatchObject({ code: 'EACCES' });
    expect(createTemp).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('writing into a folder that does not exist fails with ENOENT and creates nothing', async () => {
    const missing = join(tmp.path, 'gone');
    await expect(writeFileDurably(join(missing, 'a.verkstad'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('writes to one file land in the order they were made, even when started together', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurably(path, `version ${i}`)));
    expect(await readFile(path, 'utf8')).toBe('version 19');
  });
});

describe('never through a link', () => {
  const tmp = useTempDir();

  it('a symbolic link at the target is replaced by the file; what it pointed at is not written', async () => {
    const outside = join(tmp.path, 'outside.txt');
    await writeFile(outside, 'not yours');
    const path = join(tmp.path, 'a.verkstad.bak');
    await symlink(outside, path);
    await writeFileDurably(path, 'backup');
    expect(await readFile(outside, 'utf8')).toBe('not yours');
    expect((await lstat(path)).isSymbolicLink()).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('backup');
  });

  it('the temporary file is created exclusively and never through a link', async () => {
    const outside = join(tmp.path, 'outside.txt');
    await writeFile(outside, 'not yours');
    const link = join(tmp.path, '.a.verkstad.link.verkstad-tmp');
    await symlink(outside, link);
    // What defaultIo.createTemp does with a name that is already taken by a link: refuse.
    await expect(defaultIo.createTemp(link, 0o666)).rejects.toMatchObject({ code: expect.stringMatching(/EEXIST|ELOOP/) });
    expect(await readFile(outside, 'utf8')).toBe('not yours');
  });

  it('reading for a save refuses a link at the real path (ELOOP)', async () => {
    const outside = join(tmp.path, 'outside.txt');
    await writeFile(outside, 'not yours');
    await symlink(outside, join(tmp.path, 'a.verkstad'));
    await expect(readDiskFile(join(tmp.path, 'a.verkstad'), { follow: false })).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('the backup is a hard link to the very file read when the disk allows, and a copy of the bytes read when it does not', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'previous');
    const read = (await readDiskFile(path))!;
    await keepAsBackup(path, `${path}.bak`, read);
    expect((await lstat(`${path}.bak`)).ino).toBe((await lstat(path)).ino);
    await writeFile(`${path}.bak`, 'older');
    await keepAsBackup(path, `${path}.bak`, read, { io: { link: async () => Promise.reject(fsError('EPERM', 'link')) } });
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('previous');
    expect((await lstat(`${path}.bak`)).ino).not.toBe((await lstat(path)).ino);
    expect(await tempsIn(tmp.path)).toEqual([]);
  });

  it('a file replaced between the read and the backup: the backup holds the bytes that were read', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'what was read');
    const read = (await readDiskFile(path))!;
    await writeFileDurably(path, 'someone else wrote this');
    await keepAsBackup(path, `${path}.bak`, read);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('what was read');
  });
});

describe('cleaning up after killed saves', () => {
  const tmp = useTempDir();
  const hostTag = async () => {
    // Our own naming, as a write in this process makes it (caught before the rename).
    let seen = '';
    await writeFileDurably(join(tmp.path, 'probe'), 'x', {
      io: {
        rename: async (from, to) => {
          seen = from;
          await defaultIo.rename(from, to);
        },
      },
    });
    return /\.([0-9a-f]{8})-\d+-[0-9a-f]{8}\.verkstad-tmp$/.exec(seen)![1]!;
  };

  it('removes temporary files of ours whose process is gone or that are old, and nothing else', async () => {
    const tag = await hostTag();
    const names = {
      deadProcess: `.Möte.verkstad.${tag}-999999-0123abcd.verkstad-tmp`,
      liveProcess: `.Möte.verkstad.${tag}-${process.ppid}-0123abcd.verkstad-tmp`,
      otherComputerOld: '.Möte.verkstad.00000000-1-0123abcd.verkstad-tmp',
      otherComputerNew: '.Möte.verkstad.00000001-1-0123abcd.verkstad-tmp',
      backupTemp: `.Möte.verkstad.bak.${tag}-999999-0123abcd.verkstad-tmp`,
      otherFile: `.Annat.verkstad.${tag}-999999-0123abcd.verkstad-tmp`,
      userCopy: 'Möte.verkstad.2',
      legacyLookalike: 'Möte.verkstad.3254789012',
      notOurPattern: '.Möte.verkstad.tmp',
    };
    for (const name of Object.values(names)) await writeFile(join(tmp.path, name), 'x');
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(join(tmp.path, names.otherComputerOld), old, old);
    const link = `.Möte.verkstad.${tag}-999998-0123abcd.verkstad-tmp`;
    await symlink(join(tmp.path, names.userCopy), join(tmp.path, link));
    const removed = await removeStaleTemps(tmp.path, ['Möte.verkstad', 'Möte.verkstad.bak']);
    expect(removed.sort()).toEqual([names.backupTemp, names.deadProcess, names.otherComputerOld].sort());
    const left = await readdir(tmp.path);
    for (const name of [names.liveProcess, names.otherComputerNew, names.otherFile, names.userCopy, names.legacyLookalike, names.notOurPattern, link]) expect(left).toContain(name);
  });
});

describe('a real full disk (a small tmpfs)', () => {
  const tmp = useTempDir();

  it('a save that does not fit fails with ENOSPC, the old file is complete and no temporary file is left', async (ctx) => {
    const mount = join(tmp.path, 'small');
    await mkdir(mount);
    const mounted = await tmpfs(mount, '256k');
    if (!mounted.ok) {
      // The fault is simulated through the io seam above ("a disk that fills up half-way").
      ctx.skip(`cannot mount a tmpfs here (${mounted.reason}); the simulated full disk covers this`);
      return;
    }
    try {
      const path = join(mount, 'a.verkstad');
      await writeFileDurably(path, 'o'.repeat(100_000));
      await expect(writeFileDurably(path, 'n'.repeat(200_000))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readFile(path, 'utf8')).toBe('o'.repeat(100_000));
      expect(await tempsIn(mount)).toEqual([]);
    } finally {
      await mounted.unmount();
    }
  });
});

describe('a save killed half-way never leaves a broken file', () => {
  const tmp = useTempDir();
  const childScript = fileURLToPath(new URL('./helpers/saveLoop.ts', import.meta.url));
  const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
  const versions = { A: bigWorkshopText('A'), B: bigWorkshopText('B') };

  /** Starts the save loop, kills it `delayMs` after it reports that it started, and waits for it to die. */
  async function killDuringSaves(path: string, delayMs: number): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, path], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('started')) resolve();
      });
      child.on('exit', () => reject(new Error(`the save loop ended before it started: ${stderr}`)));
    });
    await new Promise((r) => setTimeout(r, delayMs));
    child.kill('SIGKILL');
    const ended = await exited;
    expect(ended, `the save loop should die from SIGKILL, not end by itself: ${stderr}`).toBe('SIGKILL');
  }

  function versionOf(text: string): 'A' | 'B' | 'broken' {
    if (text === versions.A) return 'A';
    if (text === versions.B) return 'B';
    return 'broken';
  }

  it('after each of 15 kills at random moments the file is one complete, valid version', async () => {
    const path = join(tmp.path, 'stor.verkstad');
    await writeFile(path, versions.A);
    expect(versions.A.length).toBeGreaterThan(2_000_000);
    const seen: string[] = [];
    for (let round = 0; round < 15; round++) {
      const delayMs = 5 + Math.floor(Math.random() * 296);
      await killDuringSaves(path, delayMs);
      const text = await readFile(path, 'utf8');
      const version = versionOf(text);
      seen.push(`${delayMs} ms → ${version}`);
      expect(version, `round ${round + 1}, killed after ${delayMs} ms (${seen.join(', ')})`).not.toBe('broken');
      expect(parseWorkshopText(text).ok).toBe(true);
      const backup = await readFile(`${path}.bak`, 'utf8').catch(() => null);
      if (backup !== null) expect(versionOf(backup), `backup after round ${round + 1}`).not.toBe('broken');
    }
  }, 180_000);
});
