import type { ConnectorEnd, Shape } from '../../../shared/model/board';
import { contains, inflate, type Point, type Rect, type Side } from '../../../shared/shapes/geometry';
import { shapeModule } from '../../../shared/shapes/registry';
import { laneBand, laneRects } from '../../../shared/shapes/swimlane';
import { isPool } from '../../editor/board/lanes';
import type { CanvasController } from './controller';
import type { GlueTarget } from './tools/gesture';

/**
 * What is under the pointer. Every size here is in screen pixels and divided by the zoom, so dots,
 * handles, arrows and their hit areas look and catch the same at 25 % as at 400 %.
 */
export const SCREEN = {
  /** Resize handle side. */
  handle: 8,
  /** Connection dot radius and how far outside the side it sits. */
  dot: 5,
  dotOffset: 14,
  /** How far from a dot's centre a press still catches it. */
  dotHit: 10,
  /** The hover arrows (click: connected copy; drag: connector) sit further out. */
  arrowOffset: 38,
  arrowHit: 11,
  /** Around a shape, the band in which it stays hovered, so its dots and arrows can be reached. */
  hoverZone: 52,
  /** Thin lines and edges. */
  lineHit: 6,
  laneEdgeHit: 4,
  connectorEndHit: 8,
  glue: 16,
  /** A press that moves less than this is a click. */
  dragThreshold: 3,
  /** A connector drawn shorter than this onto nothing is taken as a click. */
  clickSlop: 12,
} as const;

export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';

const STEP: Record<Side, Point> = { top: { x: 0, y: -1 }, right: { x: 1, y: 0 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 } };

/** Shapes that get connection dots and hover arrows (not pools, not locked ones). */
export const connectable = (s: Shape) => !shapeModule(s.type).container && !s.locked;

export function handleRects(c: CanvasController, s: Rect): { handle: Handle; rect: Rect }[] {
  const size = SCREEN.handle / c.view.scale;
  const xs = { w: s.x, c: s.x + s.w / 2, e: s.x + s.w };
  const ys = { n: s.y, c: s.y + s.h / 2, s: s.y + s.h };
  const at = (x: number, y: number) => ({ x: x - size / 2, y: y - size / 2, w: size, h: size });
  return [
    { handle: 'nw', rect: at(xs.w, ys.n) },
    { handle: 'n', rect: at(xs.c, ys.n) },
    { handle: 'ne', rect: at(xs.e, ys.n) },
    { handle: 'e', rect: at(xs.e, ys.c) },
    { handle: 'se', rect: at(xs.e, ys.s) },
    { handle: 's', rect: at(xs.c, ys.s) },
    { handle: 'sw', rect: at(xs.w, ys.s) },
    { handle: 'w', rect: at(xs.w, ys.c) },
  ];
}

export function handleAt(c: CanvasController, box: Rect, p: Point): Handle | null {
  return handleRects(c, box).find((r) => contains(inflate(r.rect, 2 / c.view.scale), p))?.handle ?? null;
}

/** Points just outside each port of a shape, `offset` screen pixels out. */
function outside(c: CanvasController, s: Shape, offset: number): { side: Side; point: Point }[] {
  const off = offset / c.view.scale;
  return shapeModule(s.type)
    .ports(s)
    .map((p) => ({ side: p.id, point: { x: p.point.x + STEP[p.id].x * off, y: p.point.y + STEP[p.id].y * off } }));
}

/** The connection dots of a shape: small circles just outside each port. */
export const portHandles = (c: CanvasController, s: Shape) => outside(c, s, SCREEN.dotOffset);

/**
 * The hover arrows of a shape, one per side, beyond its dots; none where it would lie on another
 * shape or a connector, so it never takes a click (or a double-click on a connector's label) meant
 * for something else.
 */
export function hoverArrows(c: CanvasController, s: Shape): { side: Side; point: Point }[] {
  const index = c.index;
  const self = new Set([s.id]);
  const reach = (SCREEN.arrowHit + 2) / c.view.scale;
  return outside(c, s, SCREEN.arrowOffset).filter((a) => !index?.shapeAt(a.point, self) && !index?.hitTest(a.point, reach));
}

/** The shapes whose dots and arrows are showing: the hovered one and a single selected one. */
export function decoratedShapes(c: CanvasController): Shape[] {
  const index = c.index;
  if (!index || c.readOnly) return [];
  const ids = new Set([c.hover.shapeId, ...(c.ui.selection.length === 1 ? c.ui.selection : [])].filter((x): x is string => !!x));
  return [...ids].map((id) => index.shapes.get(id)).filter((s): s is Shape => !!s && connectable(s));
}

