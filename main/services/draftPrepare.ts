import { z } from 'zod';
import { contract } from '../../shared/ipc/contract';
import type { FileStamp } from '../../shared/ipc/contract';

/**
 * The heavy part of a draft write: the request (JSON text from the Chromium host's binding, or the
 * value Electron's IPC cloned) checked against the contract — the whole workshop through its zod
 * schema — and the draft file's text made. For a 2.5 MB workshop that is tens of milliseconds, so
 * main runs it in a worker (draftWorker.ts, draftPreparer.ts) and only writes the text it gets back.
 */
export type PreparedDraft =
  | { ok: true; draftId: string; path: string | null; stamp: FileStamp | null; revision: number; text: string }
  | { ok: false; error: string };

export function prepareDraftWrite(raw: unknown, savedAt: string): PreparedDraft {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, error: 'the request is not JSON' };
    }
  }
  const parsed = contract['draft:write'].req.safeParse(value);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const { draftId, path, stamp, revision, document } = parsed.data;
  return { ok: true, draftId, path, stamp, revision, text: draftText({ draftId, path, stamp, savedAt, revision, document }) };
}

/** The draft file's text: one envelope, in this order (drafts.ts reads it back with its schema). */
export function draftText(draft: { draftId: string; path: string | null; stamp: FileStamp | null; savedAt: string; revision: number; document: unknown }): string {
  return JSON.stringify({ draftId: draft.draftId, path: draft.path, stamp: draft.stamp, savedAt: draft.savedAt, revision: draft.revision, document: draft.document });
}
