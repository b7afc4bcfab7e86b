import { scaleLinear, scalePoint } from 'd3-scale';
import type { Kpi, PeriodKey } from '../model/teamBoards';
import type { Rect } from '../shapes/geometry';
import { periodsEndingAt } from './periods';
import { kpiPoints, latestPoint, redLimit } from './status';

/**
 * The scales of a KPI's small chart: the last periods along x (one slot each, so a gap keeps its
 * place), the values, the target and the yellow band's edge along y. Axis ticks and "nice" bounds
 * come from d3-scale, never from our own rounding.
 */
export const CHART_PERIODS = 13;

export interface KpiChartScale {
  periods: PeriodKey[];
  /** y of a value, in the plot's coordinates (y grows downwards). */
  y(value: number): number;
  /** x of a period in the window. */
  x(period: PeriodKey): number;
  /** Tick values for the y axis, inside the domain, increasing. */
  ticks: number[];
  domain: [number, number];
}

/** The periods a chart shows: the `count` periods ending at the latest value (or at `until`, when later). */
export function chartWindow(kpi: Pick<Kpi, 'entries'>, count = CHART_PERIODS, until: PeriodKey | null = null): PeriodKey[] {
  const latest = latestPoint(kpi)?.period ?? kpi.entries.at(-1)?.period ?? until;
  if (!latest) return [];
  const last = until && until > latest ? until : latest;
  return periodsEndingAt(last, count);
}

export function kpiChartScale(kpi: Pick<Kpi, 'entries' | 'target' | 'tolerance' | 'direction'>, periods: readonly PeriodKey[], plot: Rect, tickCount = 4): KpiChartScale {
  const inWindow = new Set(periods);
  const values = kpiPoints(kpi)
    .filter((p) => inWindow.has(p.period))
    .map((p) => p.value);
  const limit = redLimit(kpi);
  if (kpi.target !== null) values.push(kpi.target);
  if (limit !== null) values.push(limit);
  let lo = values.length > 0 ? Math.min(...values) : 0;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  // One value, or values that differ by less than a chart can show (5e-324 and -5e-324 made d3's
  // tick generator ask for an array of 1e300 ticks): give them room above and below.
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo <= Math.max(magnitude * 1e-9, 1e-9)) {
    const mid = (lo + hi) / 2;
    const pad = magnitude > 1e-9 ? magnitude * 0.1 : 1;
    lo = mid - pad;
    hi = mid + pad;
  }
  const y = scaleLinear().domain([lo, hi]).range([plot.y + plot.h, plot.y]).nice(tickCount);
  const x = scalePoint<PeriodKey>().domain([...periods]).range([plot.x, plot.x + plot.w]).padding(0.5);
  const [d0, d1] = y.domain() as [number, number];
  return {
    periods: [...periods],
    y: (value) => y(value),
    x: (period) => x(period) ?? plot.x,
    ticks: y.ticks(tickCount),
    domain: [d0, d1],
  };
}
