import { z } from 'zod';

/** Every record in a workshop has a stable id, so later records (actions, bindings) can point at it. */
export const Id = z.string().min(1).max(100);
export type Id = z.infer<typeof Id>;

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A board's name (its tab); the value-stream figures of the board carry the same. */
export const BoardName = z.string().max(200);

/** A calendar date as the user means it, without a time zone: YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');

/** A wall-clock time of day, 24 h: HH:MM. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
