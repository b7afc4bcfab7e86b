import type { InputName, Problem } from './figure';
import type { InvalidEntry } from './model';
import type { Duration } from './units';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

function isInvalid(value: unknown): value is InvalidEntry {
  return typeof value === 'object' && value !== null && 'invalid' in value;
}

/** A field's value, or the problem that it is missing or not a valid value. */
export function readField<T extends number | Duration>(value: T | InvalidEntry | null, field: InputName, elementId?: string): Read<T> {
  const elementIds = elementId === undefined ? [] : [elementId];
  if (value === null) return { ok: false, problem: { code: 'missing', field, elementIds } };
  if (isInvalid(value)) return { ok: false, problem: { code: 'invalid', field, elementIds, entered: value.invalid } };
  return { ok: true, value };
}

export function isPresent(value: unknown): boolean {
  return value !== null && value !== undefined;
}
