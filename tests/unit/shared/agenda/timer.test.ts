import { describe, expect, it } from 'vitest';
import {
  allowedMinutes,
  extend,
  finish,
  formatCountdown,
  msUntilNextSecond,
  next,
  pause,
  previous,
  resume,
  runStatus,
  shownSeconds,
  start,
  timerTone,
  timerView,
  toggle,
  type TimerItem,
} from '../../../../shared/agenda/timer';
import { emptyRun, Run as RunSchema, type Run } from '../../../../shared/model/run';

const T0 = Date.parse('2026-03-24T08:00:00.000Z');
const MIN = 60_000;
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1000;
const items: TimerItem[] = [
  { id: 'welcome', plannedMinutes: 10, kind: 'item' },
  { id: 'map', plannedMinutes: 30, kind: 'item' },
  { id: 'coffee', plannedMinutes: 15, kind: 'break' },
  { id: 'actions', plannedMinutes: 20, kind: 'item' },
];

/** A fake clock: every transition is applied at the clock's current value. */
function fakeRun() {
  let now = T0;
  let run: Run = emptyRun();
  return {
    get run() {
      return run;
    },
    get now() {
      return now;
    },
    advance(ms: number) {
      now += ms;
    },
    setClock(to: number) {
      now = to;
    },
    act(transition: (run: Run, now: number) => Run) {
      run = RunSchema.parse(transition(run, now));
    },
    view() {
      return timerView(run, items, now);
    },
  };
}

