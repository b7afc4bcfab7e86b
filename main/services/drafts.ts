import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { DraftId, FileStamp, type DraftInfo } from '../../shared/ipc/contract';
import { Workshop } from '../../shared/model/workshop';
import { errorCode, writeFileDurably } from './durableWrite';

const StoredDraft = z.object({
  draftId: DraftId,
  path: z.string().nullable(),
  stamp: FileStamp.nullable(),
  savedAt: z.iso.datetime(),
  document: Workshop,
});
export type StoredDraft = z.infer<typeof StoredDraft>;

/**
 * Crash recovery: the renderer sends the open document here shortly after every change; a clean
 * save or a discard removes the draft. A draft found at start-up is work a crash would have lost.
 */
export class DraftsService {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = join(dataDir, 'drafts');
  }

  private fileOf(draftId: string): string {
    // The id is a validated UUID, so it cannot climb out of the drafts folder.
    return join(this.dir, `${DraftId.parse(draftId)}.json`);
  }

  async write(draftId: string, path: string | null, stamp: FileStamp | null, document: Workshop): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const draft: StoredDraft = { draftId, path, stamp, savedAt: this.now().toISOString(), document };
    await writeFileDurably(this.fileOf(draftId), JSON.stringify(draft), { retryForMs: 1_000 });
  }

  async discard(draftId: string): Promise<void> {
    await rm(this.fileOf(draftId), { force: true });
  }

  async read(draftId: string): Promise<StoredDraft | null> {
    try {
      return StoredDraft.parse(JSON.parse(await readFile(this.fileOf(draftId), 'utf8')));
    } catch {
      return null;
    }
  }

  async list(): Promise<DraftInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const drafts = await Promise.all(
      names.filter((name) => name.endsWith('.json')).map((name) => this.read(name.slice(0, -'.json'.length)).catch(() => null)),
    );
    return drafts
      .filter((draft): draft is StoredDraft => draft !== null)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      .map((draft) => ({
        draftId: draft.draftId,
        fileName: draft.path ? basename(draft.path) : null,
        title: draft.document.header.title,
        savedAt: draft.savedAt,
      }));
  }
}
