import { describe, expect, it } from 'vitest';
import { planVsActual, runProgress } from '../../../../shared/agenda/progress';
import { extend, next, pause, resume, start } from '../../../../shared/agenda/timer';
import { emptyRun, type Run } from '../../../../shared/model/run';

// The day starts at midnight UTC here, so clock minutes are easy to read: 09:00 is T(9, 0).
const DAY = Date.parse('2026-03-24T00:00:00.000Z');
const T = (h: number, m: number, s = 0) => DAY + ((h * 60 + m) * 60 + s) * 1000;
const at = (h: number, m: number) => h * 60 + m;
const agenda = [
  { id: 'welcome', plannedMinutes: 15, kind: 'item' as const, pinnedStart: null },
  { id: 'map', plannedMinutes: 60, kind: 'item' as const, pinnedStart: null },
  { id: 'lunch', plannedMinutes: 45, kind: 'lunch' as const, pinnedStart: '11:30' },
  { id: 'actions', plannedMinutes: 30, kind: 'item' as const, pinnedStart: null },
];
// Planned: 09:00–09:15, 09:15–10:15, (75 min free) lunch 11:30–12:15, actions 12:15–12:45.

describe('running late, with the rest re-flowed against pins', () => {
  it('an item running over pushes the items after it and the end, until a pin absorbs it', () => {
    let run = start(emptyRun(), agenda, T(9, 0));
    run = next(run, agenda, T(9, 22)); // welcome took 22 minutes
    const progress = runProgress(run, agenda, '09:00', T(9, 22), DAY);
    expect(progress?.remaining.map((item) => [item.id, item.start, item.end])).toEqual([
      ['map', at(9, 22), at(10, 22)],
      ['lunch', at(11, 30), at(12, 15)],
      ['actions', at(12, 15), at(12, 45)],
    ]);
    expect(progress?.lateMinutes).toBe(0);
  });

  it('running past the pinned lunch makes the workshop late: "running 7 min late — new end 12:52"', () => {
    let run = start(emptyRun(), agenda, T(9, 0));
    run = next(run, agenda, T(9, 15));
    run = extend(run, agenda, 60, T(10, 0)); // the map needs 2 hours
    run = extend(run, agenda, 22, T(10, 30));
    const progress = runProgress(run, agenda, '09:00', T(11, 0), DAY);
    // map now ends 09:15 + 142 min = 11:37: lunch 11:37–12:22, actions 12:22–12:52.
    expect(progress?.remaining.find((item) => item.id === 'lunch')?.start).toBe(at(11, 37));
    expect(progress?.projectedEnd).toBe(at(12, 52));
    expect(progress?.lateMinutes).toBe(7);
  });

  it('overtime keeps pushing the end while the item goes on', () => {
    let run = start(emptyRun(), agenda, T(11, 30));
    run = next(run, agenda, T(11, 45));
    run = next(run, agenda, T(12, 45));
    run = next(run, agenda, T(13, 30));
    // Plan starting 11:30 (no start time in the header): 11:30, 11:45–12:45, lunch 12:45–13:30, actions 13:30–14:00.
    const progress = runProgress(run, agenda, null, T(14, 10), DAY);
    expect(progress?.plannedEnd).toBe(at(14, 0));
    expect(progress?.projectedEnd).toBe(at(14, 10));
    expect(progress?.lateMinutes).toBe(10);
  });

  it('a pause makes the end later by its length', () => {
    let run = start(emptyRun(), agenda, T(9, 0));
    run = next(run, agenda, T(9, 15));
    run = next(run, agenda, T(11, 30));
    run = next(run, agenda, T(12, 15));
    run = pause(run, T(12, 20));
    const progress = runProgress(run, agenda, '09:00', T(12, 32), DAY);
    expect(progress?.projectedEnd).toBe(at(12, 57));
    expect(progress?.lateMinutes).toBe(12);
  });

  it('once finished, the end is the real end', () => {
    let run = start(emptyRun(), agenda, T(9, 0));
    for (const time of [T(9, 10), T(10, 0), T(11, 30), T(12, 10)]) run = next(run, agenda, time);
    expect(runProgress(run, agenda, '09:00', T(15, 0), DAY)).toMatchObject({ projectedEnd: at(12, 10), lateMinutes: -35, remaining: [] });
  });

  it('before the start there is no progress', () => {
    expect(runProgress(emptyRun(), agenda, '09:00', T(8, 0), DAY)).toBeNull();
  });
});

describe('planned vs actual', () => {
  it('gives each item its actual start, end, running time and deviation, and the totals', () => {
    let run: Run = start(emptyRun(), agenda, T(9, 0));
    run = next(run, agenda, T(9, 20));
    run = pause(run, T(9, 40));
    run = resume(run, T(9, 50));
    run = extend(run, agenda, 5, T(10, 0));
    run = next(run, agenda, T(10, 30));
    const result = planVsActual(run, agenda, T(10, 40));
    expect(result.items[0]).toEqual({
      itemId: 'welcome',
      plannedMinutes: 15,
      extensionMinutes: 0,
      actualStart: T(9, 0),
      actualEnd: T(9, 20),
      actualMinutes: 20,
      inProgress: false,
      deviationMinutes: 5,
    });
    expect(result.items[1]).toMatchObject({ actualStart: T(9, 20), actualEnd: T(10, 30), actualMinutes: 60, extensionMinutes: 5, deviationMinutes: 0 });
    // The item running now has run 10 minutes so far; whether it ends early or late is not known yet.
    expect(result.items[2]).toMatchObject({ actualStart: T(10, 30), actualEnd: null, actualMinutes: 10, inProgress: true, deviationMinutes: null });
    expect(result.items[3]).toMatchObject({ actualStart: null, actualMinutes: 0, inProgress: false, deviationMinutes: null });
    expect(result).toMatchObject({ plannedMinutes: 150, actualMinutes: 90, deviationMinutes: 5, pausedMinutes: 10 });
  });

  it('an item visited twice counts both visits, from its first start to its last end', () => {
    let run = start(emptyRun(), agenda, T(9, 0));
    run = next(run, agenda, T(9, 10));
    run = next(run, agenda, T(9, 30));
    // back to the map for 5 more minutes
    run = { ...run, visits: [...run.visits.map((v) => (v.endedAt === null ? { ...v, endedAt: new Date(T(9, 32)).toISOString() } : v)), { itemId: 'map', startedAt: new Date(T(9, 32)).toISOString(), endedAt: new Date(T(9, 37)).toISOString() }] };
    const map = planVsActual(run, agenda, T(9, 40)).items[1];
    expect(map).toMatchObject({ actualStart: T(9, 10), actualEnd: T(9, 37), actualMinutes: 25 });
  });
});