describe('timer transitions', () => {
  it('before the start there is no current item, the first item is next and the countdown shows its planned time', () => {
    const view = timerView(emptyRun(), items, T0);
    expect(view).toMatchObject({ status: 'notStarted', currentItemId: null, nextItemId: 'welcome', allowedMs: 10 * 60_000, remainingMs: 10 * 60_000, fractionLeft: 1 });
  });

  it('start makes the first item current with its planned time left', () => {
    const run = start(emptyRun(), items, T0);
    expect(run.startedAt).toBe('2026-03-24T08:00:00.000Z');
    expect(timerView(run, items, at(3))).toMatchObject({ status: 'running', currentItemId: 'welcome', nextItemId: 'map', remainingMs: 7 * MIN });
  });

  it('start does nothing on an empty agenda or a workshop already started', () => {
    const empty = emptyRun();
    expect(start(empty, [], T0)).toBe(empty);
    const started = start(empty, items, T0);
    expect(start(started, items, at(5))).toBe(started);
  });

  it('a pause stops the countdown and resume continues it from where it stood', () => {
    let run = start(emptyRun(), items, T0);
    run = pause(run, at(4));
    expect(runStatus(run)).toBe('paused');
    expect(timerView(run, items, at(9)).remainingMs).toBe(6 * MIN);
    run = resume(run, at(9));
    expect(timerView(run, items, at(10)).remainingMs).toBe(5 * MIN);
  });

  it('pause when paused and resume when running change nothing', () => {
    const running = start(emptyRun(), items, T0);
    expect(resume(running, at(1))).toBe(running);
    const paused = pause(running, at(1));
    expect(pause(paused, at(2))).toBe(paused);
  });

  it('toggle starts, pauses and resumes', () => {
    let run = toggle(emptyRun(), items, T0);
    expect(runStatus(run)).toBe('running');
    run = toggle(run, items, at(1));
    expect(runStatus(run)).toBe('paused');
    run = toggle(run, items, at(2));
    expect(runStatus(run)).toBe('running');
  });

  it('after zero the timer counts overtime', () => {
    const run = start(emptyRun(), items, T0);
    const view = timerView(run, items, at(12, 30));
    expect(view.remainingMs).toBe(-150_000);
    expect(formatCountdown(shownSeconds(view.remainingMs))).toBe('+2:30');
  });

  it('next ends the current item and starts the next one with its full time', () => {
    let run = start(emptyRun(), items, T0);
    run = next(run, items, at(11));
    expect(run.visits[0]?.endedAt).toBe(new Date(at(11)).toISOString());
    expect(timerView(run, items, at(11)).currentItemId).toBe('map');
    expect(timerView(run, items, at(11)).remainingMs).toBe(30 * MIN);
  });

  it('next while paused ends the pause too', () => {
    let run = pause(start(emptyRun(), items, T0), at(2));
    run = next(run, items, at(5));
    expect(runStatus(run)).toBe('running');
    expect(run.pauses[0]?.endedAt).toBe(new Date(at(5)).toISOString());
  });

  it('next on the last item finishes the workshop', () => {
    let run = start(emptyRun(), items, T0);
    for (let i = 1; i <= 4; i++) run = next(run, items, at(i * 10));
    expect(runStatus(run)).toBe('finished');
    expect(run.finishedAt).toBe(new Date(at(40)).toISOString());
    expect(timerView(run, items, at(50))).toMatchObject({ currentItemId: null, nextItemId: null });
    expect(next(run, items, at(60))).toBe(run);
  });

  it('previous goes back to the item before and its time continues where it stopped', () => {
    let run = start(emptyRun(), items, T0);
    run = next(run, items, at(4));
    run = previous(run, items, at(6));
    const view = timerView(run, items, at(6));
    expect(view.currentItemId).toBe('welcome');
    expect(view.remainingMs).toBe(6 * MIN);
    expect(run.visits).toHaveLength(3);
  });

  it('previous on the first item or before the start changes nothing', () => {
    const notStarted = emptyRun();
    expect(previous(notStarted, items, T0)).toBe(notStarted);
    const first = start(notStarted, items, T0);
    expect(previous(first, items, at(1))).toBe(first);
  });

  it('previous after the finish reopens the last item', () => {
    let run = start(emptyRun(), items, T0);
    for (let i = 1; i <= 4; i++) run = next(run, items, at(i * 10));
    run = previous(run, items, at(45));
    expect(runStatus(run)).toBe('running');
    expect(timerView(run, items, at(45)).currentItemId).toBe('actions');
  });

  it('extend by +5 and −1 changes the time left of the current item and is logged', () => {
    let run = start(emptyRun(), items, T0);
    run = extend(run, items, 5, at(2));
    run = extend(run, items, -1, at(3));
    expect(allowedMinutes(run, items[0] as TimerItem)).toBe(14);
    expect(timerView(run, items, at(4)).remainingMs).toBe(10 * MIN);
    expect(run.extensions).toEqual([
      { itemId: 'welcome', at: new Date(at(2)).toISOString(), minutes: 5 },
      { itemId: 'welcome', at: new Date(at(3)).toISOString(), minutes: -1 },
    ]);
  });

  it('taking time away never leaves an item with less than zero minutes', () => {
    let run = start(emptyRun(), items, T0);
    run = extend(run, items, -5, at(1));
    run = extend(run, items, -5, at(1));
    run = extend(run, items, -5, at(1));
    expect(allowedMinutes(run, items[0] as TimerItem)).toBe(0);
    expect(extend(run, items, -1, at(1))).toBe(run);
  });

  it('extend does nothing when no item runs', () => {
    const run = emptyRun();
    expect(extend(run, items, 5, T0)).toBe(run);
  });

  it('finish ends the workshop from any item and closes an open pause', () => {
    let run = pause(start(emptyRun(), items, T0), at(3));
    run = finish(run, at(4));
    expect(runStatus(run)).toBe('finished');
    expect(run.pauses[0]?.endedAt).toBe(new Date(at(4)).toISOString());
    expect(run.visits[0]?.endedAt).toBe(new Date(at(4)).toISOString());
    expect(finish(run, at(5))).toBe(run);
  });

  it('an item deleted while it runs: next goes to the first item that never ran', () => {
    let run = start(emptyRun(), items, T0);
    run = next(run, items, at(10));
    const withoutMap = items.filter((item) => item.id !== 'map');
    expect(timerView(run, withoutMap, at(11)).nextItemId).toBe('coffee');
    run = next(run, withoutMap, at(12));
    expect(timerView(run, withoutMap, at(12)).currentItemId).toBe('coffee');
  });
});

describe('the countdown as shown', () => {
  it('each shown second lasts one second, rounded up, with 0:00 at zero', () => {
    expect(shownSeconds(300_000)).toBe(300);
    expect(shownSeconds(299_999)).toBe(300);
    expect(shownSeconds(299_000)).toBe(299);
    expect(shownSeconds(1)).toBe(1);
    expect(shownSeconds(0)).toBe(0);
    expect(shownSeconds(-999)).toBe(0);
    expect(shownSeconds(-1000)).toBe(-1);
  });

  it('formats minutes, hours and overtime', () => {
    expect(formatCountdown(299)).toBe('4:59');
    expect(formatCountdown(720)).toBe('12:00');
    expect(formatCountdown(3723)).toBe('1:02:03');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-42)).toBe('+0:42');
  });

  it('knows how long until the shown second changes', () => {
    expect(msUntilNextSecond(299_999)).toBe(999);
    expect(msUntilNextSecond(300_000)).toBe(1000);
    expect(msUntilNextSecond(-200)).toBe(800);
  });

  it('colours at 20 % and 5 % left, and in overtime', () => {
    const allowedMs = 10 * MIN;
    expect(timerTone({ allowedMs, remainingMs: 3 * MIN }, 0.2, 0.05)).toBe('calm');
    expect(timerTone({ allowedMs, remainingMs: 2 * MIN }, 0.2, 0.05)).toBe('warn');
    expect(timerTone({ allowedMs, remainingMs: 30_000 }, 0.2, 0.05)).toBe('urgent');
    expect(timerTone({ allowedMs, remainingMs: 0 }, 0.2, 0.05)).toBe('overtime');
    expect(timerTone({ allowedMs, remainingMs: 2 * MIN }, 0.1, 0.05)).toBe('calm');
  });
});

