import type { ValueStreamMetrics } from './analyze';
import type { Figure, FigureUnit } from './figure';

export type ComparedMetric = 'netAvailableTime' | 'takt' | 'leadTime' | 'valueAddedTime' | 'pce' | 'operatorsNeeded' | 'activityRatio' | 'rolledCompleteAccurate';

/** One row of the current-vs-future view. Changes are null when either side has no figure. */
export type Comparison = {
  metric: ComparedMetric;
  unit: FigureUnit;
  current: number | null;
  future: number | null;
  /** future − current, in the metric's unit (percentage points for percentages). */
  change: number | null;
  /** (future − current) ÷ current × 100; null when current is 0 or missing. */
  changePercent: number | null;
  /** Whether the change is an improvement: shorter lead time, higher PCE … (null for neutral metrics or no change). */
  better: boolean | null;
};

/** Which direction is good, per metric; takt and available time are conditions, not results. */
const betterWhen: Record<ComparedMetric, 'lower' | 'higher' | null> = {
  netAvailableTime: null,
  takt: null,
  leadTime: 'lower',
  valueAddedTime: 'lower',
  pce: 'higher',
  operatorsNeeded: 'lower',
  activityRatio: 'higher',
  rolledCompleteAccurate: 'higher',
};

function row(metric: ComparedMetric, current: Figure | null, future: Figure | null): Comparison | null {
  if (current === null && future === null) return null;
  const unit = (current ?? future)!.unit;
  const a = current?.value ?? null;
  const b = future?.value ?? null;
  const change = a === null || b === null ? null : b - a;
  const changePercent = change === null || a === 0 || a === null ? null : (change / a) * 100;
  const direction = betterWhen[metric];
  const better = change === null || change === 0 || direction === null ? null : direction === 'lower' ? change < 0 : change > 0;
  return { metric, unit, current: a, future: b, change, changePercent, better };
}

/** Current and future state side by side: every metric both maps have, and the change. */
export function compareValueStreams(current: ValueStreamMetrics, future: ValueStreamMetrics): Comparison[] {
  const rows = [
    row('leadTime', current.leadTimeDays, future.leadTimeDays),
    row('valueAddedTime', current.valueAddedTime, future.valueAddedTime),
    row('pce', current.pce, future.pce),
    row('takt', current.takt, future.takt),
    row('netAvailableTime', current.netAvailableTime, future.netAvailableTime),
    row('operatorsNeeded', current.operatorsNeeded, future.operatorsNeeded),
    row('activityRatio', current.activityRatio, future.activityRatio),
    row('rolledCompleteAccurate', current.rolledCompleteAccurate, future.rolledCompleteAccurate),
  ];
  return rows.filter((r): r is Comparison => r !== null);
}

/** A future-state map and the current-state map it improves, both analysed. */
export type StatePair = { current: ValueStreamMetrics; future: ValueStreamMetrics; rows: Comparison[] };

/**
 * Pairs every future-state map with the current-state map it names (`comparesWith`); a future
 * state that names no map, or one that is not there, has nothing to be compared with.
 */
export function pairStates(streams: readonly { id: string; state: 'current' | 'future'; comparesWith: string | null }[], metrics: ReadonlyMap<string, ValueStreamMetrics>): StatePair[] {
  const pairs: StatePair[] = [];
  for (const stream of streams) {
    if (stream.state !== 'future' || stream.comparesWith === null) continue;
    const current = metrics.get(stream.comparesWith);
    const future = metrics.get(stream.id);
    if (current && future) pairs.push({ current, future, rows: compareValueStreams(current, future) });
  }
  return pairs;
}
