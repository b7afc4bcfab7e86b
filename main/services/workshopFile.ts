import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { FileStamp, OpenResponse } from '../../shared/ipc/contract';
import { decodeWorkshopBytes, parseWorkshopText, serializeWorkshop, type LoadResult } from '../../shared/model/load';
import type { Workshop } from '../../shared/model/workshop';
import {
  FolderNotFlushedError,
  errorCode,
  fsError,
  keepAsBackup,
  readDiskFile,
  removeStaleTemps,
  syncFolder,
  writeFileDurably,
  type DiskFile,
  type DurableWriteOptions,
} from './durableWrite';

export { MAX_FILE_BYTES } from './durableWrite';
import { detailOf, ioProblemOf, readProblemOf, type SaveProblem } from './ioProblem';

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return { mtimeMs, size: bytes.byteLength, sha256: sha256(bytes) };
}

/** A file as read from disk, with its stamp. */
interface StampedFile extends DiskFile {
  stamp: FileStamp;
}

async function readStamped(path: string, options: { follow?: boolean; io?: DurableWriteOptions['io'] } = {}): Promise<StampedFile | null> {
  const disk = await readDiskFile(path, options);
  return disk && { ...disk, stamp: stampOf(disk.bytes, disk.identity.mtimeMs) };
}

export type ReadWorkshop =
  | { ok: true; path: string; stamp: FileStamp; result: Extract<LoadResult, { ok: true }> }
  | { ok: false; path: string; problem: Extract<OpenResponse, { status: 'failed' }>['problem']; detail: string; allIssues?: string[] };

/**
 * How every part of Verkstad reads a `.verkstad` file — the app's Open, the coordinator overview
 * and the command line: one read, decoded as UTF-8 (a byte-order mark is dropped), parsed,
 * migrated and validated. `allIssues` asks for every schema problem (the command line lists them);
 * `openedBefore` says a missing file was there once (moved or deleted) rather than never.
 */
export async function readWorkshopFile(path: string, options: { allIssues?: boolean; openedBefore?: boolean; io?: DurableWriteOptions['io'] } = {}): Promise<ReadWorkshop> {
  let disk: StampedFile | null;
  try {
    disk = await readStamped(path, { io: options.io });
  } catch (error) {
    return { ok: false, path, problem: readProblemOf(error, options.openedBefore), detail: detailOf(error) };
  }
  if (!disk) return { ok: false, path, problem: readProblemOf(fsError('ENOENT', `${path} does not exist`), options.openedBefore), detail: `${path} does not exist` };
  const result = parseWorkshopText(decodeWorkshopBytes(disk.bytes), { maxIssues: options.allIssues ? 100 : undefined });
  if (!result.ok) return { ok: false, path, problem: result.problem, detail: result.detail, allIssues: result.issues };
  return { ok: true, path, stamp: disk.stamp, result };
}

function isNewerFormat(bytes: Buffer): boolean {
  const result = parseWorkshopText(decodeWorkshopBytes(bytes));
  return (result.ok && result.readOnly) || (!result.ok && result.problem === 'newerVersion');
}

/** What a save did, before the services add the lists the renderer shows. */
export type SaveResult =
  | { status: 'saved'; stamp: FileStamp; warning: 'notFlushed' | null }
  | { status: 'conflict'; reason: 'changed' | 'missing' }
  | { status: 'failed'; problem: SaveProblem; detail: string };

export interface SaveOptions {
  /** Told of each refused rename, so the user hears that another program holds the file. */
  onRetry?: DurableWriteOptions['onRetry'];
}

/** How many files' "known to be in the current format" hashes are remembered. */
const KNOWN_FILES = 64;

/**
 * The workshop files. Reading goes through `readWorkshopFile`; a file that is not a workshop is
 * never written. Saving is one read of what is on disk (for the conflict check and the backup),
 * then one durable write of the file and its `.bak` and one folder flush.
 */
export class WorkshopFiles {
  /** path → hash of a file we read or wrote in the current format: saving over it again needs no parse. */
  private readonly known = new Map<string, string>();

  constructor(private readonly writeOptions: DurableWriteOptions = {}) {}

  private remember(path: string, sha: string): void {
    this.known.delete(path);
    this.known.set(path, sha);
    if (this.known.size > KNOWN_FILES) this.known.delete(this.known.keys().next().value!);
  }

  async open(path: string, options: { openedBefore?: boolean } = {}): Promise<OpenResponse> {
    const fileName = basename(path);
    const read = await readWorkshopFile(path, { io: this.writeOptions.io, openedBefore: options.openedBefore });
    if (!read.ok) return { status: 'failed', fileName, problem: read.problem, detail: read.detail };
    const real = await realpath(path).catch(() => path);
    if (!read.result.readOnly) this.remember(real, read.stamp.sha256);
    void this.tidy(real);
    return {
      status: 'opened',
      path,
      fileName,
      document: read.result.document,
      readOnly: read.result.readOnly,
      fileVersion: read.result.readOnly ? read.result.fileVersion : null,
      stamp: read.stamp,
    };
  }

  /** Removes what killed saves left next to the file (our temporary files only). */
  private tidy(path: string): Promise<string[]> {
    return removeStaleTemps(dirname(path), [basename(path), basename(backupPathOf(path))]);
  }

  /**
   * Saves over `path`, which must be the real path (no links: PathGrants resolved it). When the
   * file on disk is no longer what the user opened (`expectedStamp`), nothing is written and the
   * answer is `conflict` — `changed`, or `missing` when it was moved or deleted — unless the user
   * chose to overwrite (or to save there again).
   */
  async save(path: string, doc: Workshop, expectedStamp: FileStamp | null, overwrite: boolean, options: SaveOptions = {}): Promise<SaveResult> {
    const write = { ...this.writeOptions, onRetry: options.onRetry ?? this.writeOptions.onRetry };
    try {
      const bytes = Buffer.from(serializeWorkshop(doc), 'utf8');
      const current = await readStamped(path, { follow: false, io: write.io }).catch((error: unknown) => {
        if (errorCode(error) === 'ELOOP') throw fsError('ETARGETCHANGED', `${path} was replaced by a link since it was chosen`);
        throw error;
      });
      // Never write an older format over a newer one: the newer version's additions would be lost.
      if (current && this.known.get(path) !== current.stamp.sha256 && isNewerFormat(current.bytes)) {
        return { status: 'failed', problem: 'newerFile', detail: 'the file on disk has a newer format version' };
      }
      if (!overwrite) {
        if (!current && expectedStamp !== null) return { status: 'conflict', reason: 'missing' };
        if (current && (expectedStamp === null || current.stamp.sha256 !== expectedStamp.sha256)) return { status: 'conflict', reason: 'changed' };
      }
      const written = await writeFileDurably(path, bytes, {
        ...write,
        syncFolder: false,
        beforeRename: current ? () => keepAsBackup(path, backupPathOf(path), current, write) : undefined,
      });
      const stamp: FileStamp = { mtimeMs: written.mtimeMs, size: written.size, sha256: sha256(bytes) };
      this.remember(path, stamp.sha256);
      let warning: 'notFlushed' | null = null;
      try {
        await syncFolder(dirname(path), write);
      } catch (error) {
        if (!(error instanceof FolderNotFlushedError)) throw error;
        warning = 'notFlushed';
      }
      void this.tidy(path);
      return { status: 'saved', stamp, warning };
    } catch (error) {
      return { status: 'failed', problem: ioProblemOf(error), detail: detailOf(error) };
    }
  }
}
