import { describe, expect, it } from 'vitest';
import { clockNow, isLate, minutesLate, rate, summarizeAttendance } from '../../../../shared/record/attendance';

const person = (attendance: 'present' | 'absent' | 'excused' | null, arrivedAt: string | null = null, prepared: boolean | null = null) => ({
  attendance,
  arrivedAt,
  prepared,
});

describe('attendance and punctuality', () => {
  it('arriving after the start minute is late, by the minutes after the start', () => {
    expect(minutesLate(person('present', '09:07'), '09:00')).toBe(7);
    expect(isLate(person('present', '09:07'), '09:00')).toBe(true);
  });

  it('arriving early or during the start minute is on time', () => {
    expect(isLate(person('present', '08:55'), '09:00')).toBe(false);
    expect(isLate(person('present', '09:00'), '09:00')).toBe(false);
    expect(minutesLate(person('present', '08:55'), '09:00')).toBe(0);
  });

  it('lateness is unknown without a start time, an arrival time, or for someone not present', () => {
    expect(isLate(person('present', '09:07'), null)).toBeNull();
    expect(isLate(person('present', null), '09:00')).toBeNull();
    expect(isLate(person('absent', '09:07'), '09:00')).toBeNull();
  });

  it('summarises four people: three present (one late), one absent, two prepared', () => {
    const people = [person('present', '08:58', true), person('present', '09:12', false), person('present', '09:00', true), person('absent')];
    expect(summarizeAttendance(people, '09:00')).toEqual({
      invited: 4,
      present: 3,
      absent: 1,
      excused: 0,
      notRecorded: 0,
      late: 1,
      prepared: 2,
      unprepared: 1,
    });
  });

  it('counts excused and not yet recorded separately from absent', () => {
    const summary = summarizeAttendance([person('excused'), person(null), person(null)], '09:00');
    expect(summary).toMatchObject({ excused: 1, notRecorded: 2, absent: 0, present: 0 });
  });

  it('"arrived now" is the local wall-clock minute', () => {
    expect(clockNow(new Date(2026, 2, 24, 9, 7, 59))).toBe('09:07');
    expect(clockNow(new Date(2026, 2, 24, 0, 0, 0))).toBe('00:00');
  });

  it('a rate of nothing is unknown, not zero', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 4)).toBe(0.75);
  });
});
