import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duePeriod, isPeriodOf, periodAt, periodIndex, periodOf, periodRange, periodsEndingAt, readPeriod, shiftPeriod } from '../../../../shared/kpi/periods';

describe('KPI periods', () => {
  it('names ISO weeks as Swedish and Norwegian calendars do, across year ends', () => {
    expect(periodOf('2026-03-19', 'week')).toBe('2026-W12');
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodOf('2026-03-19', 'month')).toBe('2026-03');
    expect(periodOf('2026-03-19', 'day')).toBe('2026-03-19');
  });

  it('steps weeks, months and days, also over a week 53', () => {
    expect(shiftPeriod('2020-W52', 1)).toBe('2020-W53');
    expect(shiftPeriod('2020-W53', 1)).toBe('2021-W01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-03-01', -1)).toBe('2026-02-28');
    expect(periodsEndingAt('2026-W02', 3)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
    expect(periodRange('2026-W01', '2025-W52')).toEqual([]);
  });

  it('the period due at a meeting is the last complete one', () => {
    expect(duePeriod('2026-03-19', 'week')).toBe('2026-W11');
    expect(duePeriod('2026-03-19', 'month')).toBe('2026-02');
    expect(duePeriod('2026-03-19', 'day')).toBe('2026-03-18');
  });

  it('refuses weeks and dates that do not exist', () => {
    expect(isPeriodOf('2025-W53', 'week')).toBe(false);
    expect(isPeriodOf('2026-W53', 'week')).toBe(true);
    expect(isPeriodOf('2020-W53', 'week')).toBe(true);
    expect(isPeriodOf('2026-02-30', 'day')).toBe(false);
  });

  it('reads periods the way spreadsheets and people write them', () => {
    expect(readPeriod('v12 2026', 'week')).toBe('2026-W12');
    expect(readPeriod('Vecka 12, 2026', 'week')).toBe('2026-W12');
    expect(readPeriod('uke 3 2026', 'week')).toBe('2026-W03');
    expect(readPeriod('2026 W7', 'week')).toBe('2026-W07');
    expect(readPeriod('19.03.2026', 'week')).toBe('2026-W12');
    expect(readPeriod('2026-03-19', 'month')).toBe('2026-03');
    expect(readPeriod('03/2026', 'month')).toBe('2026-03');
    expect(readPeriod('v53 2025', 'week')).toBeNull();
    expect(readPeriod('mars', 'month')).toBeNull();
  });

  it('property: a period and its running number convert both ways, and shifting adds to the number', () => {
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('day' as const, 'week' as const, 'month' as const), fc.integer({ min: -400, max: 400 }), (date, kind, steps) => {
        const key = periodOf(date, kind);
        expect(periodAt(periodIndex(key), kind)).toBe(key);
        const shifted = shiftPeriod(key, steps);
        expect(periodIndex(shifted) - periodIndex(key)).toBe(steps);
        // Keys sort in time order.
        expect(Math.sign(shifted.localeCompare(key))).toBe(Math.sign(steps));
      }),
    );
  });
});
