import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTextEntries, isUpdated, kpiStatus, latestPoint, redLimit, statusOfValue, textEntries, thresholdProblems } from '../../../../shared/kpi/status';
import { kpiTrend } from '../../../../shared/kpi/trend';
import { weeklyKpi } from './builders';

describe('KPI status', () => {
  it('higher is better: green at or above the target, yellow within the tolerance, red beyond it', () => {
    const kpi = weeklyKpi([], { target: 90, tolerance: 5 });
    expect(statusOfValue(93, kpi)).toBe('green');
    expect(statusOfValue(90, kpi)).toBe('green');
    expect(statusOfValue(87, kpi)).toBe('yellow');
    expect(statusOfValue(85, kpi)).toBe('yellow');
    expect(statusOfValue(84.9, kpi)).toBe('red');
  });

  it('lower is better: the band lies above the target', () => {
    const kpi = weeklyKpi([], { direction: 'lower', target: 28, tolerance: 4 });
    expect(statusOfValue(27, kpi)).toBe('green');
    expect(statusOfValue(32, kpi)).toBe('yellow');
    expect(statusOfValue(32.1, kpi)).toBe('red');
    expect(redLimit(kpi)).toBe(32);
  });

  it('a value typed exactly at a limit gets the better colour despite floating point', () => {
    expect(statusOfValue(0.6, weeklyKpi([], { target: 0.7, tolerance: 0.1 }))).toBe('yellow');
    expect(statusOfValue(0.3, weeklyKpi([], { target: 0.1 + 0.2, tolerance: 0 }))).toBe('green');
  });

  it('the latest number counts: gaps and text are skipped, never read as zero', () => {
    const kpi = weeklyKpi([80, 95, 'saknas', null]);
    expect(latestPoint(kpi)).toEqual({ period: '2026-W09', value: 95 });
    expect(kpiStatus(kpi)).toBe('green');
  });

  it('no value or no target: no status', () => {
    expect(kpiStatus(weeklyKpi([]))).toBe('none');
    expect(kpiStatus(weeklyKpi(['?']))).toBe('none');
    expect(kpiStatus(weeklyKpi([50], { target: null }))).toBe('none');
  });

  it('a negative tolerance contradicts the direction: flagged, and counted as no band', () => {
    const kpi = weeklyKpi([88], { tolerance: -5 });
    expect(thresholdProblems(kpi)).toEqual(['toleranceAgainstDirection']);
    expect(kpiStatus(kpi)).toBe('red');
    expect(thresholdProblems(weeklyKpi([], { target: null }))).toEqual(['noTarget']);
  });

  it('is up to date with a number for last week at a Thursday meeting', () => {
    expect(isUpdated(weeklyKpi([1, 2], {}, '2026-W11'), '2026-03-19')).toBe(true);
    expect(isUpdated(weeklyKpi([1, 2], {}, '2026-W10'), '2026-03-19')).toBe(false);
    expect(isUpdated(weeklyKpi([1, 'saknas'], {}, '2026-W11'), '2026-03-19')).toBe(false);
  });

  it('property: status never gets better as the value gets worse', () => {
    const rank = { green: 0, yellow: 1, red: 2, none: 3 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (target, tolerance, value, worseBy, direction) => {
          const kpi = weeklyKpi([], { target, tolerance, direction });
          const worse = direction === 'higher' ? value - worseBy : value + worseBy;
          expect(rank[statusOfValue(worse, kpi)]).toBeGreaterThanOrEqual(rank[statusOfValue(value, kpi)]);
        },
      ),
    );
  });

  it('property: the status of a KPI is the status of its latest number, whatever text or gaps follow', () => {
    const cell = fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constant(null), fc.constantFrom('saknas', 'n/a'));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        const kpi = weeklyKpi(cells);
        const numbers = cells.filter((c): c is number => typeof c === 'number');
        const last = numbers.at(-1);
        expect(kpiStatus(kpi)).toBe(last === undefined ? 'none' : statusOfValue(last, kpi));
      }),
    );
  });
});

describe('KPI trend over the last five periods', () => {
  it('rises, falls or stays flat', () => {
    expect(kpiTrend(weeklyKpi([80, 82, 84, 86, 88]))).toBe('up');
    expect(kpiTrend(weeklyKpi([88, 86, 84, 82, 80]))).toBe('down');
    expect(kpiTrend(weeklyKpi([85, 85.2, 84.9, 85.1, 85]))).toBe('flat');
  });

  it('looks only at the last five periods, and keeps gaps in their place', () => {
    expect(kpiTrend(weeklyKpi([10, 20, 30, 90, 89, 90, 89, 90]))).toBe('flat');
    expect(kpiTrend(weeklyKpi([80, null, null, 84, 86]))).toBe('up');
  });

  it('needs three numbers among the last five periods', () => {
    expect(kpiTrend(weeklyKpi([80, null, 'x', null, 90]))).toBeNull();
    expect(kpiTrend(weeklyKpi([]))).toBeNull();
  });

  it('property: a trend turns the other way when the values are mirrored, and is unchanged when they are scaled', () => {
    const values = fc.array(fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constant(null)), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(values, fc.double({ min: 0.01, max: 100, noNaN: true }), (cells, factor) => {
        const trend = kpiTrend(weeklyKpi(cells, { target: 0 }));
        const flip = { up: 'down', down: 'up', flat: 'flat' } as const;
        const mirrored = kpiTrend(weeklyKpi(cells.map((v) => (v === null ? null : -v)), { target: 0 }));
        expect(mirrored).toBe(trend === null ? null : flip[trend]);
        const scaled = kpiTrend(weeklyKpi(cells.map((v) => (v === null ? null : v * factor)), { target: 0 }));
        // Scaling can only move a value exactly on the 2 % line; away from it the trend holds.
        if (trend !== 'flat' && scaled !== 'flat') expect(scaled).toBe(trend);
      }),
    );
  });
});

describe('text in value cells', () => {
  it('hasTextEntries answers as textEntries does, for any mix of numbers, gaps and text', () => {
    const cell = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null), fc.constantFrom('saknas', ' ', '', 'n/a'));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (values) => {
        const kpi = weeklyKpi(values);
        expect(hasTextEntries(kpi)).toBe(textEntries(kpi).length > 0);
      }),
    );
  });
});
