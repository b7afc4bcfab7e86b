import type { Kpi, KpiEntry } from '../../../../shared/model/teamBoards';
import { shiftPeriod } from '../../../../shared/kpi/periods';

/** A weekly KPI with values for consecutive weeks ending at `last`; null leaves a gap. */
export function weeklyKpi(values: readonly (number | null | string)[], fields: Partial<Kpi> = {}, last = '2026-W11'): Kpi {
  const entries: KpiEntry[] = [];
  values.forEach((value, i) => {
    const period = shiftPeriod(last, i - values.length + 1);
    if (value === null) return;
    entries.push(typeof value === 'string' ? { period, value: null, text: value, comment: '' } : { period, value, text: '', comment: '' });
  });
  return { id: 'k1', name: 'Kompletta ansökningar', unit: '%', direction: 'higher', target: 90, tolerance: 5, period: 'week', areaId: null, goalId: null, entries, ...fields };
}
