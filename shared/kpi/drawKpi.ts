import type { Kpi, PeriodKey } from '../model/teamBoards';
import type { Rect } from '../shapes/geometry';
import { label } from '../shapes/label';
import type { Primitive, Theme } from '../shapes/primitives';
import { LINE_HEIGHT, textWidth, wrapText } from '../shapes/text';
import { chartWindow, kpiChartScale } from './chartScale';
import { isUpdated, kpiPoints, kpiStatus, latestPoint, redLimit, statusOfValue, textEntries, thresholdProblems, type KpiStatus } from './status';
import { kpiTrend } from './trend';
import type { BoardWords } from './words';
import { duePeriod } from './periods';

/**
 * A KPI drawn as drawing primitives: its small chart and its tile. The canvas (Konva), the projector
 * and the PDF (SVG) all draw these, so a KPI looks the same on the wall, on screen and on paper.
 * Status is never shown by colour alone: each colour has its own marker shape and a word.
 */

export interface StatusStyle {
  fill: string;
  soft: string;
  ink: string;
}

export const statusStyles: Record<KpiStatus, StatusStyle> = {
  green: { fill: '#2f855a', soft: '#dcf3e4', ink: '#1d5c38' },
  yellow: { fill: '#c98a0b', soft: '#fff1cc', ink: '#6b4500' },
  red: { fill: '#c53030', soft: '#fde2e2', ink: '#8f1d1d' },
  none: { fill: '#8795a1', soft: '#edf0f3', ink: '#3e4c59' },
};

const GRID = '#e4e7eb';
const BAND = '#fff4cc';
const TARGET = '#1d5c38';
const WARN = '#a61b1b';

/** Green a circle, yellow a triangle, red a square, none a dash: the shape says it without colour. */
export function statusMarker(status: KpiStatus, cx: number, cy: number, r: number): Primitive[] {
  const { fill } = statusStyles[status];
  const stroke = '#ffffff';
  switch (status) {
    case 'green':
      return [{ kind: 'ellipse', cx, cy, rx: r, ry: r, fill, stroke, strokeWidth: r * 0.25 }];
    case 'yellow':
      return [{ kind: 'polyline', points: [cx, cy - r * 1.1, cx + r * 1.1, cy + r * 0.85, cx - r * 1.1, cy + r * 0.85], closed: true, fill, stroke, strokeWidth: r * 0.25 }];
    case 'red':
      return [{ kind: 'rect', x: cx - r * 0.9, y: cy - r * 0.9, w: r * 1.8, h: r * 1.8, fill, stroke, strokeWidth: r * 0.25 }];
    case 'none':
      return [{ kind: 'rect', x: cx - r, y: cy - r * 0.3, w: r * 2, h: r * 0.6, fill }];
  }
}

const text = (lines: string[], box: Rect, fontSize: number, color: string, align: 'left' | 'center' | 'right' = 'left', bold = false): Primitive => ({
  kind: 'text',
  ...box,
  lines,
  fontSize,
  fontWeight: bold ? 'bold' : 'normal',
  color,
  align,
  valign: 'middle',
});

export interface ChartOptions {
  /** The periods shown; by default the last 13 up to the latest value. */
  periods?: readonly PeriodKey[];
}

