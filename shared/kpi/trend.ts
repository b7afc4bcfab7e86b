import type { Kpi } from '../model/teamBoards';
import { periodIndex, periodsEndingAt } from './periods';
import { kpiPoints, latestPoint } from './status';

/**
 * Which way a KPI has been going over its last five periods: the periods ending at the latest one
 * with a number. A straight line is fitted by least squares through the numbers among them (gaps
 * stay gaps: periods are placed by their index, not packed together); the trend is the line's
 * change across the five periods. It is flat when that change is within 2 % of the KPI's scale
 * (the larger of |target| and the largest |value| in the window), and null with fewer than three
 * numbers. Up and down are the numbers' direction, not better or worse.
 */
export type KpiTrend = 'up' | 'down' | 'flat';

export const TREND_PERIODS = 5;
export const TREND_MIN_VALUES = 3;
export const FLAT_SHARE = 0.02;

export function kpiTrend(kpi: Pick<Kpi, 'entries' | 'target'>): KpiTrend | null {
  const latest = latestPoint(kpi);
  if (!latest) return null;
  const window = new Set(periodsEndingAt(latest.period, TREND_PERIODS));
  const points = kpiPoints(kpi).filter((p) => window.has(p.period));
  if (points.length < TREND_MIN_VALUES) return null;
  const xs = points.map((p) => periodIndex(p.period));
  const ys = points.map((p) => p.value);
  const n = points.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const change = (sxy / sxx) * (TREND_PERIODS - 1);
  const scale = Math.max(Math.abs(kpi.target ?? 0), ...ys.map(Math.abs));
  if (Math.abs(change) <= FLAT_SHARE * scale || change === 0) return 'flat';
  return change > 0 ? 'up' : 'down';
}
