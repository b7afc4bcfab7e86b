import { z } from 'zod';
import { isCheckedWorkshop, LoadProblem } from '../model/load';
import { Workshop } from '../model/workshop';
import { Language } from '../model/language';
import type { EventChannel, InvokeChannel } from './channels';
import { CommandId } from '../commands';
import { runContract, runEvents } from './runContract';
import { reportContract } from './reportContract';
import { roomContract, roomEvents } from './roomContract';
import { teamBoardsContract } from './teamBoardsContract';
import { exchangeContract, WordTemplateInfo } from './exchangeContract';
import { drawioContract } from './drawioContract';
import { KnownPerson } from '../model/record';
import { WorkshopDigest } from '../record/digest';
import { IoProblem } from './ioProblem';

/** What identifies the version of a file on disk that the app last read or wrote. */
export const FileStamp = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileStamp = z.infer<typeof FileStamp>;

export { IoProblem } from './ioProblem';

const FilePath = z.string().min(1).max(4096);
const FileName = z.string().min(1).max(1024);

/**
 * A workshop on its way out of main: one that main's loader has just checked (`parseWorkshopText`)
 * passes as it is; any other is checked in full.
 */
const LoadedWorkshop = z.union([z.custom<Workshop>(isCheckedWorkshop), Workshop]);

export const OpenedWorkshop = z.object({
  status: z.literal('opened'),
  path: FilePath,
  fileName: FileName,
  document: LoadedWorkshop,
  readOnly: z.boolean(),
  /** The format version written in the file, when it is newer than this app's. */
  fileVersion: z.number().int().nullable(),
  stamp: FileStamp,
});
export type OpenedWorkshop = z.infer<typeof OpenedWorkshop>;

export const OpenFailure = z.object({
  status: z.literal('failed'),
  fileName: FileName,
  problem: z.union([LoadProblem, IoProblem]),
  detail: z.string(),
});
export type OpenFailure = z.infer<typeof OpenFailure>;

const Canceled = z.object({ status: z.literal('canceled') });

export const OpenResponse = z.discriminatedUnion('status', [OpenedWorkshop, OpenFailure, Canceled]);
export type OpenResponse = z.infer<typeof OpenResponse>;


export const RecentEntry = z.object({
  path: FilePath,
  fileName: FileName,
  title: z.string(),
  lastOpenedAt: z.iso.datetime(),
  exists: z.boolean(),
});
export type RecentEntry = z.infer<typeof RecentEntry>;

export const Settings = z.object({
  /** null until the user chooses; the app then follows the OS locale. */
  language: Language.nullable(),
  /** People who took part before, offered when adding participants; missing in older settings files. */
  people: z.array(KnownPerson).max(5_000).optional(),
  /** The organisation's Word template for the minutes; set only by main, from the file dialog (settings:chooseWordTemplate). */
  wordTemplate: WordTemplateInfo.nullable().optional(),
  /** The board's overview folded away by the user (it covers shapes on a small screen); missing in older settings files. */
  minimapCollapsed: z.boolean().optional(),
});
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  host: z.enum(['electron', 'chromium']),
  version: z.string(),
  platform: z.string(),
  /** The language in effect: the user's choice, or the OS locale's. */
  language: Language,
});
export type AppInfo = z.infer<typeof AppInfo>;

export const DraftId = z.uuid();
export const DraftInfo = z.object({
  draftId: DraftId,
  fileName: FileName.nullable(),
  title: z.string(),
  savedAt: z.iso.datetime(),
  /** The recovery copy is there but cannot be read: listed, so it never vanishes without a word. */
  damaged: z.boolean().default(false),
});
export type DraftInfo = z.infer<typeof DraftInfo>;

/**
 * Which recovery copy a save makes unnecessary: the renderer's draft id and the revision (a count
 * of changes) of the document it sends. A draft written from a later revision (edits made while
 * the save ran) is kept.
 */
export const DraftRef = z.object({ draftId: DraftId, revision: z.number().int().nonnegative() });
export type DraftRef = z.infer<typeof DraftRef>;

/**
 * What a save answers, in one round trip: the stamp of what is now on disk and the recent list and
 * drafts as they are after it. `notFlushed`: the file was replaced, but the disk did not confirm
 * the folder, so a power cut in the next moments could bring the old version back.
 * A conflict is `changed` (someone else saved it) or `missing` (it was moved or deleted).
 */
export const SaveResponse = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: FilePath,
    fileName: FileName,
    stamp: FileStamp,
    warning: z.enum(['notFlushed']).nullable(),
    recent: z.array(RecentEntry),
    drafts: z.array(DraftInfo),
  }),
  z.object({ status: z.literal('conflict'), reason: z.enum(['changed', 'missing']) }),
  z.object({ status: z.literal('failed'), problem: IoProblem, detail: z.string() }),
  Canceled,
]);
export type SaveResponse = z.infer<typeof SaveResponse>;
export type ConflictReason = Extract<SaveResponse, { status: 'conflict' }>['reason'];

export const DraftWriteResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written') }),
  z.object({ status: z.literal('failed'), problem: IoProblem, detail: z.string() }),
]);
export type DraftWriteResponse = z.infer<typeof DraftWriteResponse>;

export const RestoredDraft = z.object({
  status: z.literal('restored'),
  draftId: DraftId,
  document: Workshop,
  path: FilePath.nullable(),
  fileName: FileName.nullable(),
  /** The stamp of the file as it was when the draft's work began, for conflict detection. */
  stamp: FileStamp.nullable(),
});