/** The small chart: tolerance band, target line, value line with gaps where periods have no number, y ticks from d3-scale. */
export function drawKpiChart(kpi: Kpi, rect: Rect, theme: Theme, words: BoardWords, options: ChartOptions = {}): Primitive[] {
  const periods = options.periods ?? chartWindow(kpi);
  const out: Primitive[] = [];
  if (periods.length === 0 || rect.w < 40 || rect.h < 30) return out;
  const f = Math.max(8, Math.min(16, rect.h / 8));
  // First a provisional scale for the tick labels' width, then the real plot beside them.
  const probe = kpiChartScale(kpi, periods, { x: rect.x, y: rect.y, w: rect.w, h: rect.h });
  const tickText = (v: number) => words.number(v, 2);
  const labelW = Math.max(...probe.ticks.map((v) => textWidth(tickText(v), f)), f) + f * 0.5;
  const plot: Rect = { x: rect.x + labelW, y: rect.y + f * 0.6, w: Math.max(10, rect.w - labelW - f * 0.5), h: Math.max(10, rect.h - f * 2.2) };
  const scale = kpiChartScale(kpi, periods, plot);

  // Tolerance band and gridlines first, so the data is drawn over them.
  const limit = redLimit(kpi);
  if (kpi.target !== null && limit !== null && limit !== kpi.target) {
    const y1 = scale.y(kpi.target);
    const y2 = scale.y(limit);
    out.push({ kind: 'rect', x: plot.x, y: Math.min(y1, y2), w: plot.w, h: Math.abs(y2 - y1), fill: BAND });
  }
  for (const tick of scale.ticks) {
    const y = scale.y(tick);
    out.push({ kind: 'polyline', points: [plot.x, y, plot.x + plot.w, y], closed: false, stroke: GRID, strokeWidth: 1 });
    out.push(text([tickText(tick)], { x: rect.x, y: y - f * 0.7, w: labelW - f * 0.35, h: f * 1.4 }, f, theme.mutedInk, 'right'));
  }
  out.push({ kind: 'polyline', points: [plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h], closed: false, stroke: theme.line, strokeWidth: 1 });
  if (kpi.target !== null) {
    const y = scale.y(kpi.target);
    out.push({ kind: 'polyline', points: [plot.x, y, plot.x + plot.w, y], closed: false, stroke: TARGET, strokeWidth: Math.max(1.5, f * 0.16), dash: [f * 0.5, f * 0.35] });
  }

  // The value line, broken wherever a period has no number: a gap is never drawn as zero.
  const byPeriod = new Map(kpiPoints(kpi).map((p) => [p.period, p.value]));
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 4) out.push({ kind: 'polyline', points: run, closed: false, stroke: theme.ink, strokeWidth: Math.max(1.5, f * 0.18) });
    run = [];
  };
  for (const period of periods) {
    const value = byPeriod.get(period);
    if (value === undefined) flush();
    else run.push(scale.x(period), scale.y(value));
  }
  flush();
  const r = Math.max(2.5, Math.min(plot.w / periods.length / 2.6, f * 0.42));
  for (const period of periods) {
    const value = byPeriod.get(period);
    if (value !== undefined) out.push(...statusMarker(statusOfValue(value, kpi), scale.x(period), scale.y(value), r));
  }
  // A cell with text instead of a number: marked where its period is, not plotted.
  const inWindow = new Set(periods);
  for (const entry of textEntries(kpi)) {
    if (!inWindow.has(entry.period)) continue;
    const x = scale.x(entry.period);
    out.push(text(['?'], { x: x - f, y: plot.y + plot.h - f * 1.3, w: f * 2, h: f * 1.2 }, f, WARN, 'center', true));
  }

  // First and last period under the axis.
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const below = plot.y + plot.h + f * 0.2;
  out.push(text([words.period(first, true)], { x: plot.x, y: below, w: plot.w / 2, h: f * 1.3 }, f, theme.mutedInk, 'left'));
  out.push(text([words.period(last, true)], { x: plot.x + plot.w / 2, y: below, w: plot.w / 2, h: f * 1.3 }, f, theme.mutedInk, 'right'));
  return out;
}

export interface TileContext {
  words: BoardWords;
  /** The meeting's date (YYYY-MM-DD): a KPI without a value for the period due then is marked. */
  meetingDate: string | null;
  /** The goal the KPI serves, shown under its name. */
  goalText?: string;
}

