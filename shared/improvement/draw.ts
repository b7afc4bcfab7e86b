import { GOAL_BOARD_SIZE } from '../kpi/goalBoard';
import type { BoardWords } from '../kpi/words';
import type { CardColumn, ImprovementBoard, ImprovementCard, PdsaStep } from '../model/teamBoards';
import { PdsaStep as PdsaSteps } from '../model/teamBoards';
import type { Rect } from '../shapes/geometry';
import { label } from '../shapes/label';
import type { Primitive, Theme } from '../shapes/primitives';
import { cardNumbers, cardsIn, cardTitle, columnLoad, columns, type Quadrant } from './board';

/**
 * The improvement board as one drawing, the size of the goal board (an A3 landscape page): the
 * four columns with their cards and WIP counts on the left, the effort/effect matrix on the right
 * with each placed card as its number. Drawn with the shape primitives for the canvas, the
 * projector and the PDF. A column over its limit says so in words, not only in red.
 */
const MARGIN = 20;
const GAP = 12;
const HEADER_H = 64;
const COLUMN_HEAD_H = 62;
const WARN = '#a61b1b';
const CARD_FILL: Record<CardColumn, string> = { new: '#fff3a3', prioritised: '#cfe6ff', inProgress: '#ffdcb8', done: '#d3f5d0' };

export interface ImprovementText {
  team: string;
  words: BoardWords;
  /** The names of KPIs by id, for "moves: …" on a card. */
  kpiNames: ReadonlyMap<string, string>;
}

export interface ImprovementLayout {
  width: number;
  height: number;
  columns: { column: CardColumn; rect: Rect }[];
  matrix: Rect;
}

export function layoutImprovementBoard(size: { w: number; h: number } = GOAL_BOARD_SIZE): ImprovementLayout {
  const { w: width, h: height } = size;
  const top = MARGIN + HEADER_H + GAP;
  const columnsW = (width - 2 * MARGIN) * 0.62;
  const colW = (columnsW - GAP * 3) / 4;
  return {
    width,
    height,
    columns: columns.map((column, i) => ({ column, rect: { x: MARGIN + i * (colW + GAP), y: top, w: colW, h: height - MARGIN - top } })),
    matrix: { x: MARGIN + columnsW + GAP * 2, y: top, w: width - 2 * MARGIN - columnsW - GAP * 2, h: height - MARGIN - top },
  };
}

export function drawImprovementBoard(board: ImprovementBoard, theme: Theme, text: ImprovementText, layout: ImprovementLayout = layoutImprovementBoard()): Primitive[] {
  const { t } = text.words;
  const numbers = cardNumbers(board);
  const out: Primitive[] = [{ kind: 'rect', x: 0, y: 0, w: layout.width, h: layout.height, fill: '#f4f6f8' }];
  out.push({ kind: 'rect', x: MARGIN, y: MARGIN, w: layout.width - 2 * MARGIN, h: HEADER_H, radius: 8, fill: '#1c4e80' });
  out.push(
    ...label(`${t('teamBoards.views.improvementBoard')} – ${text.team || t('teamBoards.board.untitledTeam')}`, { x: MARGIN + 20, y: MARGIN, w: layout.width - 2 * MARGIN - 40, h: HEADER_H }, '#ffffff', {
      fontSize: 28,
      bold: true,
      align: 'left',
    }),
  );
  for (const { column, rect } of layout.columns) out.push(...drawColumn(board, column, rect, theme, text, numbers));
  out.push(...drawMatrix(board, layout.matrix, theme, text, numbers));
  return out;
}