/** One file the coordinator overview read: its digest, or why it could not be read. */
export const ScannedFile = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), path: FilePath, relativePath: z.string().max(4096), digest: WorkshopDigest }),
  z.object({ ok: z.literal(false), path: FilePath, relativePath: z.string().max(4096), problem: z.union([LoadProblem, IoProblem]), detail: z.string() }),
]);
export type ScannedFile = z.infer<typeof ScannedFile>;
export const FolderScan = z.discriminatedUnion('status', [
  z.object({ status: z.literal('scanned'), folder: FilePath, files: z.array(ScannedFile), ms: z.number().nonnegative() }),
  z.object({ status: z.literal('failed'), folder: FilePath, problem: IoProblem, detail: z.string() }),
  z.object({ status: z.literal('canceled') }),
]);
export type FolderScan = z.infer<typeof FolderScan>;

const none = z.undefined();
const ok = z.object({ ok: z.literal(true) });

/** Every request the renderer can make of main: channel → request schema → response schema. */
export const contract = {
  'app:info': { req: none, res: AppInfo },
  'settings:get': { req: none, res: Settings },
  'settings:update': { req: Settings.omit({ wordTemplate: true }).partial().strict(), res: Settings },
  'recent:list': { req: none, res: z.array(RecentEntry) },
  'recent:remove': { req: z.object({ path: FilePath }).strict(), res: z.array(RecentEntry) },
  'workshop:openDialog': { req: none, res: OpenResponse },
  'workshop:openRecent': { req: z.object({ path: FilePath }).strict(), res: OpenResponse },
  /** Reads again a file that is already open (after a conflict, the user chose the disk's version). */
  'workshop:reload': { req: z.object({ path: FilePath }).strict(), res: OpenResponse },
  'workshop:save': {
    req: z
      .object({
        path: FilePath,
        document: Workshop,
        /** The stamp the renderer last saw; null for a file it never read. */
        expectedStamp: FileStamp.nullable(),
        /** The user chose "overwrite" (or "save here again") after a conflict. */
        overwrite: z.boolean(),
        draft: DraftRef.nullable().default(null),
      })
      .strict(),
    res: SaveResponse,
  },
  'workshop:saveAs': {
    req: z.object({ document: Workshop, suggestedName: z.string().max(200), draft: DraftRef.nullable().default(null) }).strict(),
    res: SaveResponse,
  },
  'draft:list': { req: none, res: z.array(DraftInfo) },
  'draft:write': {
    req: z
      .object({ draftId: DraftId, path: FilePath.nullable(), stamp: FileStamp.nullable(), document: Workshop, revision: z.number().int().nonnegative().default(0) })
      .strict(),
    res: DraftWriteResponse,
  },
  'draft:discard': { req: z.object({ draftId: DraftId }).strict(), res: ok },
  'draft:restore': {
    req: z.object({ draftId: DraftId }).strict(),
    res: z.discriminatedUnion('status', [RestoredDraft, OpenFailure]),
  },
  'dialog:askUnsaved': {
    req: z.object({ fileName: z.string().max(1024) }).strict(),
    res: z.object({ choice: z.enum(['save', 'discard', 'cancel']) }),
  },
  /** `missing`: the file was moved or deleted; the choices are then save here again (overwrite), save as, cancel. */
  'dialog:askConflict': {
    req: z.object({ fileName: z.string().max(1024), reason: z.enum(['changed', 'missing']).default('changed') }).strict(),
    res: z.object({ choice: z.enum(['overwrite', 'saveAs', 'reload', 'cancel']) }),
  },
  'window:setState': { req: z.object({ title: z.string().max(2048), dirty: z.boolean() }).strict(), res: ok },
  'window:closeConfirmed': { req: none, res: ok },
  /** The coordinator overview: the user picks a folder; every .verkstad file in it and below is read. */
  'overview:chooseFolder': { req: none, res: FolderScan },
  /** Reads a folder the user picked before again. */
  'overview:rescan': { req: z.object({ folder: FilePath }).strict(), res: FolderScan },
  /** Opens a workshop found in a folder the user picked for the overview. */
  'overview:open': { req: z.object({ path: FilePath }).strict(), res: OpenResponse },
  /** "New workshop from this one": saves the prepared follow-up through the save dialog, then opens it. */
  'record:createFollowUp': { req: z.object({ document: Workshop, suggestedName: z.string().max(200) }).strict(), res: OpenResponse },
  ...reportContract,
  ...exchangeContract,
  ...drawioContract,
  ...runContract,
  ...roomContract,
  ...teamBoardsContract,
} as const satisfies Record<InvokeChannel, { req: z.ZodType; res: z.ZodType }>;

/** Messages main sends to the renderer. */
export const events = {
  'menu:command': z.object({ command: CommandId }),
  'app:closeRequested': z.object({}),
  'workshop:openedExternally': OpenResponse,
  /** A save is waiting: another program keeps refusing to let the file be replaced; Verkstad keeps trying. */
  'workshop:saveWaiting': z.object({ fileName: FileName, waitedMs: z.number().nonnegative(), attempt: z.number().int().positive() }),
  ...runEvents,
  ...roomEvents,
} as const satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof contract;
export type Request<C extends InvokeChannel> = z.input<Contract[C]['req']>;
export type Response<C extends InvokeChannel> = z.output<Contract[C]['res']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>;

/** The API the preload puts on `window.verkstad`. */
export type VerkstadApi = {
  invoke<C extends InvokeChannel>(channel: C, ...args: Request<C> extends undefined ? [] : [Request<C>]): Promise<Response<C>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
