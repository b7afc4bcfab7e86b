import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, DraftInfo, IoProblem, OpenResponse, RecentEntry, SaveResponse, VerkstadApi } from '../../shared/ipc/contract';
import type { LoadProblem } from '../../shared/model/load';
import { newWorkshop } from '../../shared/model/defaults';
import { Workshop } from '../../shared/model/workshop';
import type { Language } from '../../shared/model/language';
import { Editor } from '../editor/editor';
import { WorkshopSession } from './session';

/** Something the user must read: a file that would not open or save, or a save the disk did not confirm. */
export type Notice =
  | { kind: 'openFailed'; fileName: string; problem: LoadProblem | IoProblem; detail: string }
  | { kind: 'saveFailed'; fileName: string; problem: IoProblem | 'contents'; detail: string }
  | { kind: 'savedNotFlushed'; fileName: string }
  | { kind: 'draftFailed'; problem: IoProblem | null; detail: string };

export interface WorkspaceState {
  info: AppInfo | null;
  language: Language;
  editor: Editor | null;
  /** The open workshop's editor, canvas and their state together (null when none is open). */
  session: WorkshopSession | null;
  recent: RecentEntry[];
  drafts: DraftInfo[];
  notice: Notice | null;
  settingsOpen: boolean;
  /** A save waiting on another program that holds the file (main retries, and says so). */
  saveWaiting: { fileName: string; waitedMs: number } | null;
}

/**
 * Crash-recovery drafts are a throttle, not a debounce: the first unsaved change starts the clock,
 * and later changes never push the draft further away, so continuous editing is never more than
 * about a second from its copy on disk. The write is started from an idle moment of the page long
 * enough for it (requestIdleCallback, at most DRAFT_IDLE_MS late), so sending a large document to
 * main does not land in the middle of a keystroke or push out the next frame of a drag.
 */
export const DRAFT_INTERVAL_MS = 750;
export const DRAFT_IDLE_MS = 250;

type IdleDeadline = { timeRemaining(): number; didTimeout: boolean };
type IdleWindow = { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options: { timeout: number }) => number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The file flows of the app, without React: new, open, save (with conflict handling), save as,
 * close with the unsaved-changes question, crash-recovery drafts. The UI calls these; tests
 * drive them with a fake `VerkstadApi`.
 */
export class Workspace {
  readonly store: StoreApi<WorkspaceState>;
  private stopDraftWatch: (() => void) | null = null;
  private draftTimer: ReturnType<typeof setTimeout> | null = null;
  /** Counts every change of the open document: a draft and a save each carry the revision they hold. */
  private revision = 0;
  /** When the oldest change not yet in a draft was made; null when every change is in one. */
  private pendingSince: number | null = null;
  private draftWriting: Promise<void> | null = null;
  /** A draft write failed: the user was told once, and is told again only after one succeeded. */
  private draftFailing = false;
  /** How long handing the last draft to main held the page (serialising a large document). */
  private draftCostMs = 0;

  constructor(
    private readonly api: VerkstadApi,
    private readonly untitledName: () => string,
  ) {
    this.store = createStore<WorkspaceState>(() => ({
      info: null,
      language: 'en',
      editor: null,
      session: null,
      recent: [],
      drafts: [],
      notice: null,
      settingsOpen: false,
      saveWaiting: null,
    }));
  }

  get state(): WorkspaceState {
    return this.store.getState();
  }

  async init(): Promise<void> {
    this.api.on('workshop:saveWaiting', ({ fileName, waitedMs }) => this.store.setState({ saveWaiting: { fileName, waitedMs } }));
    const info = await this.api.invoke('app:info');
    this.store.setState({ info, language: info.language });
    await this.refreshLists();
  }

  /**
   * A list that cannot be read (the drafts folder replaced by a file, a broken disk) is shown empty
   * rather than keeping the app from starting; a draft that cannot then be written is said
   * (draftFailed), so the user learns the recovery copies are not working.
   */
  async refreshLists(): Promise<void> {
    const [recent, drafts] = await Promise.allSettled([this.api.invoke('recent:list'), this.api.invoke('draft:list')]);
    this.store.setState({ recent: recent.status === 'fulfilled' ? recent.value : [], drafts: drafts.status === 'fulfilled' ? drafts.value : [] });
  }

  displayName(editor: Editor | null = this.state.editor): string {
    return editor?.origin.fileName ?? (editor?.document.header.title || this.untitledName());
  }

  private setEditor(editor: Editor | null): void {
    this.stopDraftWatch?.();
    this.stopDraftWatch = null;
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.draftTimer = null;
    this.pendingSince = null;
    this.state.session?.dispose();
    this.store.setState({ editor, session: editor ? new WorkshopSession(editor) : null });
    if (editor) this.stopDraftWatch = editor.store.subscribe(() => this.documentChanged(editor));
  }

  private documentChanged(editor: Editor): void {
    this.revision += 1;
    this.pendingSince ??= Date.now();
    // Already on its way (a timer set, or a write whose end schedules the next): never postponed.
    if (this.draftTimer === null && this.draftWriting === null) this.scheduleDraft(editor);
  }

