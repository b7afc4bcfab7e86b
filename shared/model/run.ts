import { z } from 'zod';
import { Id } from './ids';

/**
 * The run log: what happened while the agenda ran, as timestamps. Everything the timer shows
 * (the current item, time left, overtime, how late the workshop is) is computed from these by
 * shared/agenda/timer.ts and a clock value, never counted in ticks and never stored.
 */
export const Timestamp = z.iso.datetime({ offset: true });

/** One stretch of time an item was the current item; "previous" opens a second visit of an item. */
export const RunVisit = z.object({
  itemId: Id,
  startedAt: Timestamp,
  /** null while the item is the current one. */
  endedAt: Timestamp.nullable(),
});
export type RunVisit = z.infer<typeof RunVisit>;

/** The whole workshop was paused (the timer stood still). */
export const RunPause = z.object({
  startedAt: Timestamp,
  /** null while the pause lasts. */
  endedAt: Timestamp.nullable(),
});
export type RunPause = z.infer<typeof RunPause>;

/** The facilitator gave an item more (or less) time while it ran. */
export const RunExtension = z.object({
  itemId: Id,
  at: Timestamp,
  /** Minutes added; negative when time was taken away. */
  minutes: z.number().int().min(-1440).max(1440),
});
export type RunExtension = z.infer<typeof RunExtension>;

/** Visits, pauses and extensions each: a run of many days with a step every minute stays far below. */
export const MAX_RUN_ENTRIES = 50_000;

export const Run = z.object({
  /** When the workshop was started in run mode; null before it was. */
  startedAt: Timestamp.nullable(),
  /** When the last item was finished; null while running or before. */
  finishedAt: Timestamp.nullable(),
  /** In the order they happened. */
  visits: z.array(RunVisit).max(MAX_RUN_ENTRIES),
  pauses: z.array(RunPause).max(MAX_RUN_ENTRIES),
  extensions: z.array(RunExtension).max(MAX_RUN_ENTRIES),
});
export type Run = z.infer<typeof Run>;

export function emptyRun(): Run {
  return { startedAt: null, finishedAt: null, visits: [], pauses: [], extensions: [] };
}
