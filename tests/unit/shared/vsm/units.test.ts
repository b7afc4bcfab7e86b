import { describe, expect, it } from 'vitest';
import { fromWorkingSeconds, toWorkingSeconds, type WorkingCalendar } from '../../../../shared/vsm/units';

// A working day of 2 × (8 h − 20 min) = 55 200 s, five days a week.
const calendar: WorkingCalendar = { secondsPerWorkingDay: 55_200, workingDaysPerWeek: 5 };
const noDay: WorkingCalendar = { secondsPerWorkingDay: null, workingDaysPerWeek: 5 };

describe('durations with explicit units', () => {
  it.each([
    [{ value: 45, unit: 's' as const }, 45], // 45 s
    [{ value: 2.5, unit: 'min' as const }, 150], // 2.5 × 60
    [{ value: 1.5, unit: 'h' as const }, 5_400], // 1.5 × 3 600
    [{ value: 2, unit: 'wd' as const }, 110_400], // 2 × 55 200
    [{ value: 7, unit: 'd' as const }, 276_000], // 7 calendar days = 5 working days = 5 × 55 200
  ])('%o is %d s of working time', (duration, seconds) => {
    expect(toWorkingSeconds(duration, calendar)).toEqual({ ok: true, seconds });
  });

  it('clock units need no working day; days do', () => {
    expect(toWorkingSeconds({ value: 3, unit: 'h' }, noDay)).toEqual({ ok: true, seconds: 10_800 });
    expect(toWorkingSeconds({ value: 3, unit: 'wd' }, noDay)).toEqual({ ok: false, missing: 'workingDay' });
    expect(toWorkingSeconds({ value: 3, unit: 'd' }, noDay)).toEqual({ ok: false, missing: 'workingDay' });
  });

  it('converts back into any unit', () => {
    expect(fromWorkingSeconds(150, 'min', calendar)).toBe(2.5);
    expect(fromWorkingSeconds(5_400, 'h', calendar)).toBe(1.5);
    expect(fromWorkingSeconds(110_400, 'wd', calendar)).toBe(2);
    expect(fromWorkingSeconds(276_000, 'd', calendar)).toBe(7);
    expect(fromWorkingSeconds(276_000, 'wd', noDay)).toBeNull();
  });

  it('a six-day week makes a calendar day worth more working time', () => {
    // 7 calendar days = 6 working days of 55 200 s = 331 200 s
    expect(toWorkingSeconds({ value: 7, unit: 'd' }, { ...calendar, workingDaysPerWeek: 6 })).toEqual({ ok: true, seconds: 331_200 });
  });
});
