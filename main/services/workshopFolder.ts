import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FolderScan, ScannedFile } from '../../shared/ipc/contract';
import { digestOf } from '../../shared/record/digest';
import { detailOf, ioProblemOf } from './ioProblem';
import { readWorkshopFile } from './workshopFile';

export const WORKSHOP_EXTENSION = '.verkstad';
/** Files read at the same time: enough to keep a network drive busy, few enough not to run out of handles. */
const PARALLEL_READS = 32;
/** Folders deeper than this are not entered (a guard against odd mounts, not a real limit). */
const MAX_DEPTH = 32;

/**
 * The coordinator overview's folder scan: every `.verkstad` file in a folder the user picked and
 * below. Each file is read and checked on its own; a damaged or unreadable file (or folder) is
 * listed with the reason and never stops the rest. Symbolic links to folders are not followed,
 * so a link loop cannot make the scan run forever, and a file reached through a link counts only
 * when it really lies inside the folder: the folder is the grant, and a link must not widen it.
 */
export class WorkshopFolders {
  private readonly granted = new Set<string>();

  /** Remembers a folder the user picked in a dialog; only such folders (and files below) are read. */
  grant(folder: string): string {
    const normalized = resolve(folder);
    this.granted.add(normalized);
    return normalized;
  }

  hasFolder(folder: string): boolean {
    return this.granted.has(resolve(folder));
  }

  /**
   * True for a `.verkstad` file inside a granted folder — by its name and by where it really is:
   * a linked folder (or file) inside the overview folder that leads elsewhere is not covered.
   */
  async covers(path: string): Promise<boolean> {
    const target = resolve(path);
    if (!target.toLowerCase().endsWith(WORKSHOP_EXTENSION)) return false;
    const real = await realpath(target).catch(() => null);
    if (real === null) return false;
    for (const folder of this.granted) {
      if (!isInside(target, folder)) continue;
      const realFolder = await realpath(folder).catch(() => null);
      if (realFolder !== null && isInside(real, realFolder)) return true;
    }
    return false;
  }

  async scan(folder: string): Promise<FolderScan> {
    const root = resolve(folder);
    const started = performance.now();
    try {
      const info = await stat(root);
      if (!info.isDirectory()) return { status: 'failed', folder: root, problem: 'notFound', detail: `${root} is not a folder` };
    } catch (error) {
      return { status: 'failed', folder: root, problem: ioProblemOf(error), detail: detailOf(error) };
    }
    const found: string[] = [];
    const problems: ScannedFile[] = [];
    await this.walk(root, root, 0, found, problems);
    const files: ScannedFile[] = new Array<ScannedFile>(found.length);
    let next = 0;
    const worker = async () => {
      while (next < found.length) {
        const index = next++;
        files[index] = await readOne(root, found[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, found.length) }, worker));
    return { status: 'scanned', folder: root, files: [...files, ...problems], ms: performance.now() - started };
  }

  /** A linked file is read only when it really lies inside the folder being scanned. */
  private async linkStaysInside(path: string, root: string): Promise<boolean> {
    const [real, realRoot] = await Promise.all([realpath(path).catch(() => null), realpath(root).catch(() => null)]);
    return real !== null && realRoot !== null && isInside(real, realRoot);
  }

  private async walk(root: string, dir: string, depth: number, found: string[], problems: ScannedFile[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ ok: false, path: dir, relativePath: relative(root, dir) || '.', problem: ioProblemOf(error), detail: detailOf(error) });
      return;
    }
    const subfolders: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) subfolders.push(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(WORKSHOP_EXTENSION)) found.push(path);
      else if (entry.isSymbolicLink() && entry.name.toLowerCase().endsWith(WORKSHOP_EXTENSION) && (await this.linkStaysInside(path, root))) found.push(path);
    }
    await Promise.all(subfolders.map((sub) => this.walk(root, sub, depth + 1, found, problems)));
  }
}

/** Whether `path` is `folder` itself or lies below it (both already resolved). */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Each file is read as the app opens it (readWorkshopFile), so the overview and Open agree. */
async function readOne(root: string, path: string): Promise<ScannedFile> {
  const relativePath = relative(root, path);
  const read = await readWorkshopFile(path);
  if (!read.ok) return { ok: false, path, relativePath, problem: read.problem, detail: read.detail };
  return { ok: true, path, relativePath, digest: digestOf(read.result.document) };
}
