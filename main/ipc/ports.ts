import type { EventChannel } from '../../shared/ipc/channels';
import type { ConflictReason, EventPayload } from '../../shared/ipc/contract';
import type { Display, ProjectorOpened } from '../../shared/ipc/runContract';
import type { Language } from '../../shared/model/language';

/** The kind of file a save dialog offers: its name in the user's language and its extensions. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** The OS dialogs, behind a port: native in Electron, scripted in the Chromium host's tests. */
export interface DialogPort {
  /** Without a filter the dialog offers workshop files; imports and the Word template pass their own. */
  chooseFileToOpen(filter?: SaveFilter): Promise<string | null>;
  /** Without a filter the dialog offers workshop files; exports pass their own (PDF, SVG, PNG). */
  chooseFileToSave(suggestedName: string, filter?: SaveFilter): Promise<string | null>;
  /** A folder: to read workshops from (the coordinator overview), or, with a title, to write into (Send actions…). */
  chooseFolder(title?: string): Promise<string | null>;
  askUnsaved(fileName: string): Promise<'save' | 'discard' | 'cancel'>;
  /** `missing`: the file was moved or deleted; "overwrite" then saves it there again, and there is nothing to reload. */
  askConflict(fileName: string, reason: ConflictReason): Promise<'overwrite' | 'saveAs' | 'reload' | 'cancel'>;
}

/** The window that made a request. */
export interface WindowPort {
  setState(state: { title: string; dirty: boolean }): void;
  closeConfirmed(): void;
  /**
   * Sends an event of the contract to this window: the room's updates go to the window that opened
   * it, and a save waiting on a held file says so while its request is still running.
   */
  send?<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
}

export interface HostInfo {
  host: 'electron' | 'chromium';
  version: string;
  platform: string;
  osLocale: string;
}

/** The projector window of the window that made a request (run mode). */
export interface ProjectorPort {
  displays(): Promise<Display[]>;
  open(displayId: number | null, link: string): Promise<ProjectorOpened>;
  close(): Promise<void>;
}

export interface CallContext {
  window: WindowPort;
  /** Missing in a host that has no projector window. */
  projector?: ProjectorPort;
}

export type LanguageSource = () => Promise<Language>;
