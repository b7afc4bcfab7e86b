import { access } from '../../i18n/areas/access';
import { vsm as vsmStrings } from '../../i18n/areas/vsm';
import { analyzeValueStream, type ValueStreamMetrics } from '../../vsm/analyze';
import { vsmBoardsOf } from '../../vsm/boards';
import { compareValueStreams } from '../../vsm/compare';
import { describeAssumption, describeProblem } from '../../vsm/describe';
import type { Figure } from '../../vsm/figure';
import { formatChange, formatComparedValue, formatFigure } from '../../vsm/format';
import type { Ladder } from '../../vsm/ladder';
import type { ValueStream } from '../../vsm/model';
import type { ReportContext } from '../context';
import { esc, num } from '../html';
import { describeLadder, ladderTime } from '../../outline/describeLadder';
import { REPORT_FONT_FAMILY } from '../styles';
import { anchorOf, figureGroup, sectionHeading, type ReportSection } from './section';

/**
 * The value-stream figures of each VSM board, as the app shows them (shared/vsm/format.ts rounds
 * for reading): the metrics with how each is calculated, the timeline ladder, and for a future
 * state its comparison with the current state. Present only when a board is a value-stream map.
 */
export const vsm: ReportSection = {
  id: 'vsm',
  applies: (doc) => vsmBoardsOf(doc).length > 0,
  render(ctx) {
    const streams = vsmBoardsOf(ctx.doc);
    return `<section aria-labelledby="${anchorOf('vsm')}">${sectionHeading(ctx, 'vsm')}${valueStreamBlocks(ctx, streams)}</section>`;
  },
};

/** Every map's block; exported so it can be checked on maps built directly. */
export function valueStreamBlocks(ctx: ReportContext, streams: readonly ValueStream[]): string {
  const metrics = new Map(streams.map((stream) => [stream.id, analyzeValueStream(stream)]));
  return streams.map((stream) => block(ctx, stream, metrics.get(stream.id)!, stream.comparesWith ? (metrics.get(stream.comparesWith) ?? null) : null)).join('\n');
}

function block(ctx: ReportContext, stream: ValueStream, m: ValueStreamMetrics, current: ValueStreamMetrics | null): string {
  const v = vsmStrings[ctx.lang];
  const r = ctx.s.vsm;
  const service = m.kind === 'service';
  const rows: [string, Figure | null, string][] = [
    [v.metrics.takt, m.takt, v.formulas.takt],
    [v.metrics.leadTime, m.leadTimeDays, v.formulas.leadTime],
    [v.metrics.valueAddedTime, m.valueAddedTime, v.formulas.valueAddedTime],
    [service ? v.metrics.flowEfficiency : v.metrics.pce, m.pce, v.formulas.pce],
    [v.metrics.netAvailableTime, m.netAvailableTime, v.formulas.netAvailableTime],
    [v.metrics.operatorsNeeded, m.operatorsNeeded, v.formulas.operatorsNeeded],
  ];
  if (service) rows.push([v.metrics.activityRatio, m.activityRatio, v.formulas.activityRatio], [v.metrics.rolledCompleteAccurate, m.rolledCompleteAccurate, v.formulas.rolledCompleteAccurate]);
  const table = `<table class="vsm-metrics"><caption>${esc(`${stream.name} – ${v.kinds[m.kind]}, ${v.states[stream.state]}`)}</caption>
<thead><tr><th scope="col">${r.figure}</th><th scope="col" class="num">${r.value}</th><th scope="col">${r.basis}</th></tr></thead>
<tbody>${rows.map(([label, fig, formula]) => `<tr><th scope="row">${esc(label)}</th><td class="num">${esc(formatFigure(fig, ctx.lang))}</td><td class="muted">${esc(formula)}</td></tr>`).join('')}</tbody></table>`;
  const notes = [...m.problems.map((p) => `! ${describeProblem(p, stream, ctx.lang)}`), ...m.assumptions.map((a) => describeAssumption(a, stream, ctx.lang))];
  const comparison = current ? comparisonTable(ctx, current, m) : '';
  return `<div class="vsm-block"><h2>${esc(ctx.fill(r.heading, { name: stream.name || ctx.s.boards.untitled }))}</h2>
${table}
${notes.length > 0 ? `<ul class="vsm-notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
${m.ladder ? figureGroup('ladder', ladderSvg(ctx, m.ladder), r.timeline, true) : ''}
${comparison}
</div>`;
}

function comparisonTable(ctx: ReportContext, current: ValueStreamMetrics, future: ValueStreamMetrics): string {
  const v = vsmStrings[ctx.lang];
  const r = ctx.s.vsm;
  const rows = compareValueStreams(current, future).map((row) => {
    const shown = (value: number | null) => formatComparedValue(value, row, ctx.lang);
    const change = formatChange(row, ctx.lang);
    const mark = row.better === true ? ' class="num better"' : row.better === false ? ' class="num worse"' : ' class="num"';
    // Better or worse in words too, not by colour alone.
    const verdict = row.better === null ? '' : ` (${access[ctx.lang].status[row.better ? 'better' : 'worse']})`;
    return `<tr><th scope="row">${esc(v.metrics[row.metric])}</th><td class="num">${esc(shown(row.current))}</td><td class="num">${esc(shown(row.future))}</td><td${mark}>${esc(change + verdict)}</td></tr>`;
  });
  return `<table class="vsm-comparison"><caption>${r.comparison}</caption>
<thead><tr><th scope="col">${r.figure}</th><th scope="col" class="num">${r.current}</th><th scope="col" class="num">${r.future}</th><th scope="col" class="num">${r.change}</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

/** The timeline ladder: waits on the upper rung, steps on the lower, each with its time as text. */
function ladderSvg(ctx: ReportContext, ladder: Ladder): string {
  const cell = 96;
  const width = ladder.segments.length * cell;
  const upper = 22;
  const lower = 58;
  const parts = ladder.segments.map((segment, i) => {
    const x = i * cell;
    const y = segment.kind === 'wait' ? upper : lower;
    const text = ladderTime(segment, ctx.lang);
    const name = segment.kind === 'process' ? `<text x="${num(x + cell / 2)}" y="${lower + 16}" text-anchor="middle" font-size="9" fill="#52606d">${esc(segment.name.slice(0, 18))}</text>` : '';
    return `<line x1="${x}" y1="${y}" x2="${x + cell}" y2="${y}" stroke="#1c4e80" stroke-width="2"/>${i > 0 ? `<line x1="${x}" y1="${upper}" x2="${x}" y2="${lower}" stroke="#1c4e80" stroke-width="2"/>` : ''}<text x="${num(x + cell / 2)}" y="${y - 6}" text-anchor="middle" font-size="10" fill="#1f2933">${esc(text)}</text>${name}`;
  });
  return `<svg role="img" aria-label="${esc(describeLadder(ladder, ctx.lang))}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${lower + 22}" width="${width}" height="${lower + 22}" font-family="${esc(REPORT_FONT_FAMILY)}">${parts.join('')}</svg>`;
}
