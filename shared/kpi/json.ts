import type { KpiDirection, KpiPeriod, PeriodKey, Workshop } from '../model/workshop';
import { kpiStatus, latestPoint, type KpiStatus } from './status';
import { kpiTrend, type KpiTrend } from './trend';

/** One KPI as `verkstad kpi --json` prints it (docs/cli.md): the shape scripts rely on. */
export interface KpiJson {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number | null;
  tolerance: number;
  period: KpiPeriod;
  latest: { period: PeriodKey; value: number } | null;
  status: KpiStatus;
  trend: KpiTrend | null;
}

export function kpiJson(doc: Pick<Workshop, 'teamBoards'>): { kpis: KpiJson[] } {
  const kpis = doc.teamBoards?.goalBoard.kpis ?? [];
  return {
    kpis: kpis.map((kpi) => ({
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: kpi.target,
      tolerance: kpi.tolerance,
      period: kpi.period,
      latest: latestPoint(kpi),
      status: kpiStatus(kpi),
      trend: kpiTrend(kpi),
    })),
  };
}