describe('two hours of simulated running on a fake clock', () => {
  it('pauses, a laptop asleep for ten minutes, and a clock set back and forward give the right figures throughout', () => {
    const clock = fakeRun();
    const longItems = items.map((item) => ({ ...item, plannedMinutes: item.plannedMinutes * 2 })); // 20, 60, 30, 40 = 150 min
    const view = () => timerView(clock.run, longItems, clock.now);
    clock.act((run, now) => start(run, longItems, now));
    // 13 minutes of running, checked every simulated second; the figure is never computed from ticks.
    for (let s = 1; s <= 13 * 60; s++) {
      clock.advance(1000);
      expect(view().remainingMs).toBe(20 * MIN - s * 1000);
    }
    // A 4-minute pause: the countdown stands still.
    clock.act(pause);
    clock.advance(4 * MIN);
    expect(view().remainingMs).toBe(7 * MIN);
    clock.act(resume);
    // The laptop sleeps for ten minutes: no ticks at all, but the time has passed in the room.
    clock.advance(10 * MIN);
    expect(view().remainingMs).toBe(-3 * MIN);
    expect(formatCountdown(shownSeconds(view().remainingMs))).toBe('+3:00');
    clock.act((run, now) => next(run, longItems, now));
    expect(view()).toMatchObject({ currentItemId: 'map', remainingMs: 60 * MIN });
    clock.advance(25 * MIN);
    clock.act((run, now) => extend(run, longItems, 5, now));
    // The computer's clock is set back an hour (a wrong time-zone fix): the timer must not jump
    // forward or go negative, and the next action is logged in order.
    const before = view().remainingMs;
    clock.setClock(clock.now - 60 * MIN);
    expect(view().remainingMs).toBeLessThanOrEqual(before);
    expect(view().remainingMs).toBeGreaterThanOrEqual(0);
    clock.act(pause);
    const pauseStart = clock.run.pauses.at(-1)?.startedAt ?? '';
    expect(Date.parse(pauseStart)).toBeGreaterThanOrEqual(Date.parse(clock.run.extensions[0]?.at ?? ''));
    // The clock is corrected again; the pause lasted while it was wrong.
    clock.setClock(clock.now + 60 * MIN + 2 * MIN);
    clock.act(resume);
    expect(view().remainingMs).toBe(40 * MIN);
    // The rest of the agenda, with a pause in the break and a second visit back to the map.
    clock.advance(40 * MIN);
    clock.act((run, now) => next(run, longItems, now));
    clock.advance(10 * MIN);
    clock.act(pause);
    clock.advance(5 * MIN);
    clock.act(resume);
    expect(view()).toMatchObject({ currentItemId: 'coffee', remainingMs: 20 * MIN });
    clock.act((run, now) => previous(run, longItems, now));
    expect(view().remainingMs).toBe(0);
    clock.advance(2 * MIN);
    expect(view().remainingMs).toBe(-2 * MIN);
    clock.act((run, now) => next(run, longItems, now));
    expect(view()).toMatchObject({ currentItemId: 'coffee', remainingMs: 20 * MIN });
    clock.advance(20 * MIN);
    clock.act((run, now) => next(run, longItems, now));
    clock.advance(41 * MIN);
    expect(view()).toMatchObject({ currentItemId: 'actions', remainingMs: -MIN, fractionLeft: -1 / 40 });
    clock.act((run, now) => next(run, longItems, now));
    expect(runStatus(clock.run)).toBe('finished');
    // Every logged timestamp is in order, whatever the clock did.
    const stamps = [...clock.run.visits.flatMap((v) => [v.startedAt, v.endedAt ?? '']), clock.run.finishedAt ?? ''].map(Date.parse);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });
});
