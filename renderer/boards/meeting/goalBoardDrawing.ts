import { drawKpiTile } from '../../../shared/kpi/drawKpi';
import { drawGoalBoardFrame, layoutGoalBoard, tileContextOf, type GoalBoardLayout, type GoalBoardText } from '../../../shared/kpi/goalBoard';
import type { GoalBoard, Kpi } from '../../../shared/model/teamBoards';
import type { Rect } from '../../../shared/shapes/geometry';
import type { Primitive, Theme } from '../../../shared/shapes/primitives';

/**
 * The goal board's primitives for the screen, drawn tile by tile and remembered: the document is
 * immutable, so a KPI that did not change is the same object and its tile is reused. Typing one
 * value redraws one tile's primitives; the canvas then paints them all (cheap).
 */
interface CachedTile {
  rect: Rect;
  key: string;
  primitives: Primitive[];
}

const tiles = new WeakMap<Kpi, CachedTile>();
/**
 * The last frame (paper, header, columns, goals). A new value makes a new board object, but not
 * new areas, goals or KPI order, so the frame is kept while those stay the same.
 */
let frame: { key: string; board: Pick<GoalBoard, 'areas' | 'goals' | 'overallGoal'>; kpiIds: string; layout: GoalBoardLayout; primitives: Primitive[] } | null = null;

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

export interface GoalBoardDrawing {
  layout: GoalBoardLayout;
  primitives: Primitive[];
  /** How many tiles were drawn anew (the rest came from the cache). */
  redrawn: number;
}

export function drawGoalBoardCached(board: GoalBoard, theme: Theme, text: GoalBoardText): GoalBoardDrawing {
  const textKey = `${text.words.lang}|${text.meetingDate ?? ''}|${text.team}`;
  const kpiIds = board.kpis.map((k) => `${k.id}:${k.areaId ?? ''}`).join('|');
  if (!frame || frame.key !== textKey || frame.board.areas !== board.areas || frame.board.goals !== board.goals || frame.board.overallGoal !== board.overallGoal || frame.kpiIds !== kpiIds) {
    const layout = layoutGoalBoard(board);
    frame = { key: textKey, board, kpiIds, layout, primitives: drawGoalBoardFrame(board, layout, theme, text) };
  }
  const byId = new Map(board.kpis.map((k) => [k.id, k]));
  const primitives = [...frame.primitives];
  let redrawn = 0;
  for (const column of frame.layout.columns) {
    for (const place of column.tiles) {
      const kpi = byId.get(place.kpiId);
      if (!kpi) continue;
      const ctx = tileContextOf(board, kpi, text);
      const key = `${textKey}|${ctx.goalText ?? ''}`;
      let tile = tiles.get(kpi);
      if (!tile || tile.key !== key || !sameRect(tile.rect, place.rect)) {
        tile = { rect: place.rect, key, primitives: drawKpiTile(kpi, place.rect, theme, ctx) };
        tiles.set(kpi, tile);
        redrawn++;
      }
      for (const p of tile.primitives) primitives.push(p);
    }
  }
  return { layout: frame.layout, primitives, redrawn };
}

/** The KPI whose tile is at a point of the board, if any. */
export function kpiAt(layout: GoalBoardLayout, x: number, y: number): string | null {
  for (const column of layout.columns) for (const tile of column.tiles) if (x >= tile.rect.x && x <= tile.rect.x + tile.rect.w && y >= tile.rect.y && y <= tile.rect.y + tile.rect.h) return tile.kpiId;
  return null;
}

export function tileRect(layout: GoalBoardLayout, kpiId: string): Rect | null {
  for (const column of layout.columns) for (const tile of column.tiles) if (tile.kpiId === kpiId) return tile.rect;
  return null;
}
