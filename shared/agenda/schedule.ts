import type { AgendaItem } from '../model/agenda';

/** Minutes after midnight of the workshop's date; may exceed 24 h when a workshop runs past midnight. */
export type ClockMinutes = number;

export interface ScheduledItem {
  id: string;
  start: ClockMinutes;
  end: ClockMinutes;
  /** Minutes left free before a pinned item that the items before it do not fill. */
  gapBefore?: number;
  /** The pinned start when the items before run past it, so the item starts late. */
  pinMissedBy?: number;
}

export interface Schedule {
  items: ScheduledItem[];
  /** When the last item ends; equals the start when the agenda is empty. */
  end: ClockMinutes;
  totalMinutes: number;
}

/** What an item needs for its clock times: its length and, optionally, a pinned start. */
export type SchedulableItem = Pick<AgendaItem, 'id' | 'plannedMinutes'> & { pinnedStart?: string | null };

export function parseClockTime(text: string): ClockMinutes | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Start and end of every agenda item, from the workshop's start time and the planned minutes.
 * These are never stored: they follow from the plan, so moving an item re-times the rest.
 * A pinned item (lunch at 12:00) starts at its pin when the items before it leave room, and as
 * soon as they are over when they do not (it is then marked as missing its pin).
 */
export function computeSchedule(startTime: string | null, items: readonly SchedulableItem[]): Schedule | null {
  const start = startTime === null ? null : parseClockTime(startTime);
  if (start === null) return null;
  return scheduleFrom(start, items);
}

/** The same arithmetic from a clock-minute start; also used to re-flow what is left of a running agenda. */
export function scheduleFrom(start: ClockMinutes, items: readonly SchedulableItem[], minutesOf: (item: SchedulableItem) => number = (item) => item.plannedMinutes): Schedule {
  let cursor = start;
  const scheduled = items.map((item) => {
    const pin = pinnedMinutes(item.pinnedStart, start);
    const entry: ScheduledItem = { id: item.id, start: cursor, end: cursor };
    if (pin !== null && pin > cursor) {
      entry.gapBefore = pin - cursor;
      entry.start = pin;
    } else if (pin !== null && pin < cursor) {
      entry.pinMissedBy = cursor - pin;
    }
    entry.end = entry.start + minutesOf(item);
    cursor = entry.end;
    return entry;
  });
  return { items: scheduled, end: cursor, totalMinutes: cursor - start };
}

/**
 * A pin is a time of day; on an agenda that runs past midnight, a pin earlier in the day than
 * the start (by more than an hour, so a slightly early pin still reads as a collision) means the
 * next day.
 */
function pinnedMinutes(pin: string | null | undefined, start: ClockMinutes): ClockMinutes | null {
  if (!pin) return null;
  const minutes = parseClockTime(pin);
  if (minutes === null) return null;
  const dayOfStart = Math.floor(start / (24 * 60)) * 24 * 60;
  const sameDay = dayOfStart + minutes;
  return sameDay < start - 60 ? sameDay + 24 * 60 : sameDay;
}

export type ScheduleWarning =
  | { kind: 'pinMissed'; itemId: string; pinned: ClockMinutes; start: ClockMinutes }
  | { kind: 'overrunsEnd'; end: ClockMinutes; plannedEnd: ClockMinutes };

/** What is wrong with a plan: an item that cannot start at its pin, an agenda that runs past the planned end. */
export function scheduleWarnings(schedule: Schedule | null, plannedEnd: string | null): ScheduleWarning[] {
  if (!schedule) return [];
  const warnings: ScheduleWarning[] = [];
  for (const item of schedule.items) {
    if (item.pinMissedBy !== undefined) warnings.push({ kind: 'pinMissed', itemId: item.id, pinned: item.start - item.pinMissedBy, start: item.start });
  }
  const startOfPlan = schedule.end - schedule.totalMinutes;
  const end = pinnedMinutes(plannedEnd, startOfPlan);
  if (end !== null && schedule.end > end) warnings.push({ kind: 'overrunsEnd', end: schedule.end, plannedEnd: end });
  return warnings;
}

/** "HH:MM" of a clock-minute value, wrapping past midnight; the number of days later alongside. */
export function clockParts(minutes: ClockMinutes): { hours: number; minutes: number; dayOffset: number } {
  const dayOffset = Math.floor(minutes / (24 * 60));
  const inDay = minutes - dayOffset * 24 * 60;
  return { hours: Math.floor(inDay / 60), minutes: inDay % 60, dayOffset };
}
