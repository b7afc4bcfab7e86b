import { clockMinutesAt, planStartOnRunDay, runProgress, type RunProgress } from '../../shared/agenda/progress';
import { localDate } from '../../shared/record/overdue';
import { shownSeconds, timerView, type TimerView } from '../../shared/agenda/timer';
import type { AgendaItem } from '../../shared/model/agenda';
import type { Run } from '../../shared/model/run';
import { useTimerNow } from './timerClock';

export interface RunState {
  now: number;
  view: TimerView;
  progress: RunProgress | null;
  /** Local midnight of the day the run started (or today), the origin of clock minutes. */
  dayStartMs: number;
  nowMinutes: number;
}

export function localMidnight(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/**
 * The timer and the re-flowed schedule at the current clock value, for the run view and the
 * projector alike. Re-renders when the shown second changes.
 */
export function useRunState(run: Run, items: readonly AgendaItem[], startTime: string | null, planDate: string | null = null): RunState {
  const now = useTimerNow((at) => shownSeconds(timerView(run, items, at).remainingMs) * 1e6 + Math.floor(at / 1000));
  const view = timerView(run, items, now);
  const dayStartMs = localMidnight(run.startedAt ? Date.parse(run.startedAt) : now);
  const planStart = planStartOnRunDay(startTime, planDate, localDate(new Date(dayStartMs)));
  return { now, view, progress: runProgress(run, items, planStart, now, dayStartMs), dayStartMs, nowMinutes: clockMinutesAt(now, dayStartMs) };
}
