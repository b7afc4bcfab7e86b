import { basename, extname, resolve } from 'node:path';
import type { OpenResponse } from '../../shared/ipc/contract';
import type { DurableWriteOptions } from './durableWrite';
import { DraftsService } from './drafts';
import { PathGrants } from './pathGrants';
import { RecentFilesService } from './recentFiles';
import { AgendaTemplatesService, TimerPreferencesService } from './runLibrary';
import { SettingsService } from './settings';
import { WorkshopFiles } from './workshopFile';
import { WorkshopFolders } from './workshopFolder';
import { RoomService } from './room/service';

export const FILE_EXTENSION = '.verkstad';

export interface ServiceOptions {
  dataDir: string;
  now?: () => Date;
  writeOptions?: DurableWriteOptions;
  /** The built participant page the room serves (default: out/participant under the working folder). */
  roomPageDir?: string;
}

/** Every host-agnostic service, built on one data folder. Electron and the Chromium host both use this. */
export function createServices(options: ServiceOptions) {
  const now = options.now ?? (() => new Date());
  const services = {
    files: new WorkshopFiles(options.writeOptions),
    settings: new SettingsService(options.dataDir),
    recent: new RecentFilesService(options.dataDir, now),
    drafts: new DraftsService(options.dataDir, now),
    grants: new PathGrants(),
    templates: new AgendaTemplatesService(options.dataDir, now),
    timer: new TimerPreferencesService(options.dataDir),
    folders: new WorkshopFolders(),
    /** The room phones join (main/services/room/): closed until a window opens it. */
    room: new RoomService({ pageDir: options.roomPageDir ?? resolve('out/participant') }),
    /** Opens a path the user chose, grants it, and remembers it in the recent list. */
    async openChosenPath(path: string): Promise<OpenResponse> {
      const granted = services.grants.grant(path);
      const result = await services.files.open(granted);
      if (result.status === 'opened') await services.recent.add(granted, result.document.header.title);
      return result;
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
