import { Collapse, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { access } from '../../../shared/i18n/areas/access';
import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Language } from '../../../shared/model/language';
import type { ValueStreamMetrics } from '../../../shared/vsm/analyze';
import type { StatePair } from '../../../shared/vsm/compare';
import { describeAssumption, describeBasis, describeProblem } from '../../../shared/vsm/describe';
import type { Figure } from '../../../shared/vsm/figure';
import { fill, formatComparison, formatFigure, readableSeconds } from '../../../shared/vsm/format';
import type { ValueStream } from '../../../shared/vsm/model';

type Row = { id: string; label: string; figure: Figure };

/** A new map misses many values at once; the first few say what to do next without burying the figures. */
const SHOWN_PROBLEMS = 6;

/** The figures of the map, each with its basis one click (or a hover) away. */
export function VsmMetrics({ stream, metrics, lang, pairs }: { stream: ValueStream; metrics: ValueStreamMetrics; lang: Language; pairs: StatePair[] }) {
  const strings = vsm[lang];
  const service = metrics.kind === 'service';
  const rows: Row[] = [
    { id: 'netAvailableTime', label: strings.metrics.netAvailableTime, figure: metrics.netAvailableTime },
    { id: 'dailyDemand', label: strings.metrics.dailyDemand, figure: metrics.dailyDemand },
    { id: 'takt', label: strings.metrics.takt, figure: metrics.takt },
    { id: 'leadTime', label: service ? strings.metrics.totalLeadTime : strings.metrics.leadTime, figure: metrics.leadTimeDays },
    { id: 'valueAddedTime', label: service ? strings.metrics.totalProcessTime : strings.metrics.valueAddedTime, figure: metrics.valueAddedTime },
    { id: 'pce', label: service ? strings.metrics.flowEfficiency : strings.metrics.pce, figure: metrics.pce },
  ];
  if (service) {
    if (metrics.activityRatio) rows.push({ id: 'activityRatio', label: strings.metrics.activityRatio, figure: metrics.activityRatio });
    if (metrics.rolledCompleteAccurate) rows.push({ id: 'rolledCompleteAccurate', label: strings.metrics.rolledCompleteAccurate, figure: metrics.rolledCompleteAccurate });
  } else rows.push({ id: 'operatorsNeeded', label: strings.metrics.operatorsNeeded, figure: metrics.operatorsNeeded });

  return (
    <Stack gap="sm">
      {pairs.length > 0 && (
        <Stack gap={4} data-testid="vsm-comparison">
          <Text size="sm" fw={700}>{strings.panel.comparison}</Text>
          {pairs.flatMap((pair) =>
            pair.rows.map((r) => (
              <Text key={`${pair.future.id}-${r.metric}`} size="sm" className={r.better === true ? 'vsm-better' : r.better === false ? 'vsm-worse' : undefined} data-testid={`vsm-compare-${r.metric}`}>
                {formatComparison(r, lang)}
                {r.better !== null && ` (${access[lang].status[r.better ? 'better' : 'worse']})`}
              </Text>
            )),
          )}
        </Stack>
      )}
      <div className="vsm-metrics" data-testid="vsm-metrics">
        {rows.map((row) => (
          <MetricRow key={row.id} row={row} stream={stream} lang={lang} />
        ))}
      </div>
      <StepChart metrics={metrics} lang={lang} />
      {(metrics.problems.length > 0 || metrics.assumptions.length > 0) && (
        <Stack gap={4} data-testid="vsm-problems">
          {metrics.problems.length > 0 && <Text size="sm" fw={700}>{strings.panel.problems}</Text>}
          {metrics.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            <Text key={i} size="sm" className="vsm-problem">
              <IconAlertTriangle size={13} /> {describeProblem(problem, stream, lang)}
            </Text>
          ))}
          {metrics.problems.length > SHOWN_PROBLEMS && (
            <Text size="sm" c="dimmed">{fill(strings.panel.moreProblems, { count: String(metrics.problems.length - SHOWN_PROBLEMS) })}</Text>
          )}
          {metrics.assumptions.map((assumption, i) => (
            <Text key={`a${i}`} size="xs" c="dimmed">
              <IconInfoCircle size={12} /> {describeAssumption(assumption, stream, lang)}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MetricRow({ row, stream, lang }: { row: Row; stream: ValueStream; lang: Language }) {
  const [open, setOpen] = useState(false);
  const basis = describeBasis(row.figure, stream, lang);
  const missing = row.figure.value === null;
  const basisBlock = (
    <div className="vsm-basis">
      <div className="vsm-formula">{basis.formula}</div>
      {basis.inputs.map((input, i) => (
        <div key={i}>{input}</div>
      ))}
      {basis.assumptions.map((a, i) => (
        <div key={`a${i}`} className="vsm-assumption">{a}</div>
      ))}
      {missing && row.figure.problems.slice(0, 3).map((p, i) => <div key={`p${i}`} className="vsm-problem">{describeProblem(p, stream, lang)}</div>)}
    </div>
  );
  return (
    <div className="vsm-metric" data-testid={`vsm-metric-${row.id}`}>
      <Tooltip label={basisBlock} multiline w={300} openDelay={350} position="left" withinPortal>
        <UnstyledButton className="vsm-metric-head" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? <IconChevronDown size={12} /> : <IconChevronRight size={12} />}
          <span className="vsm-metric-label">{row.label}</span>
          <span className={`vsm-metric-value${missing ? ' missing' : ''}`} data-testid={`vsm-value-${row.id}`}>{formatFigure(row.figure, lang)}</span>
        </UnstyledButton>
      </Tooltip>
      <Collapse expanded={open}>{basisBlock}</Collapse>
    </div>
  );
}

/**
 * Each step's C/T (PT on a service map) as a bar against the takt line. A bar over takt is red,
 * hatched and marked ▲ — never told by colour alone — and the chart reads out as a list of steps.
 */
function StepChart({ metrics, lang }: { metrics: ValueStreamMetrics; lang: Language }) {
  const strings = vsm[lang].panel;
  const loads = metrics.stepLoads;
  if (loads.length === 0) return null;
  const takt = metrics.takt.value;
  const top = Math.max(takt ?? 0, ...loads.map((l) => l.workSeconds ?? 0)) * 1.15 || 1;
  const width = 300;
  const height = 150;
  const chartH = 110;
  const barW = Math.min(46, (width - 20) / loads.length - 10);
  const y = (seconds: number) => 10 + chartH - (seconds / top) * chartH;
  return (
    <div data-testid="vsm-chart">
      <Text size="sm" fw={700}>{metrics.kind === 'service' ? strings.chartService : strings.chart}</Text>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={chartLabel(metrics, lang)}>
        <defs>
          <pattern id="vsm-over-takt" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#c92a2a" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" opacity="0.45" />
          </pattern>
        </defs>
        <line x1={0} x2={width} y1={10 + chartH} y2={10 + chartH} stroke="#9aa5b1" />
        {loads.map((load, i) => {
          const x = 14 + i * ((width - 20) / loads.length);
          const seconds = load.workSeconds;
          return (
            <g key={load.elementId} data-testid="vsm-chart-bar" data-over={load.overTakt === true ? 'true' : 'false'}>
              {seconds !== null && <rect x={x} y={y(seconds)} width={barW} height={10 + chartH - y(seconds)} rx={3} fill={load.overTakt ? 'url(#vsm-over-takt)' : '#1c6fbf'} />}
              {seconds !== null && (
                <text x={x + barW / 2} y={y(seconds) - 3} fontSize={10} textAnchor="middle" fill={load.overTakt ? '#a61b1b' : '#1f2933'} fontWeight={load.overTakt ? 700 : 400}>
                  {load.overTakt ? `▲ ${readableSeconds(seconds, lang)}` : readableSeconds(seconds, lang)}
                </text>
              )}
              <text x={x + barW / 2} y={height - 14} fontSize={10} textAnchor="middle" fill="#52606d">{(load.name || '–').slice(0, 12)}</text>
            </g>
          );
        })}
        {takt !== null && (
          <g>
            <line x1={0} x2={width} y1={y(takt)} y2={y(takt)} stroke="#c2410c" strokeWidth={2} strokeDasharray="6 4" />
            <text x={width - 2} y={y(takt) - 4} fontSize={10} textAnchor="end" fill="#c2410c" fontWeight={700}>{fill(strings.taktLine, { value: readableSeconds(takt, lang) })}</text>
          </g>
        )}
      </svg>
    </div>
  );
}

/** The chart in words: each step's time, "over takt" where it is, then the takt line. */
function chartLabel(metrics: ValueStreamMetrics, lang: Language): string {
  const strings = vsm[lang].panel;
  const over = access[lang].describe.overTakt;
  const steps = metrics.stepLoads.map((load) => `${load.name || '–'} ${load.workSeconds === null ? '–' : readableSeconds(load.workSeconds, lang)}${load.overTakt ? ` (${over})` : ''}`);
  const takt = metrics.takt.value === null ? '' : `; ${fill(strings.taktLine, { value: readableSeconds(metrics.takt.value, lang) })}`;
  return `${metrics.kind === 'service' ? strings.chartService : strings.chart}: ${steps.join(', ')}${takt}`;
}
