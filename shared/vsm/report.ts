import { vsm } from '../i18n/areas/vsm';
import type { Language } from '../model/language';
import { analyzeValueStream, type ValueStreamMetrics } from './analyze';
import { describeAssumption, describeProblem } from './describe';
import type { Figure, Problem } from './figure';
import { formatFigure } from './format';
import type { MapKind, ValueStream } from './model';

/** One board in `verkstad metrics --json`: full precision, null where a figure does not apply or cannot be computed. */
export type BoardMetricsJson = {
  id: string;
  name: string;
  kind: MapKind;
  taktSeconds: number | null;
  leadTimeDays: number | null;
  valueAddedSeconds: number | null;
  pcePercent: number | null;
  activityRatioPercent: number | null;
  rolledCompleteAccuratePercent: number | null;
  problems: ProblemJson[];
};

/** A problem for scripts: a stable code, the field and elements it is about, and the sentence for people. */
export type ProblemJson = { code: Problem['code']; field: string | null; elementIds: string[]; message: string };

export type MetricsJson = { boards: BoardMetricsJson[] };

const valueOf = (figure: Figure | null) => figure?.value ?? null;

export function boardMetricsJson(stream: ValueStream, metrics: ValueStreamMetrics, lang: Language): BoardMetricsJson {
  return {
    id: metrics.id,
    name: metrics.name,
    kind: metrics.kind,
    taktSeconds: valueOf(metrics.takt),
    leadTimeDays: valueOf(metrics.leadTimeDays),
    valueAddedSeconds: valueOf(metrics.valueAddedTime),
    pcePercent: valueOf(metrics.pce),
    activityRatioPercent: valueOf(metrics.activityRatio),
    rolledCompleteAccuratePercent: valueOf(metrics.rolledCompleteAccurate),
    problems: metrics.problems.map((problem) => ({
      code: problem.code,
      field: problem.field ?? null,
      elementIds: problem.elementIds,
      message: describeProblem(problem, stream, lang),
    })),
  };
}

export function metricsJson(streams: readonly ValueStream[], lang: Language): MetricsJson {
  return { boards: streams.map((stream) => boardMetricsJson(stream, analyzeValueStream(stream), lang)) };
}

/** The human printout: per board its name and kind, the figures (rounded for reading), then problems (!) and assumptions (i). */
export function metricsText(streams: readonly ValueStream[], lang: Language): string {
  const strings = vsm[lang];
  const blocks = streams.map((stream) => {
    const metrics = analyzeValueStream(stream);
    const rows: [string, Figure | null][] = [
      [strings.metrics.takt, metrics.takt],
      [strings.metrics.leadTime, metrics.leadTimeDays],
      [strings.metrics.valueAddedTime, metrics.valueAddedTime],
      [metrics.kind === 'service' ? strings.metrics.flowEfficiency : strings.metrics.pce, metrics.pce],
    ];
    if (metrics.kind === 'service') {
      rows.push([strings.metrics.activityRatio, metrics.activityRatio], [strings.metrics.rolledCompleteAccurate, metrics.rolledCompleteAccurate]);
    }
    const width = Math.max(...rows.map(([label]) => label.length));
    const lines = [`${metrics.name} (${strings.kinds[metrics.kind]})`, ...rows.map(([label, figure]) => `  ${label.padEnd(width)}  ${formatFigure(figure, lang)}`)];
    for (const problem of metrics.problems) lines.push(`  ! ${describeProblem(problem, stream, lang)}`);
    for (const assumption of metrics.assumptions) lines.push(`  i ${describeAssumption(assumption, stream, lang)}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}
