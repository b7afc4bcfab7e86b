import type { Goal, GoalBoard, Kpi } from '../model/teamBoards';
import type { Rect } from '../shapes/geometry';
import { label } from '../shapes/label';
import type { Primitive, Theme } from '../shapes/primitives';
import { drawKpiTile, type TileContext } from './drawKpi';
import type { BoardWords } from './words';

/**
 * The goal board as one drawing: the team and its overall goal across the top, one column per
 * area with the area's goals, then its KPI tiles. It is laid out at a fixed size in the proportions
 * of an A3 landscape page, so the PDF page, the projector and the screen show the same board.
 */
export const GOAL_BOARD_SIZE = { w: 1600, h: 1030 } as const;
/** The projector's board area under its band: a 16:9 screen less the band, in board units. */
export const PROJECTOR_BOARD_SIZE = { w: 1600, h: 800 } as const;

const MARGIN = 20;
const GAP = 14;
const HEADER_H = 96;
const AREA_TITLE_H = 34;
const GOAL_LINE_H = 22;
const MAX_GOAL_LINES = 5;
/** A tile reads best a little wider than tall. */
const TILE_ASPECT = 1.25;

export interface GoalLine {
  goal: Goal;
  depth: number;
  rect: Rect;
}

export interface TilePlace {
  kpiId: string;
  rect: Rect;
}

export interface AreaColumn {
  /** null for the column of KPIs without an area. */
  areaId: string | null;
  name: string;
  rect: Rect;
  goals: GoalLine[];
  tiles: TilePlace[];
}

export interface GoalBoardLayout {
  width: number;
  height: number;
  header: Rect;
  columns: AreaColumn[];
}

/** The goals of an area, each followed by its sub-goals (depth 1, 2 …), in board order. */
export function goalTree(goals: readonly Goal[], areaId: string | null): { goal: Goal; depth: number }[] {
  const out: { goal: Goal; depth: number }[] = [];
  const known = new Set(goals.map((g) => g.id));
  const visit = (parentId: string | null, depth: number, seen: Set<string>) => {
    for (const goal of goals) {
      const isRoot = parentId === null ? goal.parentId === null || !known.has(goal.parentId) : goal.parentId === parentId;
      if (!isRoot || seen.has(goal.id)) continue;
      if (parentId === null && goal.areaId !== areaId) continue;
      seen.add(goal.id);
      out.push({ goal, depth });
      visit(goal.id, depth + 1, seen);
    }
  };
  visit(null, 0, new Set());
  return out;
}

/** The KPIs of each column in board order; a KPI whose area is unknown goes with those without one. */
export function kpisByArea(board: GoalBoard): { areaId: string | null; name: string; kpis: Kpi[] }[] {
  const areaIds = new Set(board.areas.map((a) => a.id));
  const columns: { areaId: string | null; name: string; kpis: Kpi[] }[] = board.areas.map((area) => ({ areaId: area.id, name: area.name, kpis: board.kpis.filter((k) => k.areaId === area.id) }));
  const loose = board.kpis.filter((k) => k.areaId === null || !areaIds.has(k.areaId));
  if (loose.length > 0 || columns.length === 0) columns.push({ areaId: null, name: '', kpis: loose });
  return columns;
}

/** How many tiles side by side in a column, so the tiles are as large as they can be. */
function tileGrid(count: number, area: Rect): Rect[] {
  if (count === 0) return [];
  let best: { k: number; w: number; h: number; score: number } | null = null;
  for (let k = 1; k <= Math.min(3, count); k++) {
    const rows = Math.ceil(count / k);
    const w = (area.w - GAP * (k - 1)) / k;
    const h = Math.min((area.h - GAP * (rows - 1)) / rows, w * 1.1);
    const score = Math.min(w / TILE_ASPECT, h);
    if (!best || score > best.score + 0.5) best = { k, w, h, score };
  }
  const { k, w, h } = best!;
  return Array.from({ length: count }, (_, i) => ({ x: area.x + (i % k) * (w + GAP), y: area.y + Math.floor(i / k) * (h + GAP), w, h }));
}

/** Lays the board out at a size: an A3 page's proportions by default, a wide screen's on the projector. */
export function layoutGoalBoard(board: GoalBoard, size: { w: number; h: number } = GOAL_BOARD_SIZE): GoalBoardLayout {
  const { w: width, h: height } = size;
  const header: Rect = { x: MARGIN, y: MARGIN, w: width - 2 * MARGIN, h: HEADER_H };
  const groups = kpisByArea(board);
  const top = header.y + header.h + GAP;
  // An area without KPIs takes a narrower column, so the tiles that exist get the room.
  const weights = groups.map((g) => (g.kpis.length === 0 ? 0.55 : 1));
  const unit = (width - 2 * MARGIN - GAP * (groups.length - 1)) / weights.reduce((a, b) => a + b, 0);
  const lefts = weights.map((_, i) => MARGIN + weights.slice(0, i).reduce((a, b) => a + b, 0) * unit + i * GAP);
  const trees = groups.map((g) => goalTree(board.goals, g.areaId));
  // Every column keeps the same room for goals, so the tiles start on one line across the board.
  const goalLines = Math.min(MAX_GOAL_LINES, Math.max(0, ...trees.map((tree) => tree.length)));
  const goalsH = goalLines * GOAL_LINE_H + (goalLines > 0 ? 8 : 0);
  const columns = groups.map((group, i) => {
    const rect: Rect = { x: lefts[i]!, y: top, w: weights[i]! * unit, h: height - MARGIN - top };
    const goals = trees[i]!.slice(0, MAX_GOAL_LINES).map(({ goal, depth }, line) => ({
      goal,
      depth,
      rect: { x: rect.x + 12 + depth * 16, y: rect.y + AREA_TITLE_H + line * GOAL_LINE_H, w: rect.w - 24 - depth * 16, h: GOAL_LINE_H },
    }));
    const tileArea: Rect = { x: rect.x + 10, y: rect.y + AREA_TITLE_H + goalsH + 4, w: rect.w - 20, h: rect.h - AREA_TITLE_H - goalsH - 14 };
    const tiles = tileGrid(group.kpis.length, tileArea).map((r, j) => ({ kpiId: group.kpis[j]!.id, rect: r }));
    return { areaId: group.areaId, name: group.name, rect, goals, tiles };
  });
  return { width, height, header, columns };
}