/** What a tile says in words, for the screen reader text and the PDF's table. */
export function describeKpi(kpi: Kpi, ctx: TileContext): string {
  const { t } = ctx.words;
  const latest = latestPoint(kpi);
  const status = kpiStatus(kpi);
  const trend = kpiTrend(kpi);
  const value = latest ? `${ctx.words.number(latest.value)} ${kpi.unit}`.trim() : t('teamBoards.tile.noValue');
  return [kpi.name, value, t(`teamBoards.statusLong.${status}`), trend ? t('teamBoards.tile.trend', { trend: t(`teamBoards.trend.${trend}`) }) : t('teamBoards.tile.noTrend')].join('. ');
}

/** The lines of warning a tile carries: not updated, text in value cells, thresholds against the direction. */
export function tileWarnings(kpi: Kpi, ctx: TileContext): string[] {
  const { t } = ctx.words;
  const warnings: string[] = [];
  if (ctx.meetingDate && !isUpdated(kpi, ctx.meetingDate)) warnings.push(t('teamBoards.tile.notUpdated', { period: ctx.words.period(duePeriod(ctx.meetingDate, kpi.period), true) }));
  const texts = textEntries(kpi).length;
  if (texts > 0) warnings.push(t('teamBoards.tile.textValues', { count: texts }));
  if (thresholdProblems(kpi).includes('toleranceAgainstDirection')) warnings.push(t('teamBoards.tile.contradiction'));
  return warnings;
}

