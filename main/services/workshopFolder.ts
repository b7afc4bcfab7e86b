import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FolderScan, ScannedFile } from '../../shared/ipc/contract';
import { parseWorkshopText } from '../../shared/model/load';
import { digestOf } from '../../shared/record/digest';
import { detailOf, ioProblemOf } from './ioProblem';
import { MAX_FILE_BYTES } from './workshopFile';

export const WORKSHOP_EXTENSION = '.verkstad';
/** Files read at the same time: enough to keep a network drive busy, few enough not to run out of handles. */
const PARALLEL_READS = 32;
/** Folders deeper than this are not entered (a guard against odd mounts, not a real limit). */
const MAX_DEPTH = 32;

/**
 * The coordinator overview's folder scan: every `.verkstad` file in a folder the user picked and
 * below. Each file is read and checked on its own; a damaged or unreadable file (or folder) is
 * listed with the reason and never stops the rest. Symbolic links to folders are not followed,
 * so a link loop cannot make the scan run forever.
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

  /** True for a `.verkstad` file inside a granted folder. */
  covers(path: string): boolean {
    const target = resolve(path);
    if (!target.toLowerCase().endsWith(WORKSHOP_EXTENSION)) return false;
    return [...this.granted].some((folder) => target.startsWith(folder.endsWith(sep) ? folder : folder + sep));
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
      else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith(WORKSHOP_EXTENSION)) found.push(path);
    }
    await Promise.all(subfolders.map((sub) => this.walk(root, sub, depth + 1, found, problems)));
  }
}

async function readOne(root: string, path: string): Promise<ScannedFile> {
  const relativePath = relative(root, path);
  try {
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) return { ok: false, path, relativePath, problem: 'tooLarge', detail: `the file is ${size} bytes` };
    const result = parseWorkshopText(await readFile(path, 'utf8'));
    if (!result.ok) return { ok: false, path, relativePath, problem: result.problem, detail: result.detail };
    return { ok: true, path, relativePath, digest: digestOf(result.document) };
  } catch (error) {
    return { ok: false, path, relativePath, problem: ioProblemOf(error), detail: detailOf(error) };
  }
}
