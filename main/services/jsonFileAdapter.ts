import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { errorCode, writeFileDurably, type DurableWriteOptions } from './durableWrite';

/**
 * A lowdb adapter for the app's own small files (settings, recent list): validated with zod on
 * read, written durably. A damaged file is moved aside (`.damaged-<time>`) rather than
 * overwritten, and the app starts from defaults.
 */
export class ValidatedJsonFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    readonly path: string,
    private readonly schema: S,
    private readonly writeOptions: DurableWriteOptions = {},
  ) {}

  async read(): Promise<z.output<S> | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    let parsed: z.ZodSafeParseResult<z.output<S>>;
    try {
      parsed = this.schema.safeParse(JSON.parse(text));
    } catch {
      parsed = { success: false } as z.ZodSafeParseResult<z.output<S>>;
    }
    if (parsed.success) return parsed.data;
    await rename(this.path, `${this.path}.damaged-${Date.now()}`).catch(() => undefined);
    return null;
  }

  async write(data: z.output<S>): Promise<void> {
    // The app's data folder may not exist yet on first start (drafts create theirs the same way).
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileDurably(this.path, `${JSON.stringify(data, null, 2)}\n`, this.writeOptions);
  }
}