function drawColumn(board: ImprovementBoard, column: CardColumn, rect: Rect, theme: Theme, text: ImprovementText, numbers: Map<string, number>): Primitive[] {
  const { t } = text.words;
  const load = columnLoad(board, column);
  const over = load.over.length > 0;
  const out: Primitive[] = [
    { kind: 'rect', ...rect, radius: 8, fill: '#ffffff', stroke: over ? WARN : '#d5dbe1', strokeWidth: over ? 3 : 1 },
    { kind: 'rect', x: rect.x, y: rect.y, w: rect.w, h: COLUMN_HEAD_H, radius: 8, fill: over ? '#fde2e2' : '#e4e9f0' },
  ];
  out.push(...label(t(`teamBoards.improvement.columns.${column}`), { x: rect.x + 10, y: rect.y + 4, w: rect.w - 20, h: 30 }, theme.ink, { fontSize: 22, bold: true, align: 'left' }));
  const limited = load.limit.small !== null || load.limit.project !== null;
  const wip = limited
    ? t('teamBoards.improvement.wip', { small: load.small, smallLimit: load.limit.small ?? '–', project: load.project, projectLimit: load.limit.project ?? '–' })
    : t('teamBoards.improvement.wipNoLimit', { count: load.small + load.project });
  out.push(...label(over ? `⚠ ${t('teamBoards.improvement.overLimit')}: ${wip}` : wip, { x: rect.x + 10, y: rect.y + 34, w: rect.w - 20, h: 24 }, over ? WARN : theme.mutedInk, { fontSize: 15, bold: over, align: 'left' }));

  const cards = cardsIn(board, column);
  const area: Rect = { x: rect.x + 8, y: rect.y + COLUMN_HEAD_H + 8, w: rect.w - 16, h: rect.h - COLUMN_HEAD_H - 16 };
  if (cards.length === 0) {
    out.push(...label(t('teamBoards.improvement.emptyColumn'), { ...area, h: 40 }, theme.mutedInk, { fontSize: 14 }));
    return out;
  }
  // Cards shrink to fit; below a readable size the rest are counted instead of squeezed.
  const ideal = column === 'inProgress' ? 180 : column === 'done' ? 170 : 140;
  const minH = 80;
  const fit = Math.floor((area.h + GAP) / (minH + 8));
  const shown = cards.length <= fit ? cards : cards.slice(0, Math.max(1, fit - 1));
  const cardH = Math.min(ideal, (area.h - 8 * (shown.length - 1) - (shown.length < cards.length ? 30 : 0)) / shown.length);
  shown.forEach((card, i) => out.push(...drawCard(card, { x: area.x, y: area.y + i * (cardH + 8), w: area.w, h: cardH }, theme, text, numbers.get(card.id) ?? 0)));
  if (shown.length < cards.length) {
    out.push(...label(`+ ${cards.length - shown.length}`, { x: area.x, y: area.y + shown.length * (cardH + 8), w: area.w, h: 26 }, theme.mutedInk, { fontSize: 16, bold: true }));
  }
  return out;
}

function drawCard(card: ImprovementCard, r: Rect, theme: Theme, text: ImprovementText, number: number): Primitive[] {
  const { t } = text.words;
  const f = Math.max(11, Math.min(18, r.h / 7.5));
  const out: Primitive[] = [{ kind: 'rect', ...r, radius: 4, fill: CARD_FILL[card.column], stroke: '#b8c2cc', strokeWidth: 1 }];
  out.push({ kind: 'ellipse', cx: r.x + 15, cy: r.y + 15, rx: 11, ry: 11, fill: '#1f2933' });
  out.push({ kind: 'text', x: r.x + 4, y: r.y + 4, w: 22, h: 22, lines: [String(number)], fontSize: 12, fontWeight: 'bold', color: '#ffffff', align: 'center', valign: 'middle' });
  if (card.size === 'project') {
    out.push({ kind: 'rect', x: r.x + r.w - 64, y: r.y + 6, w: 58, h: 18, radius: 9, fill: '#1c4e80' });
    out.push({ kind: 'text', x: r.x + r.w - 64, y: r.y + 6, w: 58, h: 18, lines: [t('teamBoards.improvement.sizes.project')], fontSize: 10, fontWeight: 'bold', color: '#ffffff', align: 'center', valign: 'middle' });
  }
  let y = r.y + 5;
  const titleRight = card.size === 'project' ? 70 : 8;
  const title = cardTitle(card) || t('teamBoards.improvement.card.untitled');
  out.push(...label(title, { x: r.x + 32, y, w: r.w - 32 - titleRight, h: f * 2.6 }, theme.ink, { fontSize: f * 1.05, bold: true, align: 'left', valign: 'top' }));
  y += f * 2.7;
  const lines: string[] = [];
  if (card.idea.trim() && card.problem.trim()) lines.push(`${t('teamBoards.improvement.card.problem')}: ${card.problem}`);
  if (card.column === 'done' && card.effect.trim()) lines.push(`${t('teamBoards.improvement.card.effect')}: ${card.effect}`);
  if (card.kpiId && text.kpiNames.get(card.kpiId)) lines.push(`→ ${text.kpiNames.get(card.kpiId)}`);
  const pdsaH = card.column === 'inProgress' ? f * 1.6 : 0;
  const whoH = f * 1.3;
  const room = r.y + r.h - 6 - pdsaH - whoH - y;
  if (lines.length > 0 && room > f) out.push(...label(lines.join('\n'), { x: r.x + 8, y, w: r.w - 16, h: room }, theme.mutedInk, { fontSize: f * 0.85, align: 'left', valign: 'top' }));
  out.push(...label(card.suggestedBy, { x: r.x + 8, y: r.y + r.h - 6 - pdsaH - whoH, w: r.w - 16, h: whoH }, theme.mutedInk, { fontSize: f * 0.8, align: 'left' }));
  if (card.column === 'inProgress') out.push(...drawPdsa(card.pdsa, { x: r.x + 8, y: r.y + r.h - 4 - pdsaH, w: r.w - 16, h: pdsaH - 2 }, text));
  return out;
}

