import type { AgendaItem } from '../model/workshop';

/** Minutes after midnight of the workshop's date; may exceed 24 h when a workshop runs past midnight. */
export type ClockMinutes = number;

export interface ScheduledItem {
  id: string;
  start: ClockMinutes;
  end: ClockMinutes;
}

export interface Schedule {
  items: ScheduledItem[];
  /** When the last item ends; equals the start when the agenda is empty. */
  end: ClockMinutes;
  totalMinutes: number;
}

export function parseClockTime(text: string): ClockMinutes | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Start and end of every agenda item, from the workshop's start time and the planned minutes.
 * These are never stored: they follow from the plan, so moving an item re-times the rest.
 */
export function computeSchedule(startTime: string | null, items: readonly Pick<AgendaItem, 'id' | 'plannedMinutes'>[]): Schedule | null {
  const start = startTime === null ? null : parseClockTime(startTime);
  if (start === null) return null;
  let cursor = start;
  const scheduled = items.map((item) => {
    const entry = { id: item.id, start: cursor, end: cursor + item.plannedMinutes };
    cursor = entry.end;
    return entry;
  });
  return { items: scheduled, end: cursor, totalMinutes: cursor - start };
}

/** "HH:MM" of a clock-minute value, wrapping past midnight; the number of days later alongside. */
export function clockParts(minutes: ClockMinutes): { hours: number; minutes: number; dayOffset: number } {
  const dayOffset = Math.floor(minutes / (24 * 60));
  const inDay = minutes - dayOffset * 24 * 60;
  return { hours: Math.floor(inDay / 60), minutes: inDay % 60, dayOffset };
}