  /** The next draft, due DRAFT_INTERVAL_MS after the oldest change not yet in one. */
  private scheduleDraft(editor: Editor): void {
    const due = Math.max(0, (this.pendingSince ?? Date.now()) + DRAFT_INTERVAL_MS - Date.now());
    this.draftTimer = setTimeout(() => {
      const idle = (globalThis as IdleWindow).requestIdleCallback;
      if (!idle) return void this.flushDraft(editor);
      // An idle moment long enough for handing the draft over (as long as the last one took), so
      // it does not push the next frame of a drag or a run of nudges out; at most DRAFT_IDLE_MS late.
      const latest = performance.now() + DRAFT_IDLE_MS;
      const wait = () =>
        idle(
          (deadline) => {
            if (deadline.didTimeout || deadline.timeRemaining() >= this.draftCostMs || performance.now() >= latest) void this.flushDraft(editor);
            else wait();
          },
          { timeout: Math.max(1, latest - performance.now()) },
        );
      wait();
    }, due);
  }

  /** Writes the draft now (or removes it when undo brought the document back to what is saved). */
  async flushDraft(editor: Editor): Promise<void> {
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.draftTimer = null;
    if (editor !== this.state.editor) return;
    await this.draftWriting;
    this.pendingSince = null;
    const writing = this.writeDraft(editor, this.revision);
    this.draftWriting = writing;
    try {
      await writing;
    } finally {
      this.draftWriting = null;
      // Changes made while it was written: their clock started when they were made.
      if (this.pendingSince !== null && editor === this.state.editor && this.draftTimer === null) this.scheduleDraft(editor);
    }
  }

  private async writeDraft(editor: Editor, revision: number): Promise<void> {
    try {
      if (!editor.dirty) {
        await this.api.invoke('draft:discard', { draftId: editor.state.draftId });
        return;
      }
      const started = performance.now();
      const writing = this.api.invoke('draft:write', {
        draftId: editor.state.draftId,
        path: editor.origin.path,
        stamp: editor.origin.stamp,
        document: editor.document,
        revision,
      });
      this.draftCostMs = performance.now() - started;
      const result = await writing;
      if (result.status === 'written') this.draftFailing = false;
      else this.draftFailed(result.problem, result.detail);
    } catch (error) {
      this.draftFailed(null, errorText(error));
    }
  }

  private draftFailed(problem: IoProblem | null, detail: string): void {
    if (this.draftFailing) return;
    this.draftFailing = true;
    this.store.setState({ notice: { kind: 'draftFailed', problem, detail } });
  }

  /** True when it is fine to drop the open document: nothing unsaved, or the user saved or chose to discard. */
  async confirmLeave(): Promise<boolean> {
    const editor = this.state.editor;
    if (!editor || !editor.dirty) return true;
    const { choice } = await this.api.invoke('dialog:askUnsaved', { fileName: this.displayName(editor) });
    if (choice === 'cancel') return false;
    if (choice === 'save') return this.save();
    return true;
  }

  private async leave(): Promise<void> {
    const editor = this.state.editor;
    if (editor) await this.api.invoke('draft:discard', { draftId: editor.state.draftId });
    this.setEditor(null);
  }

  /** A new workshop; `make` builds a particular kind (a board meeting) in the app's language. */
  async newWorkshop(make?: (language: Language) => Workshop): Promise<void> {
    if (!(await this.confirmLeave())) return;
    await this.leave();
    const doc = make ? make(this.state.language) : newWorkshop();
    doc.header.language = this.state.language;
    this.setEditor(new Editor(doc, { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null }));
    if (this.state.session) this.state.session.pendingFocus = 'title';
  }

  async open(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    await this.showOpened(await this.api.invoke('workshop:openDialog'));
  }

  async openRecent(path: string): Promise<void> {
    if (!(await this.confirmLeave())) return;
    await this.showOpened(await this.api.invoke('workshop:openRecent', { path }));
  }

  /** A file opened from outside (double-click, command line). */
  async openedExternally(result: OpenResponse): Promise<void> {
    if (result.status === 'opened' && !(await this.confirmLeave())) return;
    await this.showOpened(result);
  }

  private async showOpened(result: OpenResponse): Promise<void> {
    if (result.status === 'canceled') return;
    if (result.status === 'failed') {
      this.store.setState({ notice: { kind: 'openFailed', fileName: result.fileName, problem: result.problem, detail: result.detail } });
      await this.refreshLists();
      return;
    }
    await this.leave();
    this.setEditor(
      new Editor(result.document, {
        path: result.path,
        fileName: result.fileName,
        stamp: result.stamp,
        readOnly: result.readOnly,
        fileVersion: result.fileVersion,
      }),
    );
    await this.refreshLists();
  }

