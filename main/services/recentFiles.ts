import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { RecentEntry } from '../../shared/ipc/contract';
import { ValidatedJsonFile } from './jsonFileAdapter';

const StoredEntry = z.object({ path: z.string().min(1), title: z.string(), lastOpenedAt: z.iso.datetime() });
const RecentFile = z.object({ entries: z.array(StoredEntry) });
type RecentFile = z.infer<typeof RecentFile>;

export const MAX_RECENT = 12;


/** The recent-files list, a lowdb file `recent.json` in the app's data folder, newest first. */
export class RecentFilesService {
  private readonly db: Low<RecentFile>;
  private loaded: Promise<void> | null = null;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = new Low(new ValidatedJsonFile(join(dataDir, 'recent.json'), RecentFile), { entries: [] });
  }

  private ready(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }

  async add(path: string, title: string): Promise<void> {
    await this.ready();
    await this.db.update((data) => {
      data.entries = [
        { path, title, lastOpenedAt: this.now().toISOString() },
        ...data.entries.filter((entry) => entry.path !== path),
      ].slice(0, MAX_RECENT);
    });
  }

  async remove(path: string): Promise<void> {
    await this.ready();
    await this.db.update((data) => {
      data.entries = data.entries.filter((entry) => entry.path !== path);
    });
  }

  async has(path: string): Promise<boolean> {
    await this.ready();
    return this.db.data.entries.some((entry) => entry.path === path);
  }

  async list(): Promise<RecentEntry[]> {
    await this.ready();
    return Promise.all(
      this.db.data.entries.map(async (entry) => ({
        ...entry,
        fileName: basename(entry.path),
        exists: await access(entry.path).then(
          () => true,
          () => false,
        ),
      })),
    );
  }
}
