import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Writing a file so that a crash, a power cut or a full disk leaves either the old or the new
 * file, never a half-written one, and so that success is reported only when the bytes on disk are
 * the bytes meant:
 *
 *  1. a temporary file of our own naming in the same folder, created exclusively and never through
 *     a symbolic link (O_EXCL | O_NOFOLLOW);
 *  2. every byte written (a write may take fewer bytes than offered, e.g. on a nearly full disk:
 *     we go on until all are written or the disk says why not), then fsync;
 *  3. the bytes read back and compared with what was meant;
 *  4. renamed over the target (a rename replaces a link at the target, it never writes through it);
 *     a rename refused by another program (a virus scanner, an indexer, a sync client: EBUSY, or
 *     EPERM/EACCES from rename on Windows) is retried for a while, and each retry is reported;
 *  5. the target checked to be the file we wrote, and the folder fsynced so the rename itself
 *     survives a power cut.
 *
 * We used write-file-atomic before. It issues a single write() without looking at how many bytes
 * were taken (a nearly full disk gave "saved" and a truncated file) and writes through symbolic
 * links on purpose (its realpath step), which would let a link swapped in after the user's choice
 * redirect a save; neither can be changed by an option, and `atomically` makes the same choices.
 * So the steps above are ours, built directly on Node's file handles.
 */
export interface DurableWriteOptions {
  /** How long to keep retrying a refused rename before giving up. */
  retryForMs?: number;
  /** Seam for tests: every file-system call the write makes, and the pause between attempts. */
  io?: Partial<DurableWriteIo>;
  /** Told of each refused rename before the pause that follows it (the UI says the file is held). */
  onRetry?: (retry: RenameRetry) => void;
}

export interface RenameRetry {
  path: string;
  attempt: number;
  waitedMs: number;
  code: string;
}

