import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { writeFileDurably, type DurableWriteIo } from '../../../../main/services/durableWrite';
import { parseWorkshopText } from '../../../../shared/model/load';
import { useTempDir } from '../../helpers/tempDir';
import { bigWorkshopText } from './helpers/bigWorkshops';

const fsError = (code: string, syscall = 'rename') => Object.assign(new Error(`${code}: simulated`), { code, syscall });

/** An atomic write that is refused `times` times with `code`, then really writes. */
function refusedThenReal(code: string, times: number) {
  let refusals = 0;
  const calls: string[] = [];
  const writeAtomic = vi.fn<DurableWriteIo['writeAtomic']>(async (path, data) => {
    calls.push(path);
    if (refusals < times) {
      refusals++;
      throw fsError(code);
    }
    await writeFile(path, data);
  });
  return { writeAtomic, calls };
}

describe('writing a file durably', () => {
  const tmp = useTempDir();

  it('writes the content to the file', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFileDurably(path, 'hej då\n');
    expect(await readFile(path, 'utf8')).toBe('hej då\n');
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

  it('flushes the folder to disk after the file is in place, so the rename survives a power cut', async () => {
    const path = join(tmp.path, 'a.verkstad');
    const order: string[] = [];
    const fsyncFolder = vi.fn<DurableWriteIo['fsyncFolder']>(async (folder) => {
      order.push(`fsync ${folder}`);
      expect(await readFile(path, 'utf8')).toBe('content');
    });
    await writeFileDurably(path, 'content', {
      io: {
        fsyncFolder,
        writeAtomic: async (p, d) => {
          order.push('write');
          await writeFile(p, d);
        },
      },
    });
    expect(order).toEqual(['write', `fsync ${tmp.path}`]);
  });

  it('the real folder flush works on this platform', async () => {
    await expect(writeFileDurably(join(tmp.path, 'a.verkstad'), 'x')).resolves.toBeUndefined();
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('a save briefly refused with %s (a virus scanner holding the file) is retried and succeeds', async (code) => {
    const path = join(tmp.path, 'a.verkstad');
    const { writeAtomic } = refusedThenReal(code, 3);
    const sleep = vi.fn(async () => {});
    await writeFileDurably(path, 'saved at last', { io: { writeAtomic, sleep } });
    expect(await readFile(path, 'utf8')).toBe('saved at last');
    expect(writeAtomic).toHaveBeenCalledTimes(4);
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('waits a little longer after each refusal, but never more than half a second', async () => {
    const { writeAtomic } = refusedThenReal('EBUSY', 6);
    const pauses: number[] = [];
    await writeFileDurably(join(tmp.path, 'a.verkstad'), 'x', {
      io: { writeAtomic, sleep: async (ms) => void pauses.push(ms) },
    });
    expect(pauses).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('a save refused for longer than the retry time fails with the refusal, and the original file is untouched', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await writeFile(path, 'original');
    const writeAtomic = vi.fn(async () => {
      throw fsError('EBUSY');
    });
    const fsyncFolder = vi.fn(async () => {});
    const started = Date.now();
    await expect(
      writeFileDurably(path, 'new', {
        retryForMs: 150,
        io: { writeAtomic, fsyncFolder, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) },
      }),
    ).rejects.toMatchObject({ code: 'EBUSY' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(writeAtomic.mock.calls.length).toBeGreaterThan(1);
    expect(fsyncFolder).not.toHaveBeenCalled();
    expect(await readFile(path, 'utf8')).toBe('original');
  });

  it('a folder the user may not write to (EACCES when creating the temporary file) fails at once without retrying', async () => {
    const writeAtomic = vi.fn(async () => {
      throw fsError('EACCES', 'open');
    });
    const sleep = vi.fn(async () => {});
    await expect(writeFileDurably(join(tmp.path, 'a.verkstad'), 'x', { io: { writeAtomic, sleep } })).rejects.toMatchObject({ code: 'EACCES' });
    expect(writeAtomic).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('a full disk (ENOSPC) fails at once without retrying', async () => {
    const writeAtomic = vi.fn(async () => {
      throw fsError('ENOSPC');
    });
    const sleep = vi.fn(async () => {});
    await expect(writeFileDurably(join(tmp.path, 'a.verkstad'), 'x', { io: { writeAtomic, sleep } })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(writeAtomic).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('an error without a file-system code fails at once without retrying', async () => {
    const writeAtomic = vi.fn(async () => {
      throw new Error('something odd');
    });
    const sleep = vi.fn(async () => {});
    await expect(writeFileDurably(join(tmp.path, 'a.verkstad'), 'x', { io: { writeAtomic, sleep } })).rejects.toThrow('something odd');
    expect(writeAtomic).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('writing into a folder that does not exist fails with ENOENT and creates nothing', async () => {
    const missing = join(tmp.path, 'gone');
    await expect(writeFileDurably(join(missing, 'a.verkstad'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(tmp.path)).toEqual([]);
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
