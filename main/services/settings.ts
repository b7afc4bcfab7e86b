import { join } from 'node:path';
import { Low } from 'lowdb';
import { Settings } from '../../shared/ipc/contract';
import { ValidatedJsonFile } from './jsonFileAdapter';

const defaults: Settings = { language: null };

/** App settings, a lowdb file `settings.json` in the app's data folder. */
export class SettingsService {
  private readonly db: Low<Settings>;
  private loaded: Promise<void> | null = null;

  constructor(dataDir: string) {
    this.db = new Low(new ValidatedJsonFile(join(dataDir, 'settings.json'), Settings), { ...defaults });
  }

  private ready(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }

  async get(): Promise<Settings> {
    await this.ready();
    return { ...this.db.data };
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    await this.ready();
    // A key sent as undefined means "leave as it is"; assigning it would write an invalid file.
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    await this.db.update((data) => Object.assign(data, defined));
    return { ...this.db.data };
  }
}
