import type { Board, Shape } from '../model/board';
import { routeConnector, drawConnector, lookupOf, obstaclesOf } from './connectors';
import { unionOf, type Rect } from './geometry';
import type { Primitive, Theme } from './primitives';
import { shapeModule } from './registry';

export function drawShape(shape: Shape, theme: Theme): Primitive[] {
  return shapeModule(shape.type).draw(shape, theme);
}

/** A whole board as primitives, in drawing order: shapes by z-order, then connectors. */
export function drawBoard(board: Board, theme: Theme): Primitive[] {
  const out: Primitive[] = [];
  for (const shape of board.shapes) out.push(...drawShape(shape, theme));
  const lookup = lookupOf(board);
  const obstacles = board.connectors.length > 0 ? obstaclesOf(board.shapes) : undefined;
  for (const connector of board.connectors) {
    const route = routeConnector(connector, lookup, obstacles);
    if (route) out.push(...drawConnector(connector, route, theme));
  }
  return out;
}

const boundsCache = new WeakMap<Board, Rect | null>();
/** The board whose bounds were worked out last: the next version of it (a move) starts from them. */
let lastBounds: { board: Board; bounds: Rect | null } | null = null;

/** The area a board's content covers, connectors' loose ends included (boards are immutable: cached). */
export function boardBounds(board: Board): Rect | null {
  if (boundsCache.has(board)) return boundsCache.get(board) ?? null;
  const bounds = lastBounds ? boundsAfterChange(lastBounds.board, lastBounds.bounds, board) : undefined;
  const result = bounds === undefined ? computeBounds(board) : bounds;
  boundsCache.set(board, result);
  lastBounds = { board, bounds: result };
  return result;
}

/**
 * The bounds of a board that differs from `before` only in some of its shapes (a move, a resize,
 * typing), from the bounds `before` had: the changed shapes are added, which is exact unless one
 * of them had held an edge (then undefined: worked out from scratch). Comparing 10,000 shapes by
 * identity costs far less than reading all their boxes on every nudge.
 */
function boundsAfterChange(before: Board, bounds: Rect | null, board: Board): Rect | null | undefined {
  if (!bounds || before.id !== board.id || before.connectors !== board.connectors || before.shapes.length !== board.shapes.length) return undefined;
  let out = bounds;
  for (let i = 0; i < board.shapes.length; i++) {
    const was = before.shapes[i]!;
    const now = board.shapes[i]!;
    if (was === now) continue;
    if (was.id !== now.id) return undefined;
    if (was.x <= bounds.x || was.y <= bounds.y || was.x + was.w >= bounds.x + bounds.w || was.y + was.h >= bounds.y + bounds.h) return undefined;
    out = unionOf([out, now])!;
  }
  return out;
}

function computeBounds(board: Board): Rect | null {
  const rects: Rect[] = [...board.shapes];
  for (const c of board.connectors) {
    for (const end of [c.from, c.to]) if (end.kind === 'point') rects.push({ x: end.x, y: end.y, w: 0, h: 0 });
  }
  return unionOf(rects);
}