const near = (a: Point, b: Point, screenPx: number, scale: number) => Math.hypot(a.x - b.x, a.y - b.y) <= screenPx / scale;

export function portHandleAt(c: CanvasController, p: Point): { shape: Shape; side: Side } | null {
  for (const s of decoratedShapes(c)) for (const h of portHandles(c, s)) if (near(h.point, p, SCREEN.dotHit, c.view.scale)) return { shape: s, side: h.side };
  return null;
}

export function hoverArrowAt(c: CanvasController, p: Point): { shape: Shape; side: Side } | null {
  for (const s of decoratedShapes(c)) for (const h of hoverArrows(c, s)) if (near(h.point, p, SCREEN.arrowHit, c.view.scale)) return { shape: s, side: h.side };
  return null;
}

/**
 * The shape the pointer hovers: the one under it, or — while the pointer is in the band around the
 * hovered shape where its dots and arrows are — still that one, so they never vanish as the pointer
 * reaches them.
 */
export function hoverTarget(c: CanvasController, p: Point): string | null {
  const index = c.index;
  if (!index) return null;
  const hit = index.hitTest(p, SCREEN.lineHit / c.view.scale);
  const under = hit?.kind === 'shape' ? index.shapes.get(hit.id) : undefined;
  if (under && connectable(under)) return under.id;
  const current = c.hover.shapeId ? index.shapes.get(c.hover.shapeId) : undefined;
  if (current && connectable(current) && contains(inflate(current, SCREEN.hoverZone / c.view.scale), p)) return current.id;
  return under?.id ?? null;
}

/** Where a connector end would glue at a point: a port when near one, else the outline. */
export function glueTarget(c: CanvasController, p: Point, except: string | null): GlueTarget | null {
  const index = c.index;
  if (!index) return null;
  const shape = index.shapeAt(p, new Set(except ? [except] : []));
  if (!shape) return null;
  const port = shapeModule(shape.type)
    .ports(shape)
    .find((q) => near(q.point, p, SCREEN.glue, c.view.scale));
  return { shapeId: shape.id, port: port ? port.id : 'outline' };
}

/** The ends of the one selected connector, as drag handles. */
export function connectorEnds(c: CanvasController): { id: string; which: 'from' | 'to'; point: Point; fixed: ConnectorEnd }[] {
  const sel = c.ui.selection;
  if (sel.length !== 1) return [];
  const routed = c.index?.routes.get(sel[0]!);
  if (!routed) return [];
  const r = routed.route;
  return [
    { id: routed.connector.id, which: 'from', point: r[0]!, fixed: routed.connector.to },
    { id: routed.connector.id, which: 'to', point: r[r.length - 1]!, fixed: routed.connector.from },
  ];
}

export function connectorEndAt(c: CanvasController, p: Point) {
  if (c.readOnly) return null;
  return connectorEnds(c).find((e) => near(e.point, p, SCREEN.connectorEndHit, c.view.scale)) ?? null;
}

/** The lane's name band under a point (double-click renames the lane). */
export function laneBandAt(c: CanvasController, p: Point): { poolId: string; laneId: string } | null {
  const board = c.board;
  if (!board) return null;
  for (const s of [...board.shapes].reverse()) {
    if (!isPool(s)) continue;
    for (const { lane, rect } of laneRects(s)) if (contains(laneBand(s, rect), p)) return { poolId: s.id, laneId: lane.id };
  }
  return null;
}

export interface LaneEdge {
  poolId: string;
  laneId: string;
  size: number;
  horizontal: boolean;
}

/** The lower (or right) edge of a lane, dragged to resize the lane. */
export function laneEdgeAt(c: CanvasController, p: Point): LaneEdge | null {
  const board = c.board;
  if (!board || c.readOnly) return null;
  const tol = SCREEN.laneEdgeHit / c.view.scale;
  for (const s of board.shapes) {
    if (!isPool(s)) continue;
    const horizontal = s.props.orientation === 'horizontal';
    for (const { lane, rect } of laneRects(s)) {
      const onEdge = horizontal ? Math.abs(p.y - (rect.y + rect.h)) <= tol && p.x >= rect.x && p.x <= rect.x + rect.w : Math.abs(p.x - (rect.x + rect.w)) <= tol && p.y >= rect.y && p.y <= rect.y + rect.h;
      if (onEdge) return { poolId: s.id, laneId: lane.id, size: lane.size, horizontal };
    }
  }
  return null;
}
