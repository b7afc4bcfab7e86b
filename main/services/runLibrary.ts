import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AgendaTemplate, DEFAULT_TIMER_PREFERENCES, StoredTimerPreferences, type TemplateItem, type TimerPreferences } from '../../shared/ipc/runContract';
import { ValidatedJsonFile } from './jsonFileAdapter';

/** The facilitator's own agenda templates, a lowdb file `agenda-templates.json` in the app's data folder. */
export class AgendaTemplatesService {
  private readonly db: Low<{ templates: AgendaTemplate[] }>;
  private loaded: Promise<void> | null = null;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = new Low(new ValidatedJsonFile(join(dataDir, 'agenda-templates.json'), z.object({ templates: z.array(AgendaTemplate) })), { templates: [] });
  }

  private ready(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }

  async list(): Promise<AgendaTemplate[]> {
    await this.ready();
    return [...this.db.data.templates].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Saves the agenda under a name; a template of the same name is replaced (the user chose the name again). */
  async save(name: string, items: TemplateItem[]): Promise<AgendaTemplate[]> {
    await this.ready();
    const trimmed = name.trim();
    await this.db.update((data) => {
      data.templates = data.templates.filter((template) => template.name.toLocaleLowerCase() !== trimmed.toLocaleLowerCase());
      data.templates.push({ id: globalThis.crypto.randomUUID(), name: trimmed, createdAt: this.now().toISOString(), items });
    });
    return this.list();
  }

  async delete(id: string): Promise<AgendaTemplate[]> {
    await this.ready();
    await this.db.update((data) => {
      data.templates = data.templates.filter((template) => template.id !== id);
    });
    return this.list();
  }
}

/** Timer colours, chime and the projector's board, a lowdb file `timer.json` in the app's data folder. */
export class TimerPreferencesService {
  private readonly db: Low<TimerPreferences>;
  private loaded: Promise<void> | null = null;

  constructor(dataDir: string) {
    this.db = new Low(new ValidatedJsonFile(join(dataDir, 'timer.json'), StoredTimerPreferences), { ...DEFAULT_TIMER_PREFERENCES });
  }

  private ready(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }

  async get(): Promise<TimerPreferences> {
    await this.ready();
    return { ...this.db.data };
  }

  async update(patch: Partial<TimerPreferences>): Promise<TimerPreferences> {
    await this.ready();
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    await this.db.update((data) => Object.assign(data, defined));
    return { ...this.db.data };
  }
}
