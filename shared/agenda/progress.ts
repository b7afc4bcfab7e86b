import type { Run } from '../model/run';
import { parseClockTime, scheduleFrom, type ClockMinutes, type ScheduledItem, type SchedulableItem } from './schedule';
import { allowedMinutes, effectiveNow, extensionMinutes, itemRunningMs, runStatus, timerView, type TimerItem } from './timer';

/**
 * How the running workshop stands against its plan: the rest of the agenda re-flowed from now
 * (items after the current one follow it, pinned items wait for their pin, so slack before
 * lunch absorbs lateness), the new end, and how late that is; and, per item, planned vs actual.
 */

type ProgressItem = TimerItem & SchedulableItem;

const MINUTE = 60_000;

/** Clock minutes of an instant on the agenda's time axis (minutes after midnight of the day the run started). */
export function clockMinutesAt(at: number, dayStartMs: number): ClockMinutes {
  return (at - dayStartMs) / MINUTE;
}

/**
 * The start time the run is measured against. A workshop dated another day than the one it runs
 * on (a rehearsal, a date set for next week) is measured from when the run started, not from the
 * start time on a day that has not come: lateness comes from the workshop's date and start time,
 * never from today's clock against another day's plan.
 */
export function planStartOnRunDay(startTime: string | null, planDate: string | null, runDay: string): string | null {
  return planDate === null || planDate === runDay ? startTime : null;
}

export interface RunProgress {
  /** When the plan ends, from the header's start time (or the clock time the run started, if there is none). */
  plannedEnd: ClockMinutes;
  /** When the workshop will end as things stand now (when it ended, once finished). */
  projectedEnd: ClockMinutes;
  /** projectedEnd − plannedEnd, in minutes; negative when ahead. */
  lateMinutes: number;
  /** The current item and the items after it, re-flowed from now. */
  remaining: ScheduledItem[];
}

/**
 * Where the run stands. `dayStartMs` is local midnight of the day the run started, so the clock
 * minutes line up with the plan's; null before the run started.
 */
export function runProgress(
  run: Run,
  items: readonly ProgressItem[],
  plannedStartTime: string | null,
  clock: number,
  dayStartMs: number,
): RunProgress | null {
  if (run.startedAt === null) return null;
  const now = effectiveNow(run, clock);
  const planStart = (plannedStartTime === null ? null : parseClockTime(plannedStartTime)) ?? clockMinutesAt(Date.parse(run.startedAt), dayStartMs);
  const plannedEnd = scheduleFrom(planStart, items).end;
  if (runStatus(run) === 'finished' && run.finishedAt !== null) {
    const projectedEnd = clockMinutesAt(Date.parse(run.finishedAt), dayStartMs);
    return { plannedEnd, projectedEnd, lateMinutes: projectedEnd - plannedEnd, remaining: [] };
  }
  const view = timerView(run, items, now);
  const nowMinutes = clockMinutesAt(now, dayStartMs);
  const currentEnd = nowMinutes + Math.max(0, view.remainingMs) / MINUTE;
  const current = items[view.currentIndex];
  const head: ScheduledItem[] = current ? [{ id: current.id, start: nowMinutes - view.elapsedMs / MINUTE, end: currentEnd }] : [];
  const nextIndex = view.nextItemId === null ? items.length : items.findIndex((item) => item.id === view.nextItemId);
  const reflowed = scheduleFrom(currentEnd, items.slice(nextIndex), (item) => allowedMinutes(run, { ...item, kind: 'item' }));
  return { plannedEnd, projectedEnd: reflowed.end, lateMinutes: reflowed.end - plannedEnd, remaining: [...head, ...reflowed.items] };
}

export interface ItemActual {
  itemId: string;
  plannedMinutes: number;
  extensionMinutes: number;
  /** When the item first became current; null if it never ran. */
  actualStart: number | null;
  /** When it was last left; null while it runs or if it never ran. */
  actualEnd: number | null;
  /** Running time (pauses not counted), in minutes; so far, for the item running now. */
  actualMinutes: number;
  /** The item is running now (the run log's open visit): its deviation is not known yet. */
  inProgress: boolean;
  /** actual − planned minutes; null for an item that never ran or is still running. */
  deviationMinutes: number | null;
}

export interface PlanVsActual {
  items: ItemActual[];
  plannedMinutes: number;
  /** Running time of the items that ran (the one running now so far). */
  actualMinutes: number;
  /** Σ deviations of the items that ran to their end. */
  deviationMinutes: number;
  /** Minutes the workshop stood paused. */
  pausedMinutes: number;
}

export function planVsActual(run: Run, items: readonly TimerItem[], clock: number): PlanVsActual {
  const now = effectiveNow(run, clock);
  const rows = items.map((item): ItemActual => {
    const visits = run.visits.filter((visit) => visit.itemId === item.id);
    const first = visits[0];
    const last = visits.at(-1);
    const actualMinutes = itemRunningMs(run, item.id, now) / MINUTE;
    const inProgress = run.finishedAt === null && last !== undefined && last.endedAt === null;
    return {
      itemId: item.id,
      plannedMinutes: item.plannedMinutes,
      extensionMinutes: extensionMinutes(run, item.id),
      actualStart: first ? Date.parse(first.startedAt) : null,
      actualEnd: last?.endedAt ? Date.parse(last.endedAt) : null,
      actualMinutes,
      inProgress,
      deviationMinutes: first && !inProgress ? actualMinutes - item.plannedMinutes : null,
    };
  });
  const ran = rows.filter((row) => row.actualStart !== null);
  const pausedMs = run.pauses.reduce((sum, p) => sum + Math.max(0, (p.endedAt === null ? now : Date.parse(p.endedAt)) - Date.parse(p.startedAt)), 0);
  return {
    items: rows,
    plannedMinutes: items.reduce((sum, item) => sum + item.plannedMinutes, 0),
    actualMinutes: ran.reduce((sum, row) => sum + row.actualMinutes, 0),
    deviationMinutes: ran.reduce((sum, row) => sum + (row.deviationMinutes ?? 0), 0),
    pausedMinutes: pausedMs / MINUTE,
  };
}