export interface GoalBoardText {
  team: string;
  words: BoardWords;
  meetingDate: string | null;
}

/** Everything but the tiles: the paper, the header, the area columns and their goals. */
export function drawGoalBoardFrame(board: GoalBoard, layout: GoalBoardLayout, theme: Theme, text: GoalBoardText): Primitive[] {
  const { t } = text.words;
  const out: Primitive[] = [{ kind: 'rect', x: 0, y: 0, w: layout.width, h: layout.height, fill: '#f4f6f8' }];
  const h = layout.header;
  out.push({ kind: 'rect', ...h, radius: 8, fill: '#1c4e80' });
  out.push(...label(text.team || t('teamBoards.board.untitledTeam'), { x: h.x + 20, y: h.y + 8, w: h.w * 0.3, h: h.h - 16 }, '#ffffff', { fontSize: 30, bold: true, align: 'left' }));
  // The overall goal, when the team has written one (the app asks for it where it is edited, not on the wall).
  if (board.overallGoal.trim()) {
    const goalBox: Rect = { x: h.x + h.w * 0.3 + 40, y: h.y + 10, w: h.w * 0.7 - 60, h: h.h - 20 };
    out.push(...label(t('teamBoards.board.overallGoal').toUpperCase(), { ...goalBox, h: 20 }, '#c9dcf0', { fontSize: 13, bold: true, align: 'left', valign: 'top' }));
    out.push(...label(board.overallGoal, { ...goalBox, y: goalBox.y + 22, h: goalBox.h - 22 }, '#ffffff', { fontSize: 22, align: 'left', valign: 'top' }));
  }
  for (const column of layout.columns) {
    const r = column.rect;
    out.push({ kind: 'rect', ...r, radius: 8, fill: '#ffffff', stroke: '#d5dbe1', strokeWidth: 1 });
    out.push({ kind: 'rect', x: r.x, y: r.y, w: r.w, h: AREA_TITLE_H, radius: 8, fill: '#e4e9f0' });
    out.push(...label(column.areaId === null ? t('teamBoards.board.otherArea') : column.name || '—', { x: r.x + 12, y: r.y, w: r.w - 24, h: AREA_TITLE_H }, theme.ink, { fontSize: 18, bold: true, align: 'left' }));
    for (const line of column.goals) {
      out.push(...label(`${line.depth === 0 ? '◎' : '›'} ${line.goal.text}`, line.rect, line.depth === 0 ? theme.ink : theme.mutedInk, { fontSize: 14, bold: line.depth === 0, align: 'left' }));
    }
    if (column.tiles.length === 0) {
      const empty = board.kpis.length === 0 ? t('teamBoards.board.empty') : t('teamBoards.board.emptyArea');
      out.push(...label(empty, { x: r.x + 16, y: r.y + AREA_TITLE_H + 40, w: r.w - 32, h: 80 }, theme.mutedInk, { fontSize: 15 }));
    }
  }
  return out;
}

/** The text shown under a KPI's name: the goal it serves. */
export function goalTextOf(board: GoalBoard, kpi: Kpi): string | undefined {
  return kpi.goalId ? board.goals.find((g) => g.id === kpi.goalId)?.text || undefined : undefined;
}

export function tileContextOf(board: GoalBoard, kpi: Kpi, text: GoalBoardText): TileContext {
  return { words: text.words, meetingDate: text.meetingDate, goalText: goalTextOf(board, kpi) };
}

/** The whole goal board as primitives (the PDF and the projector; the canvas caches tiles itself). */
export function drawGoalBoard(board: GoalBoard, theme: Theme, text: GoalBoardText, layout: GoalBoardLayout = layoutGoalBoard(board)): Primitive[] {
  const byId = new Map(board.kpis.map((k) => [k.id, k]));
  const out = drawGoalBoardFrame(board, layout, theme, text);
  for (const column of layout.columns) {
    for (const tile of column.tiles) {
      const kpi = byId.get(tile.kpiId);
      if (kpi) out.push(...drawKpiTile(kpi, tile.rect, theme, tileContextOf(board, kpi, text)));
    }
  }
  return out;
}