/** Four boxes P D S A, the current step filled and named: the step reads without colour. */
function drawPdsa(step: PdsaStep | null, r: Rect, text: ImprovementText): Primitive[] {
  const { t } = text.words;
  const out: Primitive[] = [];
  const box = Math.min(r.h, 22);
  PdsaSteps.options.forEach((s, i) => {
    const x = r.x + i * (box + 3);
    const current = s === step;
    out.push({ kind: 'rect', x, y: r.y, w: box, h: box, radius: 3, fill: current ? '#1f2933' : '#ffffff', stroke: '#1f2933', strokeWidth: 1 });
    out.push({ kind: 'text', x, y: r.y, w: box, h: box, lines: [s[0]!.toUpperCase()], fontSize: box * 0.55, fontWeight: 'bold', color: current ? '#ffffff' : '#1f2933', align: 'center', valign: 'middle' });
  });
  const name = step ? `${t('teamBoards.improvement.pdsaLabel')}: ${t(`teamBoards.improvement.pdsa.${step}`)}` : t('teamBoards.improvement.pdsaLabel');
  out.push(...label(name, { x: r.x + 4 * (box + 3) + 4, y: r.y, w: r.w - 4 * (box + 3) - 4, h: box }, '#1f2933', { fontSize: box * 0.55, bold: true, align: 'left' }));
  return out;
}

function drawMatrix(board: ImprovementBoard, rect: Rect, theme: Theme, text: ImprovementText, numbers: Map<string, number>): Primitive[] {
  const { t } = text.words;
  const out: Primitive[] = [{ kind: 'rect', ...rect, radius: 8, fill: '#ffffff', stroke: '#d5dbe1', strokeWidth: 1 }];
  out.push(...label(t('teamBoards.improvement.matrix.title'), { x: rect.x + 12, y: rect.y + 6, w: rect.w - 24, h: 30 }, theme.ink, { fontSize: 19, bold: true, align: 'left' }));
  const axis = 36;
  const plot: Rect = { x: rect.x + axis + 12, y: rect.y + 44, w: rect.w - axis - 28, h: rect.h - 44 - axis - 40 };
  const half = { w: plot.w / 2, h: plot.h / 2 };
  const quadrants: { q: Quadrant; x: number; y: number; fill: string }[] = [
    { q: 'quickWins', x: plot.x, y: plot.y, fill: '#e8f6ec' },
    { q: 'projects', x: plot.x + half.w, y: plot.y, fill: '#eaf2fb' },
    { q: 'fillIns', x: plot.x, y: plot.y + half.h, fill: '#f7f8fa' },
    { q: 'avoid', x: plot.x + half.w, y: plot.y + half.h, fill: '#fbeeee' },
  ];
  for (const q of quadrants) {
    out.push({ kind: 'rect', x: q.x, y: q.y, w: half.w, h: half.h, fill: q.fill, stroke: '#c4cdd5', strokeWidth: 1 });
    out.push(...label(t(`teamBoards.improvement.matrix.${q.q}`), { x: q.x + 8, y: q.y + 6, w: half.w - 16, h: 44 }, theme.mutedInk, { fontSize: 15, bold: true, align: 'left', valign: 'top' }));
  }
  // Axes: effort to the right, effect upwards, each with its low and high end named.
  const m = t('teamBoards.improvement.matrix', { returnObjects: true }) as Record<string, string>;
  out.push(...label(`${m.effort} →`, { x: plot.x, y: plot.y + plot.h + 4, w: plot.w, h: 22 }, theme.ink, { fontSize: 15, bold: true }));
  out.push(...label(m.low ?? '', { x: plot.x, y: plot.y + plot.h + 4, w: 80, h: 22 }, theme.mutedInk, { fontSize: 12, align: 'left' }));
  out.push(...label(m.high ?? '', { x: plot.x + plot.w - 80, y: plot.y + plot.h + 4, w: 80, h: 22 }, theme.mutedInk, { fontSize: 12, align: 'right' }));
  out.push(...label(`${m.effect} →`, { x: rect.x + 8, y: plot.y, w: axis, h: plot.h }, theme.ink, { fontSize: 15, bold: true, vertical: true }));
  const placed = board.cards.filter((c) => c.matrix !== null && c.column !== 'done');
  for (const card of placed) {
    const place = card.matrix!;
    // Inset by a chip's half, so a card at an edge stays whole (as on the screen).
    const cx = plot.x + 20 + place.effort * (plot.w - 40);
    const cy = plot.y + 20 + (1 - place.effect) * (plot.h - 40);
    const r = 19;
    out.push({ kind: 'rect', x: cx - r, y: cy - r, w: 2 * r, h: 2 * r, radius: 4, fill: CARD_FILL[card.column], stroke: '#1f2933', strokeWidth: 1.5 });
    out.push({ kind: 'text', x: cx - r, y: cy - r, w: 2 * r, h: 2 * r, lines: [String(numbers.get(card.id) ?? '')], fontSize: 18, fontWeight: 'bold', color: '#1f2933', align: 'center', valign: 'middle' });
  }
  const unplaced = board.cards.filter((c) => c.matrix === null && c.column !== 'done').map((c) => numbers.get(c.id));
  if (unplaced.length > 0) {
    out.push(...label(`${m.unplaced}: ${unplaced.join(', ')}`, { x: plot.x, y: plot.y + plot.h + 28, w: plot.w, h: 22 }, theme.mutedInk, { fontSize: 13, align: 'left' }));
  }
  return out;
}
