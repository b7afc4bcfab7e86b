import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writing a file so that a crash, a power cut or a full disk leaves either the old or the new
 * file, never a half-written one. write-file-atomic writes a temporary file in the same folder,
 * fsyncs it and renames it over the target; we add the fsync of the folder (so the rename itself
 * survives a power cut) and retries, because Windows and network drives refuse a rename while a
 * virus scanner, an indexer or another program briefly holds the file.
 */
export interface DurableWriteOptions {
  /** How long to keep retrying a refused rename before giving up. */
  retryForMs?: number;
  /** Seam for tests: the atomic write, the folder fsync and the pause between attempts. */
  io?: Partial<DurableWriteIo>;
}

export interface DurableWriteIo {
  writeAtomic(path: string, data: string | Buffer): Promise<void>;
  fsyncFolder(path: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/** Errors that mean "busy, try again": anywhere for these; EPERM/EACCES only when the rename was refused. */
const RETRYABLE = new Set(['EBUSY', 'ETXTBSY', 'EAGAIN']);
const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES']);

function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  if (!code) return false;
  if (RETRYABLE.has(code)) return true;
  // A folder the user may not write to fails at once; only a refused rename (Windows: a virus
  // scanner or indexer holding the file) is worth waiting for.
  const syscall = typeof error === 'object' && error !== null && 'syscall' in error ? error.syscall : undefined;
  return RETRYABLE_RENAME.has(code) && syscall === 'rename';
}

export const defaultIo: DurableWriteIo = {
  writeAtomic: (path, data) => writeFileAtomic(path, data, { fsync: true }),
  async fsyncFolder(path) {
    // Folders cannot be opened for fsync on Windows; there the rename is already durable (NTFS journals it).
    if (process.platform === 'win32') return;
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export async function writeFileDurably(path: string, data: string | Buffer, options: DurableWriteOptions = {}): Promise<void> {
  const io: DurableWriteIo = { ...defaultIo, ...options.io };
  const retryForMs = options.retryForMs ?? 5_000;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await io.writeAtomic(path, data);
      break;
    } catch (error) {
      if (!isRetryable(error) || Date.now() - started >= retryForMs) throw error;
      await io.sleep(Math.min(50 * 2 ** attempt, 500));
    }
  }
  await io.fsyncFolder(dirname(path));
}