/** The part of a FileHandle the writer uses. */
export interface WritableFile {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  mode: number;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/** The part of a FileHandle a read uses. */
export interface ReadableFile {
  stat(): Promise<{ dev: number; ino: number; size: number; mtimeMs: number; mode: number; isDirectory(): boolean }>;
  readFile(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface DurableWriteIo {
  /** Opens a file to read it whole; `follow: false` refuses a symbolic link at the path (ELOOP). */
  openRead(path: string, follow: boolean): Promise<ReadableFile>;
  /** Creates the temporary file: exclusive, never through a link. */
  createTemp(path: string, mode: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Does not follow a link: says what is at the path itself. */
  lstat(path: string): Promise<FileIdentity>;
  link(existing: string, newPath: string): Promise<void>;
  fsyncFolder(path: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export const defaultIo: DurableWriteIo = {
  openRead: (path, follow) => open(path, constants.O_RDONLY | (follow ? 0 : O_NOFOLLOW)),
  createTemp: (path, mode) => open(path, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, mode),
  rename,
  unlink,
  lstat,
  link,
  async fsyncFolder(path) {
    // Folders cannot be opened for fsync on Windows; there the rename is already durable (NTFS journals it).
    if (process.platform === 'win32') return;
    const handle = await open(path, constants.O_RDONLY | O_NOFOLLOW);
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

/** A file-system error with a code of ours (the Node ones keep theirs). */
export function fsError(code: string, message: string, extra: Record<string, unknown> = {}): Error & { code: string } {
  return Object.assign(new Error(message), { code, ...extra });
}

/**
 * The rename put the file in place, but the folder could not be flushed: the new file is there
 * and complete, yet a power cut in the next moments might bring the old one back. The save
 * reports this as saved, with a warning, never as failed.
 */
export class FolderNotFlushedError extends Error {
  readonly code = 'EFOLDERSYNC';
  constructor(
    readonly folder: string,
    cause: unknown,
  ) {
    super(`the file was replaced, but its folder could not be flushed to disk: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Errors that mean "busy, try again": anywhere for these; EPERM/EACCES only when the rename was refused. */
const RETRYABLE = new Set(['EBUSY', 'ETXTBSY', 'EAGAIN']);
const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES']);

/** Our temporary files: `.<name>.<host>-<pid>-<random>.verkstad-tmp`, hidden, and unlike any name a person gives a file. */
const TEMP_SUFFIX = '.verkstad-tmp';
const TEMP_NAME = /^\.(.*)\.([0-9a-f]{8})-(\d+)-([0-9a-f]{8})\.verkstad-tmp$/;
/** Room left in a 255-byte file name for the rest of the temporary name. */
const MAX_BASE_IN_TEMP = 180;
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

function tempPathFor(path: string): string {
  const base = basename(path).slice(0, MAX_BASE_IN_TEMP);
  return join(dirname(path), `.${base}.${HOST_TAG}-${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** Temporary files this process is writing right now; never cleaned up from under ourselves. */
const inFlight = new Set<string>();

/** Writes to one path one after another, so an older write never lands after a newer one. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` when every earlier write (or removal) of `path` through this module is done. */
export function withPathLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(path) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return run;
}

/** What was written, as it now is on disk. */
export interface Written {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface WriteStep {
  /** Leave the folder fsync to the caller, which writes more files in the same folder first. */
  syncFolder?: boolean;
  /**
   * Runs once the new bytes are safely in the temporary file and before it replaces the target:
   * where the save keeps the previous version as the backup, so a write that fails (a full disk)
   * has changed nothing at all, not even the backup.
   */
  beforeRename?: () => Promise<void>;
}

function toBytes(data: string | Uint8Array): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Every byte, or an error saying why not. A write that takes nothing at all means the disk is full. */
async function writeAll(file: WritableFile, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset, offset);
    if (!(bytesWritten > 0)) throw fsError('ENOSPC', `the disk took ${offset} of ${bytes.length} bytes and then no more`);
    offset += bytesWritten;
  }
}

/** Reads the file back and compares it with what was meant. */
async function verify(file: WritableFile, bytes: Buffer): Promise<void> {
  const back = Buffer.alloc(bytes.length);
  let offset = 0;
  while (offset < back.length) {
    const { bytesRead } = await file.read(back, offset, back.length - offset, offset);
    if (bytesRead <= 0) break;
    offset += bytesRead;
  }
  // One more byte than written would mean something else wrote to our file.
  const extra = await file.read(Buffer.alloc(1), 0, 1, bytes.length);
  if (offset !== bytes.length || extra.bytesRead !== 0 || !back.equals(bytes)) {
    throw fsError('EVERIFY', `what is on disk differs from what was written (${offset} of ${bytes.length} bytes read back)`);
  }
}

async function modeFor(io: DurableWriteIo, path: string): Promise<number> {
  // A file replaced keeps its permissions (a read-only share stays read-only to others).
  try {
    const existing = await io.lstat(path);
    if (existing.isFile()) return existing.mode & 0o7777;
  } catch {
    // A new file: the default, less the umask.
  }
  return 0o666;
}

function isRetryable(error: unknown, syscall: 'rename' | 'other'): boolean {
  const code = errorCode(error);
  if (!code) return false;
  if (RETRYABLE.has(code)) return true;
  // A folder the user may not write to fails at once; only a refused rename (Windows: a virus
  // scanner or indexer holding the file) is worth waiting for.
  return syscall === 'rename' && RETRYABLE_RENAME.has(code);
}

/** Renames, retrying while another program holds the target; each retry is reported. */
async function renameWithRetries(io: DurableWriteIo, from: string, to: string, options: DurableWriteOptions): Promise<void> {
  const retryForMs = options.retryForMs ?? 5_000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      await io.rename(from, to);
      return;
    } catch (error) {
      const waitedMs = Date.now() - started;
      if (!isRetryable(error, 'rename')) throw error;
      if (waitedMs >= retryForMs) {
        const code = errorCode(error) ?? 'EBUSY';
        throw fsError(code, `another program kept the file from being replaced: the rename was refused ${attempt} times over ${(waitedMs / 1000).toFixed(1)} s (${code})`, {
          syscall: 'rename',
          attempts: attempt,
          waitedMs,
        });
      }
      options.onRetry?.({ path: to, attempt, waitedMs, code: errorCode(error)! });
      await io.sleep(Math.min(50 * 2 ** (attempt - 1), 500));
    }
  }
}

/** The bytes into a new temporary file next to `path`: written fully, flushed, read back. */
async function writeTemp(io: DurableWriteIo, path: string, bytes: Buffer): Promise<{ temp: string; identity: FileIdentity }> {
  const mode = await modeFor(io, path);
  const temp = tempPathFor(path);
  inFlight.add(temp);
  try {
    const file = await io.createTemp(temp, mode);
    try {
      await writeAll(file, bytes);
      await file.sync();
      await verify(file, bytes);
    } finally {
      await file.close();
    }
    return { temp, identity: await io.lstat(temp) };
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    inFlight.delete(temp);
    throw error;
  }
}

/** After the rename: the target is the file we wrote (not something put there meanwhile). */
async function checkInPlace(io: DurableWriteIo, path: string, identity: FileIdentity, size: number): Promise<FileIdentity> {
  const now = await io.lstat(path);
  if (!now.isFile() || now.ino !== identity.ino || now.dev !== identity.dev || now.size !== size) {
    throw fsError('ECHANGED', 'the file was replaced by another program while it was being saved');
  }
  return now;
}

async function flushFolder(io: DurableWriteIo, folder: string): Promise<void> {
  try {
    await io.fsyncFolder(folder);
  } catch (error) {
    throw new FolderNotFlushedError(folder, error);
  }
}

/**
 * Writes `data` to `path` durably (steps above). Resolves with what is on disk once it is the
 * bytes meant; rejects with the file-system error otherwise, having removed its temporary file.
 * A FolderNotFlushedError means the file *was* replaced.
 */
export function writeFileDurably(path: string, data: string | Uint8Array, options: DurableWriteOptions & WriteStep = {}): Promise<Written> {
  return withPathLock(path, () => writeWhileLocked(path, data, options));
}

/** writeFileDurably for a caller that already holds `withPathLock(path)` (and does more under it). */
export function writeWhileLocked(path: string, data: string | Uint8Array, options: DurableWriteOptions & WriteStep = {}): Promise<Written> {
  const io: DurableWriteIo = { ...defaultIo, ...options.io };
  const bytes = toBytes(data);
  return (async () => {
    const { temp, identity } = await writeTemp(io, path, bytes);
    try {
      await options.beforeRename?.();
      await renameWithRetries(io, temp, path, options);
    } catch (error) {
      await io.unlink(temp).catch(() => undefined);
      throw error;
    } finally {
      inFlight.delete(temp);
    }
    const now = await checkInPlace(io, path, identity, bytes.length);
    if (options.syncFolder !== false) await flushFolder(io, dirname(path));
    return { path, size: now.size, mtimeMs: now.mtimeMs };
  })();
}

/**
 * Keeps the file that is at `path` now as `backup`, without copying it when the disk allows: a
 * hard link to the very file we read (checked by its identity), renamed over the backup. Where
 * links are not possible (FAT/exFAT sticks, some network drives) or the file changed since it was
 * read, the bytes we read are written instead. The folder is left to the caller to flush.
 */
export async function keepAsBackup(path: string, backup: string, read: { bytes: Buffer; identity: FileIdentity }, options: DurableWriteOptions = {}): Promise<void> {
  const io: DurableWriteIo = { ...defaultIo, ...options.io };
  await withPathLock(backup, async () => {
    const temp = tempPathFor(backup);
    inFlight.add(temp);
    try {
      let linked = false;
      try {
        await io.link(path, temp);
        const at = await io.lstat(temp);
        linked = at.isFile() && at.ino === read.identity.ino && at.dev === read.identity.dev && at.size === read.bytes.length && at.mtimeMs === read.identity.mtimeMs;
        if (!linked) await io.unlink(temp);
      } catch {
        linked = false;
      }
      if (linked) {
        await renameWithRetries(io, temp, backup, options);
        return;
      }
    } catch (error) {
      await io.unlink(temp).catch(() => undefined);
      throw error;
    } finally {
      inFlight.delete(temp);
    }
    const { temp: copy, identity } = await writeTemp(io, backup, read.bytes);
    try {
      await renameWithRetries(io, copy, backup, options);
    } catch (error) {
      await io.unlink(copy).catch(() => undefined);
      throw error;
    } finally {
      inFlight.delete(copy);
    }
    await checkInPlace(io, backup, identity, read.bytes.length);
  });
}

/** Larger than any real workshop by far; a bigger file is not one of ours and is not read into memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A file as read from disk: its bytes and its identity (to tell later whether it is still the same file). */
export interface DiskFile {
  bytes: Buffer;
  identity: FileIdentity;
}

/**
 * Reads a whole file through one handle, so the bytes, the size check and the identity all belong
 * to the same file. `follow: false` refuses a symbolic link at the path (ELOOP): a save reads the
 * real path it resolved, and a link there now means the file was swapped under us.
 * Resolves null when there is no file.
 */
export async function readDiskFile(path: string, options: { follow?: boolean; io?: Partial<DurableWriteIo> } = {}): Promise<DiskFile | null> {
  const io: DurableWriteIo = { ...defaultIo, ...options.io };
  let handle: ReadableFile;
  try {
    handle = await io.openRead(path, options.follow ?? true);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw fsError('EISDIR', `${path} is a folder, not a file`);
    if (info.size > MAX_FILE_BYTES) throw fsError('EFBIG', `the file is ${info.size} bytes`);
    const bytes = await handle.readFile();
    const identity: FileIdentity = { ...info, size: bytes.length, isFile: () => true, isSymbolicLink: () => false };
    return { bytes, identity };
  } finally {
    await handle.close();
  }
}

/** Flushes a folder after several renames in it; see FolderNotFlushedError. */
export function syncFolder(folder: string, options: DurableWriteOptions = {}): Promise<void> {
  return flushFolder({ ...defaultIo, ...options.io }, folder);
}

/** A temporary file older than this is stale whoever made it (another computer on a shared drive, too). */
export const STALE_TEMP_MS = 10 * 60_000;

function processIsGone(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}

/**
 * Removes temporary files of our own naming left in `folder` by saves that were killed: only
 * regular files (never a link), only ours by name and only for the files `isFor` names (the
 * workshop and its backup, or drafts), and only when no save is still writing them (the process
 * that made them on this computer is gone, or they are old). Returns what was removed; never throws.
 */
export async function removeStaleTemps(folder: string, isFor: readonly string[] | ((name: string) => boolean), now = Date.now()): Promise<string[]> {
  const bases = Array.isArray(isFor) ? new Set(isFor.map((name) => name.slice(0, MAX_BASE_IN_TEMP))) : null;
  const matches = (base: string) => (bases ? bases.has(base) : (isFor as (name: string) => boolean)(base));
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const match = TEMP_NAME.exec(entry);
    if (!match || !matches(match[1]!)) continue;
    const path = join(folder, entry);
    if (inFlight.has(path)) continue;
    try {
      const info = await lstat(path);
      if (!info.isFile()) continue;
      const sameHost = match[2] === HOST_TAG;
      const stale = now - info.mtimeMs > STALE_TEMP_MS || (sameHost && processIsGone(Number(match[3])));
      if (!stale) continue;
      await unlink(path);
      removed.push(entry);
    } catch {
      // Gone already, or not ours to remove after all.
    }
  }
  return removed;
}
