import { z } from 'zod';
import { migrate, MigrationGapError, type RawDocument } from './migrations';
import { firstIssues, type IssueLine } from './issues';
import { CURRENT_FORMAT_VERSION, FILE_KIND, Workshop } from './workshop';

/** Why a file could not be opened. The renderer turns the code into a sentence in the user's language. */
export const LoadProblem = z.enum(['empty', 'notJson', 'notWorkshop', 'schema', 'newerVersion', 'migration']);
export type LoadProblem = z.infer<typeof LoadProblem>;

export type LoadResult =
  | { ok: true; document: Workshop; readOnly: false }
  | { ok: true; document: Workshop; readOnly: true; fileVersion: number }
  | { ok: false; problem: LoadProblem; detail: string; issues?: IssueLine[] };

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

/** How many schema problems the app's message names; the command line asks for more. */
const ISSUES_IN_DETAIL = 5;

/**
 * A file's bytes as text, exactly as every reader of workshop files decodes them: UTF-8, with a
 * byte-order mark (which some editors write) dropped.
 */
export function decodeWorkshopBytes(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Why the text is not JSON, without any of the text itself: the engine's own message quotes the
 * start of the file, and a file picked by mistake may hold a password or a key.
 */
function notJsonDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (!position) return /end of JSON/i.test(message) ? 'the file is not valid JSON: it ends too early' : 'the file is not valid JSON';
  const at = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `the file is not valid JSON (line ${line}, column ${column})`;
}

export interface ParseOptions {
  /** List up to this many schema problems in `issues` (the command line shows them all). */
  maxIssues?: number;
}

function schemaFailure(schema: z.ZodType, value: unknown, error: z.ZodError | null, options: ParseOptions, prefix = ''): Extract<LoadResult, { ok: false }> {
  const limit = Math.max(options.maxIssues ?? 0, ISSUES_IN_DETAIL);
  const lines = firstIssues(schema, value, error, limit);
  return {
    ok: false,
    problem: 'schema',
    detail: prefix + lines.slice(0, ISSUES_IN_DETAIL).join('; '),
    ...(options.maxIssues ? { issues: lines.slice(0, options.maxIssues) } : {}),
  };
}

/** Turns the text of a `.verkstad` file into a workshop, or says exactly what is wrong with it (never quoting it). */
export function parseWorkshopText(text: string, options: ParseOptions = {}): LoadResult {
  if (text.trim() === '') return { ok: false, problem: 'empty', detail: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: notJsonDetail(text, error) };
  }
  return parseWorkshopValue(raw, options);
}

/** The same for a value already parsed from JSON (a crash-recovery draft's document). */
export function parseWorkshopValue(raw: unknown, options: ParseOptions = {}): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { kind?: unknown }).kind !== FILE_KIND) {
    return { ok: false, problem: 'notWorkshop', detail: `"kind" is not "${FILE_KIND}"` };
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'schema', detail: 'formatVersion: expected a whole number from 1' };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const parsed = safeParse(NewerWorkshop, raw);
    if (!parsed.success) {
      const failure = schemaFailure(NewerWorkshop, raw, parsed.error, options, `format version ${version}: `);
      return { ...failure, problem: 'newerVersion' };
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
  const parsed = safeParse(Workshop, migrated);
  if (!parsed.success) return schemaFailure(Workshop, migrated, parsed.error, options);
  return { ok: true, readOnly: false, document: remember(parsed.data) };
}

/**
 * zod's safeParse, except that a document with so many problems that zod cannot gather them
 * (it spreads each part's list into its parent's, which overflows the call stack past about a
 * hundred thousand) fails like any other invalid document; `firstIssues` then finds the first
 * few part by part.
 */
function safeParse<S extends z.ZodType>(schema: S, value: unknown): { success: true; data: z.output<S> } | { success: false; error: z.ZodError | null } {
  try {
    const result = schema.safeParse(value);
    return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
  } catch (error) {
    if (error instanceof RangeError) return { success: false, error: null };
    throw error;
  }
}

/** The file's text: stable key order from the schema, two-space indent, newline at the end. */
export function serializeWorkshop(doc: Workshop): string {
  return `${JSON.stringify(Workshop.parse(doc), null, 2)}\n`;
}