  /** Save; a file never saved goes through Save as. Returns whether the document is now saved. */
  async save(): Promise<boolean> {
    const editor = this.state.editor;
    if (!editor || editor.origin.readOnly) return false;
    const path = editor.origin.path;
    return this.saying(editor, () => (path === null ? this.saveAs() : this.saveTo(editor, path, false)));
  }

  /**
   * A save that throws (the bridge refused the document, main did not answer) is said like any
   * failed save, so Save and Save as… never do nothing silently; the work stays in the app.
   */
  private async saying(editor: Editor, attempt: () => Promise<boolean>): Promise<boolean> {
    try {
      return await attempt();
    } catch (error) {
      const contents = Workshop.safeParse(editor.document);
      const detail = contents.success ? errorText(error) : contents.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      this.store.setState({ notice: { kind: 'saveFailed', fileName: this.displayName(editor), problem: contents.success ? 'unknown' : 'contents', detail } });
      return false;
    }
  }

  /** The draft a save of the current document makes unnecessary (a later draft is kept by main). */
  private draftRef(editor: Editor): { draftId: string; revision: number } {
    return { draftId: editor.state.draftId, revision: this.revision };
  }

  private async saveTo(editor: Editor, path: string, overwrite: boolean): Promise<boolean> {
    const result = await this.saving(() =>
      this.api.invoke('workshop:save', {
        path,
        document: editor.document,
        expectedStamp: editor.origin.stamp,
        overwrite,
        draft: this.draftRef(editor),
      }),
    );
    if (result.status !== 'conflict') return this.afterSave(editor, result);
    // Changed by someone else, or moved/deleted: the user chooses; nothing is recreated or overwritten silently.
    const { choice } = await this.api.invoke('dialog:askConflict', { fileName: this.displayName(editor), reason: result.reason });
    if (choice === 'overwrite') return this.saveTo(editor, path, true);
    if (choice === 'saveAs') return this.saveAs();
    if (choice === 'reload' && result.reason === 'changed') {
      const reloaded = await this.api.invoke('workshop:reload', { path });
      if (reloaded.status === 'opened') await this.api.invoke('draft:discard', { draftId: editor.state.draftId });
      await this.showOpened(reloaded);
    }
    return false;
  }

  async saveAs(): Promise<boolean> {
    const editor = this.state.editor;
    if (!editor || editor.origin.readOnly) return false;
    return this.saying(editor, async () => {
      const result = await this.saving(() =>
        this.api.invoke('workshop:saveAs', { document: editor.document, suggestedName: this.untitledName(), draft: this.draftRef(editor) }),
      );
      return this.afterSave(editor, result);
    });
  }

  /** Clears the "another program holds the file" line once the save is over, however it ended. */
  private async saving<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } finally {
      this.store.setState({ saveWaiting: null });
    }
  }

  /** One round trip: main has written the file, dropped the draft and sent the lists back. */
  private afterSave(editor: Editor, result: SaveResponse): boolean {
    // Save as never conflicts: the OS dialog already asked about replacing a file.
    if (result.status === 'canceled' || result.status === 'conflict') return false;
    if (result.status === 'failed') {
      this.store.setState({ notice: { kind: 'saveFailed', fileName: this.displayName(editor), problem: result.problem, detail: result.detail } });
      return false;
    }
    editor.markSaved(result.path, result.fileName, result.stamp);
    this.store.setState({
      recent: result.recent,
      drafts: result.drafts,
      ...(result.warning === 'notFlushed' ? { notice: { kind: 'savedNotFlushed' as const, fileName: result.fileName } } : {}),
    });
    return true;
  }

  async close(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    await this.leave();
    await this.refreshLists();
  }

  /** The window is closing (or the app quitting): ask about unsaved work, then let it close. */
  async closeRequested(): Promise<void> {
    if (!(await this.confirmLeave())) return;
    await this.leave();
    await this.api.invoke('window:closeConfirmed');
  }

  async restoreDraft(draftId: string): Promise<void> {
    if (!(await this.confirmLeave())) return;
    const result = await this.api.invoke('draft:restore', { draftId });
    if (result.status === 'failed') {
      this.store.setState({ notice: { kind: 'openFailed', fileName: result.fileName, problem: result.problem, detail: result.detail } });
      return;
    }
    await this.leave();
    const origin = { path: result.path, fileName: result.fileName, stamp: result.stamp, readOnly: false, fileVersion: null };
    this.setEditor(new Editor(result.document, origin, { draftId, dirty: true }));
    await this.refreshLists();
  }

  async discardDraft(draftId: string): Promise<void> {
    await this.api.invoke('draft:discard', { draftId });
    await this.refreshLists();
  }

  async removeRecent(path: string): Promise<void> {
    this.store.setState({ recent: await this.api.invoke('recent:remove', { path }) });
  }

  async setLanguage(language: Language): Promise<void> {
    await this.api.invoke('settings:update', { language });
    this.store.setState({ language });
  }

  dismissNotice(): void {
    this.store.setState({ notice: null });
  }

  setSettingsOpen(settingsOpen: boolean): void {
    this.store.setState({ settingsOpen });
  }
}
