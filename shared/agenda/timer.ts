import type { AgendaItem } from '../model/agenda';
import type { Run, RunVisit } from '../model/run';

/**
 * The run timer as pure functions of the run log and a clock value. Nothing here counts ticks:
 * every figure is worked out again from the timestamps in the document and `now`, so a restart,
 * a sleeping laptop or a hidden window cannot lose or distort time.
 *
 * Every transition takes the log and `now` (epoch milliseconds) and returns a new log; a
 * transition that does not apply returns the same object, so callers can tell "nothing
 * happened". Timestamps are written in order: if the computer's clock was set back, an action
 * is logged at the last logged time instead, so durations never become negative.
 */

export type TimerItem = Pick<AgendaItem, 'id' | 'plannedMinutes' | 'kind'>;
export type RunStatus = 'notStarted' | 'running' | 'paused' | 'finished';

const MINUTE = 60_000;
const ms = (iso: string) => Date.parse(iso);
const iso = (at: number) => new Date(at).toISOString();

function lastLoggedAt(run: Run): number {
  let latest = run.startedAt === null ? -Infinity : ms(run.startedAt);
  const consider = (stamp: string | null) => {
    if (stamp !== null) latest = Math.max(latest, ms(stamp));
  };
  consider(run.finishedAt);
  for (const visit of run.visits) {
    consider(visit.startedAt);
    consider(visit.endedAt);
  }
  for (const pause of run.pauses) {
    consider(pause.startedAt);
    consider(pause.endedAt);
  }
  for (const extension of run.extensions) consider(extension.at);
  return latest;
}

/** The time an action is logged at: now, or the last logged time if the clock went back. */
function stampOf(run: Run, now: number): string {
  return iso(Math.max(now, lastLoggedAt(run)));
}

/**
 * The clock value figures are computed at: now, or the last logged time if the computer's clock
 * is behind the log (it was set back), so the countdown stands still rather than jumping.
 */
export function effectiveNow(run: Run, now: number): number {
  return Math.max(now, lastLoggedAt(run));
}

export function currentVisit(run: Run): RunVisit | null {
  const last = run.visits.at(-1);
  return last && last.endedAt === null && run.finishedAt === null ? last : null;
}

export function isPaused(run: Run): boolean {
  const last = run.pauses.at(-1);
  return last !== undefined && last.endedAt === null;
}

export function runStatus(run: Run): RunStatus {
  if (run.startedAt === null) return 'notStarted';
  if (run.finishedAt !== null) return 'finished';
  return isPaused(run) ? 'paused' : 'running';
}

/** Milliseconds of pause inside [from, to]. */
function pausedWithin(run: Run, from: number, to: number, now: number): number {
  let total = 0;
  for (const pause of run.pauses) {
    const start = Math.max(from, ms(pause.startedAt));
    const end = Math.min(to, pause.endedAt === null ? now : ms(pause.endedAt));
    if (end > start) total += end - start;
  }
  return total;
}

/** Running time of one visit: its length less the pauses in it; never negative, even if the clock went back. */
export function visitRunningMs(run: Run, visit: RunVisit, now: number): number {
  const start = ms(visit.startedAt);
  const end = Math.max(start, visit.endedAt === null ? now : ms(visit.endedAt));
  return Math.max(0, end - start - pausedWithin(run, start, end, now));
}

/** How long an item has run, over all its visits. */
export function itemRunningMs(run: Run, itemId: string, now: number): number {
  return run.visits.filter((visit) => visit.itemId === itemId).reduce((sum, visit) => sum + visitRunningMs(run, visit, now), 0);
}

/** Minutes the facilitator added to (or took from) an item while it ran. */
export function extensionMinutes(run: Run, itemId: string): number {
  return run.extensions.filter((extension) => extension.itemId === itemId).reduce((sum, extension) => sum + extension.minutes, 0);
}

/** The time an item has: its planned minutes plus its extensions, never below zero. */
export function allowedMinutes(run: Run, item: TimerItem): number {
  return Math.max(0, item.plannedMinutes + extensionMinutes(run, item.id));
}

export interface TimerView {
  status: RunStatus;
  currentItemId: string | null;
  /** Index in the agenda of the current item; -1 when there is none (or it was deleted). */
  currentIndex: number;
  nextItemId: string | null;
  allowedMs: number;
  elapsedMs: number;
  /** Negative in overtime. */
  remainingMs: number;
  /** remaining ÷ allowed, 0 when nothing was allowed; below 0 in overtime. */
  fractionLeft: number;
}

export function timerView(run: Run, items: readonly TimerItem[], clock: number): TimerView {
  const now = effectiveNow(run, clock);
  const status = runStatus(run);
  const visit = currentVisit(run);
  const currentIndex = visit ? items.findIndex((item) => item.id === visit.itemId) : -1;
  const current = currentIndex >= 0 ? items[currentIndex] : undefined;
  const nextIndex = status === 'notStarted' ? 0 : nextIndexAfter(run, items);
  // Before the start the countdown shows the time of the item Start begins, not 0:00.
  const counted = status === 'notStarted' ? items[0] : current;
  const allowedMs = counted ? allowedMinutes(run, counted) * MINUTE : 0;
  const elapsedMs = visit ? itemRunningMs(run, visit.itemId, now) : 0;
  const remainingMs = allowedMs - elapsedMs;
  return {
    status,
    currentItemId: visit?.itemId ?? null,
    currentIndex,
    nextItemId: status === 'finished' || nextIndex === null ? null : (items[nextIndex]?.id ?? null),
    allowedMs,
    elapsedMs,
    remainingMs,
    fractionLeft: allowedMs > 0 ? remainingMs / allowedMs : remainingMs < 0 ? -1 : 0,
  };
}

