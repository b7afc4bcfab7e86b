import { useEffect, useEffectEvent, useRef } from 'react';
import type { TimerView } from '../../shared/agenda/timer';

/**
 * The moments of a run worth telling the room about — a new item, one minute left, time up, the
 * agenda finished — found by comparing what the timer showed a moment ago with what it shows now.
 * Never "another second passed": a screen reader hears the timer at these moments only, and the
 * chime and its visual counterpart sound at "time up".
 */
export interface TimerMoment {
  /** The current visit (item and when it started): a new one is a new item. */
  visitKey: string;
  status: TimerView['status'];
  /** The countdown as shown, in whole seconds (negative in overtime). */
  seconds: number;
}

export type TimerEvent = 'itemStarted' | 'oneMinuteLeft' | 'timeUp' | 'finished';

export function timerEvent(before: TimerMoment | null, now: TimerMoment): TimerEvent | null {
  // Opening a file mid-run, or the view appearing, announces nothing: only changes seen happen count.
  if (before === null) return null;
  if (now.status === 'finished') return before.status === 'finished' ? null : 'finished';
  if (now.status !== 'running') return null;
  if (now.visitKey !== before.visitKey) return 'itemStarted';
  if (before.seconds > 60 && now.seconds <= 60 && now.seconds > 0) return 'oneMinuteLeft';
  if (before.seconds > 0 && now.seconds <= 0) return 'timeUp';
  return null;
}

/** Calls `onEvent` when the timer passes one of those moments (checked on every render of the ticking view). */
export function useTimerEvents(moment: TimerMoment, onEvent: (event: TimerEvent) => void): void {
  const previous = useRef<TimerMoment | null>(null);
  const handler = useEffectEvent(onEvent);
  const { visitKey, status, seconds } = moment;
  useEffect(() => {
    const now = { visitKey, status, seconds };
    const event = timerEvent(previous.current, now);
    previous.current = now;
    if (event) handler(event);
  }, [visitKey, status, seconds]);
}

export const visitKeyOf = (visit: { itemId: string; startedAt: string } | undefined) => (visit ? `${visit.itemId}@${visit.startedAt}` : '');
