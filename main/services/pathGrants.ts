import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorCode, fsError } from './durableWrite';

/**
 * Where a path really leads now: the file's real path, or for a file that does not exist yet its
 * folder's real path and its name (a link at the name itself is then not followed).
 */
export async function realTargetOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    return join(await realpath(dirname(path)), basename(path));
  }
}

/**
 * The paths main may read or write: only those the user chose (a dialog, the recent list, the
 * command line, a double-clicked file). The renderer can name a path, but never invent one.
 *
 * A grant holds for the real file the path led to when the user chose it. Before each write,
 * `resolveForWrite` resolves the path again; if it now leads somewhere else — the file or one of
 * its folders replaced by a symbolic link since — nothing is written (ETARGETCHANGED).
 */
export class PathGrants {
  /** path as the user chose it → its real path then (null when it could not be resolved, e.g. a folder not there yet). */
  private readonly granted = new Map<string, string | null>();

  async grant(path: string): Promise<string> {
    const normalized = resolve(path);
    this.granted.set(normalized, await realTargetOf(normalized).catch(() => null));
    return normalized;
  }

  has(path: string): boolean {
    return this.granted.has(resolve(path));
  }

  /** The real path to write for a granted path, checked against the grant; throws when it may not be written. */
  async resolveForWrite(path: string): Promise<string> {
    const normalized = resolve(path);
    if (!this.granted.has(normalized)) throw fsError('ENOTGRANTED', 'the path was not chosen by the user');
    const now = await realTargetOf(normalized);
    const then = this.granted.get(normalized) ?? null;
    if (then === null) {
      this.granted.set(normalized, now);
      return now;
    }
    if (now !== then) throw fsError('ETARGETCHANGED', `${normalized} now leads to ${now}, not to the file that was chosen`);
    return now;
  }
}
