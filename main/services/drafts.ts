import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { DraftId, FileStamp, type DraftInfo } from '../../shared/ipc/contract';
import { parseWorkshopValue } from '../../shared/model/load';
import type { Workshop } from '../../shared/model/workshop';
import { draftText } from './draftPrepare';
import { errorCode, removeStaleTemps, withPathLock, writeWhileLocked } from './durableWrite';

/** The draft file around the document; the document itself is read like a workshop file (migrated, validated). */
const StoredEnvelope = z.object({
  draftId: DraftId,
  path: z.string().nullable(),
  stamp: FileStamp.nullable(),
  savedAt: z.iso.datetime(),
  revision: z.number().int().nonnegative().default(0),
  document: z.unknown(),
});

export interface StoredDraft {
  draftId: string;
  path: string | null;
  stamp: FileStamp | null;
  savedAt: string;
  revision: number;
  document: Workshop;
}

/** Why a draft could not be read: it is kept and listed as damaged, never dropped in silence. */
export type DraftRead = { ok: true; draft: StoredDraft } | { ok: false; missing: boolean; detail: string };

const DRAFT_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;

/**
 * Crash recovery: the renderer sends the open document here at most about a second after it
 * changes; a clean save or a discard removes the draft. A draft found at start-up is work a crash
 * would have lost. Drafts are written like workshop files (every byte, verified, renamed into
 * place), and one that cannot be read is listed as damaged rather than skipped.
 */
export class DraftsService {
  private readonly dir: string;
  /** The newest revision written per draft in this session: a save of an older one keeps it. */
  private readonly latest = new Map<string, number>();

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

  async write(draftId: string, path: string | null, stamp: FileStamp | null, document: Workshop, revision = 0): Promise<void> {
    await this.writeText(draftId, revision, draftText({ draftId, path, stamp, savedAt: this.savedAt(), revision, document }));
  }

  /** The time a draft is stamped with. */
  savedAt(): string {
    return this.now().toISOString();
  }

  /** Writes a draft whose text was made off main's event loop (draftPrepare.ts): the same durable, verified, locked write. */
  async writeText(draftId: string, revision: number, text: string): Promise<void> {
    const file = this.fileOf(draftId);
    this.latest.set(draftId, Math.max(revision, this.latest.get(draftId) ?? 0));
    // In line for this draft from the moment it is asked for, so a discard asked after it comes after it.
    await withPathLock(file, async () => {
      await mkdir(this.dir, { recursive: true });
      await writeWhileLocked(file, text, { retryForMs: 1_000 });
    });
  }

  async discard(draftId: string): Promise<void> {
    const file = this.fileOf(draftId);
    // After any write of the same draft still on its way, so a late write cannot bring it back.
    await withPathLock(file, () => rm(file, { force: true }));
    this.latest.delete(draftId);
  }

  /** Removes the draft after a save of `revision`, unless a later revision was written meanwhile. */
  async discardUpTo(draftId: string, revision: number): Promise<boolean> {
    if ((this.latest.get(draftId) ?? -1) > revision) return false;
    await this.discard(draftId);
    return true;
  }

  async read(draftId: string): Promise<DraftRead> {
    let text: string;
    try {
      text = await readFile(this.fileOf(draftId), 'utf8');
    } catch (error) {
      return { ok: false, missing: errorCode(error) === 'ENOENT', detail: error instanceof Error ? error.message : String(error) };
    }
    let envelope: z.infer<typeof StoredEnvelope>;
    try {
      envelope = StoredEnvelope.parse(JSON.parse(text));
    } catch {
      return { ok: false, missing: false, detail: 'the recovery copy is damaged' };
    }
    // A draft from an older version of the app is brought up to date like an older file.
    const loaded = parseWorkshopValue(envelope.document);
    if (!loaded.ok) return { ok: false, missing: false, detail: `the recovery copy's workshop: ${loaded.detail}` };
    return { ok: true, draft: { ...envelope, document: loaded.document } };
  }

  async list(): Promise<DraftInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    void removeStaleTemps(this.dir, (name) => DRAFT_FILE.test(name));
    const drafts = await Promise.all(
      names.map(async (name): Promise<DraftInfo | null> => {
        const id = DRAFT_FILE.exec(name)?.[1];
        if (id === undefined) return null;
        const read = await this.read(id);
        if (read.ok) {
          const { draft } = read;
          return { draftId: draft.draftId, fileName: draft.path ? basename(draft.path) : null, title: draft.document.header.title, savedAt: draft.savedAt, damaged: false };
        }
        if (read.missing) return null;
        const savedAt = await stat(join(this.dir, name)).then(
          (info) => info.mtime.toISOString(),
          () => this.now().toISOString(),
        );
        return { draftId: id.toLowerCase(), fileName: null, title: '', savedAt, damaged: true };
      }),
    );
    return drafts.filter((draft): draft is DraftInfo => draft !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }
}
