import { describe, expect, it } from 'vitest';
import { computeSchedule, scheduleWarnings } from '../../../../shared/agenda/schedule';

const at = (h: number, m: number) => h * 60 + m;
const item = (id: string, plannedMinutes: number, pinnedStart: string | null = null) => ({ id, plannedMinutes, pinnedStart });

describe('a plan with pinned clock times', () => {
  it('a pinned lunch waits for its pin, leaving the gap before it free', () => {
    const schedule = computeSchedule('09:00', [item('a', 60), item('b', 90), item('lunch', 45, '12:00'), item('c', 60)]);
    expect(schedule?.items[2]).toEqual({ id: 'lunch', start: at(12, 0), end: at(12, 45), gapBefore: 30 });
    expect(schedule?.items[3]).toEqual({ id: 'c', start: at(12, 45), end: at(13, 45) });
    expect(schedule?.totalMinutes).toBe(285);
  });

  it('items that run past a pin push the pinned item and it is warned about', () => {
    const schedule = computeSchedule('09:00', [item('a', 120), item('b', 70), item('lunch', 45, '12:00')]);
    expect(schedule?.items[2]).toEqual({ id: 'lunch', start: at(12, 10), end: at(12, 55), pinMissedBy: 10 });
    expect(scheduleWarnings(schedule, null)).toEqual([{ kind: 'pinMissed', itemId: 'lunch', pinned: at(12, 0), start: at(12, 10) }]);
  });

  it('a plan that ends after the given end time is warned about', () => {
    const schedule = computeSchedule('13:00', [item('a', 90), item('b', 45)]);
    expect(scheduleWarnings(schedule, '15:00')).toEqual([{ kind: 'overrunsEnd', end: at(15, 15), plannedEnd: at(15, 0) }]);
    expect(scheduleWarnings(schedule, '15:15')).toEqual([]);
  });

  it('a plan within its end time and its pins has no warnings', () => {
    const schedule = computeSchedule('09:00', [item('a', 60), item('lunch', 60, '12:00')]);
    expect(scheduleWarnings(schedule, '14:00')).toEqual([]);
  });

  it('on an evening agenda, a pin after midnight means the next day', () => {
    const schedule = computeSchedule('22:00', [item('a', 90), item('night', 30, '00:30')]);
    expect(schedule?.items[1]).toEqual({ id: 'night', start: at(24, 30), end: at(25, 0), gapBefore: 60 });
  });

  it('without a start time there are no clock times and no warnings', () => {
    expect(scheduleWarnings(computeSchedule(null, [item('a', 60)]), '10:00')).toEqual([]);
  });
});
