import { Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Language } from '../../../shared/model/language';
import type { ValueStreamMetrics } from '../../../shared/vsm/analyze';
import { formatFigure, formatWithUnit, ladderStepLabel, ladderWaitLabel, readableSeconds } from '../../../shared/vsm/format';

const MIN_RUNG = 72;
const MAX_RUNG = 104;

const shorten = (name: string, chars: number) => (name.length <= chars ? name : `${name.slice(0, chars - 1)}…`);

/**
 * The timeline ladder under the map, built from the main flow and never typed: waiting (days) on
 * the upper rungs, each step's C/T or PT on the lower ones, and the totals at the end.
 */
export function VsmLadder({ metrics, lang }: { metrics: ValueStreamMetrics; lang: Language }) {
  const strings = vsm[lang];
  const ladder = metrics.ladder;
  // The rungs share the width there is (down to a readable minimum; a longer flow scrolls), so the
  // ladder is not cut off on the right of a 1280-pixel projector.
  const { ref, width: available } = useElementSize();
  if (!ladder) {
    // As tall as the ladder, so the map above does not jump when the first flow appears.
    return (
      <div className="vsm-ladder empty" data-testid="vsm-ladder">
        <Text size="sm" c="dimmed">{strings.panel.ladderEmpty}</Text>
      </div>
    );
  }
  const totals = 236;
  const seg = Math.max(MIN_RUNG, Math.min(MAX_RUNG, Math.floor((available - totals) / Math.max(1, ladder.segments.length))));
  // A step's name fits its rung (about 6 px a character at 10 px).
  const nameChars = Math.max(6, Math.floor((seg - 8) / 6));
  const width = ladder.segments.length * seg + totals;
  const upper = 22;
  const lower = 58;
  const service = metrics.kind === 'service';
  // The totals come first, so they stay in view however long the flow is.
  const start = totals;
  let x = start;
  const path: string[] = [];
  const labels: React.ReactNode[] = [];
  ladder.segments.forEach((segment, i) => {
    const y = segment.kind === 'wait' ? upper : lower;
    path.push(`${i === 0 ? 'M' : 'L'} ${x} ${y} L ${x + seg} ${y}`);
    if (segment.kind === 'wait') {
      const text = ladderWaitLabel(segment, lang);
      labels.push(
        <text key={i} x={x + seg / 2} y={upper - 6} textAnchor="middle" fontSize={12} fontWeight={600} fill="#1f2933" data-testid="vsm-ladder-wait">
          {text}
        </text>,
      );
    } else {
      // A service step holds the work for its LT; its PT is the value-adding part shown on the rung.
      const work = ladderStepLabel(segment, lang);
      labels.push(
        <g key={i}>
          <text x={x + seg / 2} y={lower + 16} textAnchor="middle" fontSize={12} fontWeight={600} fill="#1864ab" data-testid="vsm-ladder-step">
            {work}
          </text>
          <text x={x + seg / 2} y={lower + 30} textAnchor="middle" fontSize={10} fill="#52606d">
            {shorten(segment.name || '', nameChars)}
          </text>
          {service && segment.flowSeconds !== null && segment.flowSeconds !== segment.workSeconds && (
            <text x={x + seg / 2} y={upper - 6} textAnchor="middle" fontSize={10} fill="#52606d">
              {`LT ${segment.days !== null && segment.days >= 1 ? formatWithUnit(segment.days, 'wd', lang) : readableSeconds(segment.flowSeconds, lang)}`}
            </text>
          )}
        </g>,
      );
    }
    x += seg;
  });
  return (
    // Scrolls sideways on a long map: focusable, so the keyboard can scroll it too.
    <div ref={ref} className="vsm-ladder" data-testid="vsm-ladder" tabIndex={0} role="region" aria-label={strings.panel.ladder}>
      <svg width={width} height={96} viewBox={`0 0 ${width} 96`} role="img" aria-label={strings.panel.ladder}>
        <path d={path.join(' ')} fill="none" stroke="#3e4c59" strokeWidth={2} />
        {ladder.segments.map((_, i) => (i > 0 ? <line key={i} x1={start + i * seg} x2={start + i * seg} y1={upper} y2={lower} stroke="#3e4c59" strokeWidth={2} /> : null))}
        {labels}
        <g transform="translate(0, 0)">
          <rect x={0} y={8} width={totals - 24} height={72} rx={6} fill="#f1f3f5" stroke="#ced4da" />
          <text x={10} y={30} fontSize={11} fill="#52606d">{service ? strings.metrics.totalLeadTime : strings.metrics.leadTime}</text>
          <text x={totals - 34} y={30} fontSize={13} fontWeight={700} textAnchor="end" fill="#1f2933" data-testid="vsm-ladder-lead">{formatFigure(metrics.leadTimeDays, lang)}</text>
          <text x={10} y={52} fontSize={11} fill="#52606d">{service ? strings.metrics.totalProcessTime : strings.metrics.valueAddedTime}</text>
          <text x={totals - 34} y={52} fontSize={13} fontWeight={700} textAnchor="end" fill="#1864ab" data-testid="vsm-ladder-va">{formatFigure(metrics.valueAddedTime, lang)}</text>
          <text x={10} y={72} fontSize={11} fill="#52606d">{service ? strings.metrics.flowEfficiency : 'PCE'}</text>
          <text x={totals - 34} y={72} fontSize={13} fontWeight={700} textAnchor="end" fill="#2b8a3e" data-testid="vsm-ladder-pce">{formatFigure(metrics.pce, lang)}</text>
        </g>
      </svg>
    </div>
  );
}
