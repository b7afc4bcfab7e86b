import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { FileStamp, OpenResponse, SaveResponse } from '../../shared/ipc/contract';
import { parseWorkshopText, serializeWorkshop, type LoadResult } from '../../shared/model/load';
import type { Workshop } from '../../shared/model/workshop';
import { errorCode, writeFileDurably, type DurableWriteOptions } from './durableWrite';
import { detailOf, ioProblemOf } from './ioProblem';

/** Larger than any real workshop by far; a bigger file is not one of ours and is not read into memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return { mtimeMs, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function isNewerFormat(bytes: Buffer): boolean {
  const result = parseWorkshopText(new TextDecoder('utf-8').decode(bytes));
  return (result.ok && result.readOnly) || (!result.ok && result.problem === 'newerVersion');
}

export class WorkshopLoadError extends Error {
  constructor(readonly result: Extract<LoadResult, { ok: false }>) {
    super(result.detail);
  }
}

/** What the adapter last read or wrote, so the service can tell whether someone else changed the file. */
interface DiskState {
  bytes: Buffer | null;
  stamp: FileStamp | null;
}

async function readDisk(path: string): Promise<DiskState> {
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = await stat(path));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { bytes: null, stamp: null };
    throw error;
  }
  if (size > MAX_FILE_BYTES) throw Object.assign(new Error(`the file is ${size} bytes`), { code: 'EFBIG' });
  const bytes = await readFile(path);
  return { bytes, stamp: stampOf(bytes, mtimeMs) };
}

/**
 * The lowdb adapter of one `.verkstad` file. Reading parses, migrates and validates; a file
 * that is not a workshop throws and is never written. Writing keeps the previous version as
 * `<name>.verkstad.bak` and replaces the file atomically and durably.
 */
export class WorkshopFileAdapter implements Adapter<Workshop | null> {
  last: DiskState = { bytes: null, stamp: null };
  loaded: LoadResult | null = null;

  constructor(
    readonly path: string,
    private readonly writeOptions: DurableWriteOptions = {},
  ) {}

  async read(): Promise<Workshop | null> {
    const disk = await readDisk(this.path);
    if (!disk.bytes) throw Object.assign(new Error(`${this.path} does not exist`), { code: 'ENOENT' });
    const result = parseWorkshopText(new TextDecoder('utf-8').decode(disk.bytes));
    if (!result.ok) throw new WorkshopLoadError(result);
    this.last = disk;
    this.loaded = result;
    return result.document;
  }

  async write(doc: Workshop | null): Promise<void> {
    if (doc === null) throw new Error('refusing to write an empty workshop');
    const text = serializeWorkshop(doc);
    const previous = await readDisk(this.path);
    if (previous.bytes) await writeFileDurably(backupPathOf(this.path), previous.bytes, this.writeOptions);
    await writeFileDurably(this.path, text, this.writeOptions);
    this.last = await readDisk(this.path);
  }
}

export class WorkshopFiles {
  constructor(private readonly writeOptions: DurableWriteOptions = {}) {}

  async open(path: string): Promise<OpenResponse> {
    const fileName = basename(path);
    const adapter = new WorkshopFileAdapter(path, this.writeOptions);
    const db = new Low<Workshop | null>(adapter, null);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof WorkshopLoadError) {
        return { status: 'failed', fileName, problem: error.result.problem, detail: error.result.detail };
      }
      return { status: 'failed', fileName, problem: ioProblemOf(error), detail: detailOf(error) };
    }
    const loaded = adapter.loaded;
    if (!db.data || !loaded?.ok || !adapter.last.stamp) throw new Error('unreachable: read succeeded without data');
    return {
      status: 'opened',
      path,
      fileName,
      document: db.data,
      readOnly: loaded.readOnly,
      fileVersion: loaded.readOnly ? loaded.fileVersion : null,
      stamp: adapter.last.stamp,
    };
  }

  /**
   * Saves over `path`. When the file on disk is no longer what the user opened (`expectedStamp`),
   * nothing is written and the answer is `conflict`, unless the user chose to overwrite.
   */
  async save(path: string, doc: Workshop, expectedStamp: FileStamp | null, overwrite: boolean): Promise<SaveResponse> {
    try {
      const current = await readDisk(path);
      // Never write an older format over a newer one: the newer version's additions would be lost.
      if (current.bytes && isNewerFormat(current.bytes)) {
        return { status: 'failed', problem: 'newerFile', detail: 'the file on disk has a newer format version' };
      }
      if (!overwrite) {
        const changed = current.stamp !== null && (expectedStamp === null || current.stamp.sha256 !== expectedStamp.sha256);
        if (changed) return { status: 'conflict' };
      }
      const adapter = new WorkshopFileAdapter(path, this.writeOptions);
      const db = new Low<Workshop | null>(adapter, doc);
      await db.write();
      if (!adapter.last.stamp) throw new Error('the file was not there after writing it');
      return { status: 'saved', path, fileName: basename(path), stamp: adapter.last.stamp };
    } catch (error) {
      return { status: 'failed', problem: ioProblemOf(error), detail: detailOf(error) };
    }
  }
}
