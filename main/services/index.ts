import { basename, extname, resolve } from 'node:path';
import type { DraftInfo, DraftRef, FileStamp, OpenResponse, RecentEntry, SaveResponse } from '../../shared/ipc/contract';
import type { Workshop } from '../../shared/model/workshop';
import type { DurableWriteOptions } from './durableWrite';
import { detailOf, ioProblemOf } from './ioProblem';
import { DraftsService } from './drafts';
import { DraftPreparer } from './draftPreparer';
import { PathGrants } from './pathGrants';
import { RecentFilesService } from './recentFiles';
import { AgendaTemplatesService, TimerPreferencesService } from './runLibrary';
import { SettingsService } from './settings';
import { WorkshopFiles } from './workshopFile';
import { WorkshopFolders } from './workshopFolder';
import { RoomService } from './room/service';

export const FILE_EXTENSION = '.verkstad';

export interface SaveRequest {
  /** The path as the user chose it (granted). */
  path: string;
  document: Workshop;
  expectedStamp: FileStamp | null;
  overwrite: boolean;
  /** The recovery copy this save makes unnecessary. */
  draft: DraftRef | null;
  onRetry?: DurableWriteOptions['onRetry'];
}

export interface ServiceOptions {
  dataDir: string;
  now?: () => Date;
  writeOptions?: DurableWriteOptions;
  /** The built participant page the room serves (default: out/participant under the working folder). */
  roomPageDir?: string;
  /** Check and serialise drafts in a worker thread (the default); false does it on main's event loop, as bench:room compares. */
  draftsOffThread?: boolean;
}

/** Every host-agnostic service, built on one data folder. Electron and the Chromium host both use this. */
export function createServices(options: ServiceOptions) {
  const now = options.now ?? (() => new Date());
  const services = {
    files: new WorkshopFiles(options.writeOptions),
    settings: new SettingsService(options.dataDir),
    recent: new RecentFilesService(options.dataDir, now),
    drafts: new DraftsService(options.dataDir, now),
    /** Checks a draft request and makes its text in a worker, off main's event loop (draftPreparer.ts). */
    draftPreparer: new DraftPreparer(options.draftsOffThread ?? true),
    grants: new PathGrants(),
    templates: new AgendaTemplatesService(options.dataDir, now),
    timer: new TimerPreferencesService(options.dataDir),
    folders: new WorkshopFolders(),
    /** The room phones join (main/services/room/): closed until a window opens it. */
    room: new RoomService({ pageDir: options.roomPageDir ?? resolve('out/participant') }),
    /** Opens a path the user chose, grants it, and remembers it in the recent list. */
    async openChosenPath(path: string): Promise<OpenResponse> {
      const granted = await services.grants.grant(path);
      // A file in the recent list that is gone was moved or deleted; any other never existed.
      const openedBefore = await services.recent.has(granted);
      const result = await services.files.open(granted, { openedBefore });
      if (result.status === 'opened') await services.recent.add(granted, result.document.header.title).catch(() => undefined);
      return result;
    },
    /** The recent list and the recovery copies, as the start screen shows them. */
    async lists(): Promise<{ recent: RecentEntry[]; drafts: DraftInfo[] }> {
      const [recent, drafts] = await Promise.all([services.recent.list(), services.drafts.list()]);
      return { recent, drafts };
    },
    /**
     * The whole save in one call: the grant checked against where the path leads now, one read
     * and one durable write of the file and its backup (WorkshopFiles.save), then the recent list,
     * the draft this save makes unnecessary, and the lists the renderer shows afterwards.
     */
    async saveWorkshop(request: SaveRequest): Promise<SaveResponse> {
      const path = resolve(request.path);
      let real: string;
      try {
        real = await services.grants.resolveForWrite(path);
      } catch (error) {
        return { status: 'failed', problem: ioProblemOf(error), detail: detailOf(error) };
      }
      const result = await services.files.save(real, request.document, request.expectedStamp, request.overwrite, { onRetry: request.onRetry });
      if (result.status !== 'saved') return result;
      // The file is saved: a recent list or a draft that cannot be updated must not make it look unsaved.
      await services.recent.add(path, request.document.header.title).catch(() => undefined);
      if (request.draft) await services.drafts.discardUpTo(request.draft.draftId, request.draft.revision).catch(() => undefined);
      return { status: 'saved', path, fileName: basename(path), stamp: result.stamp, warning: result.warning, ...(await services.lists()) };
    },
  };
  return services;
}
export type Services = ReturnType<typeof createServices>;

export function withWorkshopExtension(path: string): string {
  return extname(path).toLowerCase() === FILE_EXTENSION ? path : `${path}${FILE_EXTENSION}`;
}

export function suggestedFileName(title: string, fallback: string): string {
  // Characters no file system accepts in a name, and control characters, become spaces.
  // eslint-disable-next-line no-control-regex
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${cleaned || fallback}${FILE_EXTENSION}`;
}

export { basename };
