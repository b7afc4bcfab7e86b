import type { Kpi, KpiEntry, PeriodKey } from '../model/teamBoards';
import { duePeriod } from './periods';

/**
 * Where a KPI stands: green when its latest value meets the target, red when it misses it by more
 * than the tolerance, yellow in between, none without a value (or without a target). A value at a
 * limit counts as the better colour. Only numbers count: a text typed in a value cell is marked
 * and skipped, and a period without a value is a gap, never a zero.
 */
export type KpiStatus = 'green' | 'yellow' | 'red' | 'none';

export interface KpiPoint {
  period: PeriodKey;
  value: number;
}

/** Why a KPI's thresholds cannot be taken as they are: shown on its tile and in the checklist. */
export type ThresholdProblem = 'noTarget' | 'toleranceAgainstDirection';

const counted = (entry: KpiEntry): entry is KpiEntry & { value: number } => entry.value !== null;

/** The entries that count, as points, in period order. */
export function kpiPoints(kpi: Pick<Kpi, 'entries'>): KpiPoint[] {
  const out: KpiPoint[] = [];
  for (const entry of kpi.entries) if (counted(entry)) out.push({ period: entry.period, value: entry.value });
  return out;
}

/** The latest period with a number (text cells and gaps are skipped). */
export function latestPoint(kpi: Pick<Kpi, 'entries'>): KpiPoint | null {
  for (let i = kpi.entries.length - 1; i >= 0; i--) {
    const entry = kpi.entries[i]!;
    if (counted(entry)) return { period: entry.period, value: entry.value };
  }
  return null;
}

/** Entries whose cell holds text that is not a number: marked on the tile and in the grid. */
export function textEntries(kpi: Pick<Kpi, 'entries'>): KpiEntry[] {
  return kpi.entries.filter(isTextEntry);
}

/** Whether any cell holds such text (stops at the first: the checklist asks it of every KPI on every edit). */
export function hasTextEntries(kpi: Pick<Kpi, 'entries'>): boolean {
  return kpi.entries.some(isTextEntry);
}

const isTextEntry = (entry: KpiEntry) => entry.value === null && entry.text.trim() !== '';

export function thresholdProblems(kpi: Pick<Kpi, 'target' | 'tolerance'>): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  if (kpi.target === null) problems.push('noTarget');
  // A negative band would put the yellow zone on the good side of the target.
  if (kpi.tolerance < 0) problems.push('toleranceAgainstDirection');
  return problems;
}

/** The tolerance used for the colours: a negative one contradicts the direction and counts as 0. */
export function effectiveTolerance(kpi: Pick<Kpi, 'tolerance'>): number {
  return Math.max(0, kpi.tolerance);
}

/** Where red begins: the other edge of the yellow band from the target; null without a target. */
export function redLimit(kpi: Pick<Kpi, 'target' | 'tolerance' | 'direction'>): number | null {
  if (kpi.target === null) return null;
  const tol = effectiveTolerance(kpi);
  return kpi.direction === 'higher' ? kpi.target - tol : kpi.target + tol;
}

/** A hair of slack for sums like 0.7 − 0.1, so a value typed exactly at a limit gets the better colour. */
const slack = (target: number) => 1e-9 * Math.max(1, Math.abs(target));

export function statusOfValue(value: number, kpi: Pick<Kpi, 'target' | 'tolerance' | 'direction'>): KpiStatus {
  if (kpi.target === null) return 'none';
  // How far the value is on the bad side of the target (≤ 0 meets it).
  const miss = kpi.direction === 'higher' ? kpi.target - value : value - kpi.target;
  const eps = slack(kpi.target);
  if (miss <= eps) return 'green';
  if (miss <= effectiveTolerance(kpi) + eps) return 'yellow';
  return 'red';
}

export function kpiStatus(kpi: Pick<Kpi, 'target' | 'tolerance' | 'direction' | 'entries'>): KpiStatus {
  const latest = latestPoint(kpi);
  return latest ? statusOfValue(latest.value, kpi) : 'none';
}

/**
 * True when the KPI has a number for the period due at a meeting on `isoDate` (the last complete
 * period) or a later one. Text in the cell does not count as updated.
 */
export function isUpdated(kpi: Pick<Kpi, 'period' | 'entries'>, isoDate: string): boolean {
  const due = duePeriod(isoDate, kpi.period);
  const latest = latestPoint(kpi);
  return latest !== null && latest.period >= due;
}
