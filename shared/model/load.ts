import { z } from 'zod';
import { migrate, MigrationGapError, type RawDocument } from './migrations';
import { CURRENT_FORMAT_VERSION, FILE_KIND, Workshop } from './workshop';

/** Why a file could not be opened. The renderer turns the code into a sentence in the user's language. */
export const LoadProblem = z.enum(['empty', 'notJson', 'notWorkshop', 'schema', 'newerVersion', 'migration']);
export type LoadProblem = z.infer<typeof LoadProblem>;

export type LoadResult =
  | { ok: true; document: Workshop; readOnly: false }
  | { ok: true; document: Workshop; readOnly: true; fileVersion: number }
  | { ok: false; problem: LoadProblem; detail: string };

/** A file from a newer version is read with the current schema but its version number let through. */
const NewerWorkshop = Workshop.extend({ formatVersion: z.number().int() });

/**
 * Documents this module has just checked against the schema. Main sends them on without checking
 * them a second time (shared/ipc/contract.ts): for a 10,000-shape map zod's check costs as much as
 * reading the file.
 */
const checked = new WeakSet<object>();
export const isCheckedWorkshop = (value: unknown): value is Workshop => typeof value === 'object' && value !== null && checked.has(value);
const remember = <T extends object>(doc: T): T => {
  checked.add(doc);
  return doc;
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Turns the text of a `.verkstad` file into a workshop, or says exactly what is wrong with it. */
export function parseWorkshopText(text: string): LoadResult {
  if (text.trim() === '') return { ok: false, problem: 'empty', detail: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { kind?: unknown }).kind !== FILE_KIND) {
    return { ok: false, problem: 'notWorkshop', detail: `"kind" is not "${FILE_KIND}"` };
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'schema', detail: 'formatVersion: expected a whole number from 1' };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const parsed = NewerWorkshop.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, problem: 'newerVersion', detail: `format version ${version}: ${describeIssues(parsed.error)}` };
    }
    return {
      ok: true,
      readOnly: true,
      fileVersion: version,
      document: remember({ ...parsed.data, formatVersion: CURRENT_FORMAT_VERSION }),
    };
  }
  let migrated: RawDocument;
  try {
    migrated = migrate(raw as RawDocument, CURRENT_FORMAT_VERSION);
  } catch (error) {
    if (error instanceof MigrationGapError) return { ok: false, problem: 'migration', detail: error.message };
    throw error;
  }
  const parsed = Workshop.safeParse(migrated);
  if (!parsed.success) return { ok: false, problem: 'schema', detail: describeIssues(parsed.error) };
  return { ok: true, readOnly: false, document: remember(parsed.data) };
}

/** The file's text: stable key order from the schema, two-space indent, newline at the end. */
export function serializeWorkshop(doc: Workshop): string {
  return `${JSON.stringify(Workshop.parse(doc), null, 2)}\n`;
}
