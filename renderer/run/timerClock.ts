import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The one clock value the run view and the projector render with. It is read from `Date.now()`
 * and never counted: a frame loop re-reads it and wakes the views only when something they show
 * changes (a shown second), and it is re-read at once when the page becomes visible again, gets
 * focus, or the computer wakes from sleep, so the countdown is right the moment it can be seen.
 */
type Listener = () => void;
type KeyOf = (now: number) => number;

const listeners = new Set<Listener>();
const keys = new Set<{ current: KeyOf }>();
let now = Date.now();
let lastKey = '';
let frame = 0;

function keyAt(at: number): string {
  let key = '';
  for (const ref of keys) key += `${ref.current(at)}|`;
  return key;
}

/** The clock value views last rendered with, without subscribing (for what changes only with the run log). */
export function readClock(): number {
  return now;
}

/** Re-reads the clock and re-renders every view that uses it. */
export function touchClock(at: number = Date.now()): number {
  now = at;
  lastKey = keyAt(at);
  for (const listener of listeners) listener();
  return at;
}

function loop(): void {
  const at = Date.now();
  const key = keyAt(at);
  if (key !== lastKey) touchClock(at);
  frame = requestAnimationFrame(loop);
}

const wake = () => {
  if (document.visibilityState === 'visible') touchClock();
};

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    frame = requestAnimationFrame(loop);
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    window.addEventListener('pageshow', wake);
  }
  // A view that appears reads the clock now, not at its first frame.
  touchClock();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
      window.removeEventListener('pageshow', wake);
    }
  };
}

/**
 * The current clock value for rendering; the view re-renders when `keyOf(now)` changes (for a
 * countdown: the shown second), and whenever anything calls `touchClock`.
 */
export function useTimerNow(keyOf: KeyOf): number {
  const ref = useRef(keyOf);
  useEffect(() => {
    ref.current = keyOf;
  });
  useEffect(() => {
    const entry = ref;
    keys.add(entry);
    return () => {
      keys.delete(entry);
    };
  }, []);
  return useSyncExternalStore(subscribe, () => now);
}