/** A KPI tile: name, latest value, status (marker and word), target and band, trend, warnings, the chart. */
export function drawKpiTile(kpi: Kpi, rect: Rect, theme: Theme, ctx: TileContext): Primitive[] {
  const { t, number } = ctx.words;
  const status = kpiStatus(kpi);
  const style = statusStyles[status];
  const latest = latestPoint(kpi);
  const trend = kpiTrend(kpi);
  // A wide, low tile (a wide screen) has its chart beside the words instead of under them.
  const wide = rect.w / rect.h >= 1.7;
  // Type as large as the tile allows: the name, the value and the status are read from the back of the room.
  const s = wide ? Math.min(rect.h / 165, (rect.w * 0.46) / 190) : Math.min(rect.h / 260, rect.w / 300);
  const f = Math.max(9, 16.5 * s);
  const pad = Math.max(6, 12 * s);
  const stripe = Math.max(5, 9 * s);
  const out: Primitive[] = [
    { kind: 'rect', x: rect.x, y: rect.y, w: rect.w, h: rect.h, radius: 6 * s, fill: theme.paper, stroke: '#c4cdd5', strokeWidth: Math.max(1, 1.5 * s) },
    { kind: 'rect', x: rect.x, y: rect.y, w: stripe, h: rect.h, radius: 3 * s, fill: style.fill },
  ];
  const x = rect.x + stripe + pad;
  const full = rect.w - stripe - 2 * pad;
  const w = wide ? full * 0.46 : full;
  let y = rect.y + pad * 0.8;

  // The name takes one line, or two when it needs them.
  const nameSize = f * 1.2;
  const nameLines = Math.min(2, Math.max(1, wrapText(kpi.name || '—', w, nameSize, true).length));
  const nameH = nameSize * LINE_HEIGHT * nameLines + f * 0.2;
  out.push(...label(kpi.name || '—', { x, y, w, h: nameH }, theme.ink, { fontSize: nameSize, bold: true, align: 'left', valign: 'top' }));
  y += nameH;
  if (ctx.goalText) {
    out.push(...label(t('teamBoards.tile.goal', { goal: ctx.goalText }), { x, y, w, h: f * 1.2 }, theme.mutedInk, { fontSize: f * 0.8, align: 'left' }));
    y += f * 1.2;
  }

  // The latest value large, the status as marker and word beside it.
  const big = f * 2.3;
  const valueText = latest ? `${number(latest.value)}${kpi.unit ? ` ${kpi.unit}` : ''}` : t('teamBoards.tile.noValue');
  const statusWord = t(`teamBoards.status.${status}`);
  const badgeW = textWidth(statusWord, f, true) + f * 2.4;
  out.push(...label(valueText, { x, y, w: w - badgeW - pad, h: big * 1.25 }, latest ? theme.ink : theme.mutedInk, { fontSize: latest ? big : f, bold: latest !== null, align: 'left' }));
  const badge: Rect = { x: x + w - badgeW, y: y + (big * 1.25 - f * 1.7) / 2, w: badgeW, h: f * 1.7 };
  out.push({ kind: 'rect', ...badge, radius: f * 0.85, fill: style.soft, stroke: style.fill, strokeWidth: Math.max(1, s) });
  out.push(...statusMarker(status, badge.x + f * 0.9, badge.y + badge.h / 2, f * 0.42));
  out.push(text([statusWord], { x: badge.x + f * 1.6, y: badge.y, w: badgeW - f * 1.8, h: badge.h }, f, style.ink, 'left', true));
  y += big * 1.25;

  // Period, target and band, trend: one line of small type.
  const sign = kpi.direction === 'higher' ? '≥' : '≤';
  const limit = redLimit(kpi);
  const facts = [
    latest ? ctx.words.period(latest.period, true) : null,
    kpi.target === null ? t('teamBoards.tile.noTarget') : t('teamBoards.tile.target', { sign, value: `${number(kpi.target)}${kpi.unit ? ` ${kpi.unit}` : ''}` }),
    kpi.target !== null && limit !== null && limit !== kpi.target ? t('teamBoards.tile.band', { limit: number(limit) }) : null,
  ].filter((part): part is string => part !== null);
  const trendWord = trend ? t('teamBoards.tile.trend', { trend: t(`teamBoards.trend.${trend}`) }) : t('teamBoards.tile.noTrend');
  const arrowW = trend ? f * 1.2 : 0;
  const trendW = textWidth(trendWord, f * 0.85) + arrowW + f * 0.3;
  // Facts and trend share a line when there is room, else the trend goes under the facts.
  const factsText = facts.join(' · ');
  const shared = textWidth(factsText, f * 0.85) + trendW <= w;
  out.push(...label(factsText, { x, y, w: shared ? w - trendW : w, h: f * 1.3 }, theme.mutedInk, { fontSize: f * 0.85, align: 'left' }));
  if (!shared) y += f * 1.2;
  const trendX = shared ? x + w - trendW : x;
  if (trend) out.push(...trendArrow(trend, trendX + f * 0.5, y + f * 0.65, f * 0.5, theme.ink));
  out.push(text([trendWord], { x: trendX + arrowW, y, w: trendW - arrowW, h: f * 1.3 }, f * 0.85, theme.ink, 'left'));
  y += f * 1.35;

  for (const warning of tileWarnings(kpi, ctx)) {
    out.push(...label(`⚠ ${warning}`, { x, y, w, h: f * 1.2 }, WARN, { fontSize: f * 0.8, bold: true, align: 'left' }));
    y += f * 1.2;
  }

  const chart: Rect = wide
    ? { x: x + w + pad, y: rect.y + pad * 0.6, w: full - w - pad, h: rect.h - pad * 1.2 }
    : { x, y: y + f * 0.2, w, h: rect.y + rect.h - pad * 0.6 - y - f * 0.2 };
  if (chart.h > 30) out.push(...drawKpiChart(kpi, chart, theme, ctx.words));
  return out;
}

function trendArrow(trend: 'up' | 'down' | 'flat', cx: number, cy: number, r: number, color: string): Primitive[] {
  const angle = trend === 'up' ? -Math.PI / 4 : trend === 'down' ? Math.PI / 4 : 0;
  const dx = Math.cos(angle) * r;
  const dy = Math.sin(angle) * r;
  const head = (a: number) => [cx + dx - Math.cos(angle + a) * r * 0.7, cy + dy - Math.sin(angle + a) * r * 0.7];
  return [
    { kind: 'polyline', points: [cx - dx, cy - dy, cx + dx, cy + dy], closed: false, stroke: color, strokeWidth: r * 0.3 },
    { kind: 'polyline', points: [...head(0.6), cx + dx, cy + dy, ...head(-0.6)], closed: false, stroke: color, strokeWidth: r * 0.3 },
  ];
}
