import { z } from 'zod';

/** One schema problem as a line: where (`boards.0.shapes.3.w`) and what. */
export type IssueLine = string;

/** The names of every field the schema knows, so a path shows only our words, never a key taken from the file. */
const knownKeysOf = new WeakMap<z.ZodType, Set<string>>();

function collectKeys(schema: z.ZodType, keys: Set<string>, seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const inner = innerOf(schema);
  if (inner) return collectKeys(inner, keys, seen);
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      keys.add(key);
      collectKeys(child, keys, seen);
    }
  } else if (schema instanceof z.ZodArray) collectKeys(schema.element as z.ZodType, keys, seen);
  else if (schema instanceof z.ZodUnion) for (const option of schema.options as z.ZodType[]) collectKeys(option, keys, seen);
  else if (schema instanceof z.ZodRecord) collectKeys(schema.valueType as z.ZodType, keys, seen);
  else if (schema instanceof z.ZodPipe) {
    collectKeys(schema.in as z.ZodType, keys, seen);
    collectKeys(schema.out as z.ZodType, keys, seen);
  }
}

function knownKeys(schema: z.ZodType): Set<string> {
  let keys = knownKeysOf.get(schema);
  if (!keys) {
    keys = new Set();
    collectKeys(schema, keys, new Set());
    knownKeysOf.set(schema, keys);
  }
  return keys;
}

/** The schema inside a default, optional or nullable wrapper, or null for any other schema. */
function innerOf(schema: z.ZodType): z.ZodType | null {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodPrefault) {
    return schema.unwrap() as z.ZodType;
  }
  return null;
}

function lineOf(path: readonly PropertyKey[], message: string, keys: Set<string>): IssueLine {
  // Record keys (ids of agenda items, stickies) come from the file: they are shown as "…".
  const where = path.map((segment) => (typeof segment === 'number' || keys.has(String(segment)) ? String(segment) : '…')).join('.');
  return `${where || '(root)'}: ${message}`;
}

/**
 * Walks a value that has too many problems for zod to gather in one go, part by part (fields,
 * then the elements of arrays), and returns the first `limit` problems it meets.
 */
function walk(schema: z.ZodType, value: unknown, path: PropertyKey[], out: { path: PropertyKey[]; message: string }[], limit: number): void {
  if (out.length >= limit) return;
  let result;
  try {
    result = schema.safeParse(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    result = null;
  }
  if (result?.success) return;
  if (result) {
    for (const issue of result.error.issues.slice(0, limit - out.length)) out.push({ path: [...path, ...issue.path], message: issue.message });
    return;
  }
  const inner = innerOf(schema);
  if (inner) return walk(inner, value, path, out, limit);
  if (schema instanceof z.ZodObject && typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      walk(child, (value as Record<string, unknown>)[key], [...path, key], out, limit);
      if (out.length >= limit) return;
    }
    return;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    for (let i = 0; i < value.length && out.length < limit; i++) walk(schema.element as z.ZodType, value[i], [...path, i], out, limit);
    return;
  }
  if (schema instanceof z.ZodRecord && typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      walk(schema.valueType as z.ZodType, item, [...path, key], out, limit);
      if (out.length >= limit) return;
    }
    return;
  }
  out.push({ path, message: 'too many problems to list' });
}

/**
 * The first `limit` problems of a value that failed `schema`, as lines that carry no content of
 * the file: `error` is zod's answer, or null when zod could not gather the problems (too many).
 */
export function firstIssues(schema: z.ZodType, value: unknown, error: z.ZodError | null, limit: number): IssueLine[] {
  const keys = knownKeys(schema);
  const found: { path: PropertyKey[]; message: string }[] = [];
  if (error) for (const issue of error.issues.slice(0, limit)) found.push({ path: issue.path, message: issue.message });
  else walk(schema, value, [], found, limit);
  return found.map((issue) => lineOf(issue.path, issue.message, keys));
}
