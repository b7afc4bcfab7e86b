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

/** The area a board's content covers, connectors' loose ends included (boards are immutable: cached). */
export function boardBounds(board: Board): Rect | null {
  if (boundsCache.has(board)) return boundsCache.get(board) ?? null;
  const bounds = computeBounds(board);
  boundsCache.set(board, bounds);
  return bounds;
}

function computeBounds(board: Board): Rect | null {
  const rects: Rect[] = [...board.shapes];
  for (const c of board.connectors) {
    for (const end of [c.from, c.to]) if (end.kind === 'point') rects.push({ x: end.x, y: end.y, w: 0, h: 0 });
  }
  return unionOf(rects);
}