/** The agenda index "next" goes to: after the current item, or the first item never run if it was deleted. */
function nextIndexAfter(run: Run, items: readonly TimerItem[]): number | null {
  const visit = currentVisit(run);
  if (!visit) return null;
  const index = items.findIndex((item) => item.id === visit.itemId);
  if (index >= 0) return index + 1 < items.length ? index + 1 : null;
  const visited = new Set(run.visits.map((v) => v.itemId));
  const unvisited = items.findIndex((item) => !visited.has(item.id));
  return unvisited >= 0 ? unvisited : null;
}

function closeOpen(run: Run, at: string): Run {
  return {
    ...run,
    visits: run.visits.map((visit) => (visit.endedAt === null ? { ...visit, endedAt: at } : visit)),
    pauses: run.pauses.map((pause) => (pause.endedAt === null ? { ...pause, endedAt: at } : pause)),
  };
}

/** Starts the workshop with its first item. */
export function start(run: Run, items: readonly TimerItem[], now: number): Run {
  const first = items[0];
  if (run.startedAt !== null || !first) return run;
  const at = stampOf(run, now);
  return { ...run, startedAt: at, visits: [...run.visits, { itemId: first.id, startedAt: at, endedAt: null }] };
}

export function pause(run: Run, now: number): Run {
  if (runStatus(run) !== 'running') return run;
  return { ...run, pauses: [...run.pauses, { startedAt: stampOf(run, now), endedAt: null }] };
}

export function resume(run: Run, now: number): Run {
  if (runStatus(run) !== 'paused') return run;
  const at = stampOf(run, now);
  return { ...run, pauses: run.pauses.map((p) => (p.endedAt === null ? { ...p, endedAt: at } : p)) };
}

/** The one key for start/pause/resume. */
export function toggle(run: Run, items: readonly TimerItem[], now: number): Run {
  switch (runStatus(run)) {
    case 'notStarted':
      return start(run, items, now);
    case 'running':
      return pause(run, now);
    case 'paused':
      return resume(run, now);
    case 'finished':
      return run;
  }
}

/** Ends the current item and starts the next; after the last item the workshop is finished. A pause ends with it. */
export function next(run: Run, items: readonly TimerItem[], now: number): Run {
  if (!currentVisit(run)) return run;
  const target = nextIndexAfter(run, items);
  const at = stampOf(run, now);
  const closed = closeOpen(run, at);
  const item = target === null ? undefined : items[target];
  if (!item) return { ...closed, finishedAt: at };
  return { ...closed, visits: [...closed.visits, { itemId: item.id, startedAt: at, endedAt: null }] };
}

/** Goes back to the item before the current one (or to the last item after finishing); its time continues from where it was. */
export function previous(run: Run, items: readonly TimerItem[], now: number): Run {
  const status = runStatus(run);
  if (status === 'notStarted') return run;
  let targetIndex: number;
  if (status === 'finished') targetIndex = items.length - 1;
  else {
    const visit = currentVisit(run);
    const index = visit ? items.findIndex((item) => item.id === visit.itemId) : -1;
    if (index <= 0) return run;
    targetIndex = index - 1;
  }
  const item = items[targetIndex];
  if (!item) return run;
  const at = stampOf(run, now);
  const closed = closeOpen(run, at);
  return { ...closed, finishedAt: null, visits: [...closed.visits, { itemId: item.id, startedAt: at, endedAt: null }] };
}

/** Gives the current item more time (or less, with negative minutes, but never below zero in all). */
export function extend(run: Run, items: readonly TimerItem[], minutes: number, now: number): Run {
  const visit = currentVisit(run);
  const item = visit ? items.find((candidate) => candidate.id === visit.itemId) : undefined;
  if (!visit || !item || !Number.isInteger(minutes) || minutes === 0) return run;
  const allowed = allowedMinutes(run, item);
  const applied = Math.max(minutes, -allowed);
  if (applied === 0) return run;
  return { ...run, extensions: [...run.extensions, { itemId: item.id, at: stampOf(run, now), minutes: applied }] };
}

/** Ends the workshop now, whatever item is running. */
export function finish(run: Run, now: number): Run {
  const status = runStatus(run);
  if (status === 'notStarted' || status === 'finished') return run;
  const at = stampOf(run, now);
  return { ...closeOpen(run, at), finishedAt: at };
}

/** The countdown as shown: whole seconds, rounded up, so each shown second lasts exactly one second and 0:00 appears at zero. */
export function shownSeconds(remainingMs: number): number {
  const seconds = Math.ceil(remainingMs / 1000);
  return Object.is(seconds, -0) ? 0 : seconds;
}

/** "4:59", "12:00", "1:02:03"; overtime gets a plus sign: "+0:42". */
export function formatCountdown(seconds: number): string {
  const sign = seconds < 0 ? '+' : '';
  const total = Math.abs(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Milliseconds until the shown second changes, so a display can wake exactly then. */
export function msUntilNextSecond(remainingMs: number): number {
  const intoSecond = ((remainingMs % 1000) + 1000) % 1000;
  return intoSecond === 0 ? 1000 : intoSecond;
}

export type TimerTone = 'calm' | 'warn' | 'urgent' | 'overtime';

/** The colour band of the countdown: the thresholds are fractions of the item's time left (0.2 and 0.05 by default). */
export function timerTone(view: Pick<TimerView, 'remainingMs' | 'allowedMs'>, warnAt: number, urgentAt: number): TimerTone {
  if (view.remainingMs <= 0) return 'overtime';
  if (view.allowedMs <= 0) return 'calm';
  const left = view.remainingMs / view.allowedMs;
  if (left <= urgentAt) return 'urgent';
  if (left <= warnAt) return 'warn';
  return 'calm';
}
