import type { Board, Connector, ConnectorEnd, Shape } from '../model/board';
import RBush from 'rbush';
import { endsArea, pathCrosses, routeAround, searchRegion, type ObstacleQuery } from './avoid';
import { centreOf, outlinePoint, type Point, type Rect, type Side } from './geometry';
import { label } from './label';
import type { Primitive, Theme } from './primitives';
import { shapeModule } from './registry';
import { textWidth } from './text';
import { drawFlow } from './vsm/flows';

/**
 * Connectors are bindings: an end glued to a shape has no position of its own and is resolved
 * here from the shape each time, so connectors follow shapes without any bookkeeping.
 */
export interface ResolvedEnd {
  point: Point;
  /** The side the line leaves the shape from; null for a loose end. */
  side: Side | null;
}

export type ShapeLookup = (id: string) => Shape | undefined;

export function lookupOf(board: Pick<Board, 'shapes'>): ShapeLookup {
  const map = new Map(board.shapes.map((s) => [s.id, s]));
  return (id) => map.get(id);
}

/** A point that stands for an end when aiming the other end at it. */
function anchorOf(end: ConnectorEnd, lookup: ShapeLookup): Point | null {
  if (end.kind === 'point') return { x: end.x, y: end.y };
  const shape = lookup(end.shapeId);
  return shape ? centreOf(shape) : null;
}

export function resolveEnd(end: ConnectorEnd, other: ConnectorEnd, lookup: ShapeLookup, routing: Connector['routing'] = 'straight'): ResolvedEnd | null {
  if (end.kind === 'point') return { point: { x: end.x, y: end.y }, side: null };
  const shape = lookup(end.shapeId);
  if (!shape) return null;
  if (end.port === 'outline') {
    const toward = anchorOf(other, lookup) ?? { x: shape.x + shape.w, y: shape.y + shape.h / 2 };
    const hit = outlinePoint(shape, toward);
    if (routing === 'straight') return hit;
    // Right-angled lines leave from the middle of the facing side, so aligned shapes get straight lines.
    const port = shapeModule(shape.type).ports(shape).find((p) => p.id === hit.side);
    return port ? { point: port.point, side: port.id } : hit;
  }
  const port = shapeModule(shape.type).ports(shape).find((p) => p.id === end.port);
  return port ? { point: port.point, side: port.id } : outlinePoint(shape, centreOf(shape));
}

const STEP: Record<Side, Point> = { top: { x: 0, y: -1 }, right: { x: 1, y: 0 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 } };
const STUB = 20;

/** The side a loose end arrives from, guessed from where the line comes from. */
function facing(from: Point, to: Point): Side {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  return Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'left' : 'right') : dy > 0 ? 'top' : 'bottom';
}

/**
 * A route and what it depends on besides its ends: `clear` when it is the plain route and no shape
 * crosses it (then only a shape moving onto it can change it); otherwise `region`, the area whose
 * shapes it was routed around (null: shapes were not asked, or the route ignores them).
 */
export interface OrthogonalRoute {
  route: Point[];
  region: Rect | null;
  clear: boolean;
}

/**
 * An orthogonal route: a short stub straight out of each port, then one or two bends between the
 * stubs. Simple and predictable, which is what a process map wants; points are de-duplicated.
 * Given the board's shapes (`obstacles`), a route that would cross a shape goes round it instead
 * (avoid.ts), when a way round exists.
 */
export function orthogonalRoute(a: ResolvedEnd, b: ResolvedEnd, obstacles?: ObstacleQuery): Point[] {
  return orthogonalRouteIn(a, b, obstacles).route;
}

export function orthogonalRouteIn(a: ResolvedEnd, b: ResolvedEnd, obstacles?: ObstacleQuery): OrthogonalRoute {
  const sideA = a.side ?? facing(b.point, a.point);
  const sideB = b.side ?? facing(a.point, b.point);
  const a1 = { x: a.point.x + STEP[sideA].x * STUB, y: a.point.y + STEP[sideA].y * STUB };
  const b1 = { x: b.point.x + STEP[sideB].x * STUB, y: b.point.y + STEP[sideB].y * STUB };
  const horizontalA = sideA === 'left' || sideA === 'right';
  const horizontalB = sideB === 'left' || sideB === 'right';
  let middle: Point[];
  if (horizontalA && horizontalB) {
    const mx = (a1.x + b1.x) / 2;
    middle = [{ x: mx, y: a1.y }, { x: mx, y: b1.y }];
  } else if (!horizontalA && !horizontalB) {
    const my = (a1.y + b1.y) / 2;
    middle = [{ x: a1.x, y: my }, { x: b1.x, y: my }];
  } else if (horizontalA) {
    middle = [{ x: b1.x, y: a1.y }];
  } else {
    middle = [{ x: a1.x, y: b1.y }];
  }
  // When the ports face each other in a straight line, the stubs are unnecessary.
  const simple = simplify([a.point, a1, ...middle, b1, b.point]);
  if (!obstacles) return { route: simple, region: null, clear: false };
  // The plain route lies within the ends' box, so only shapes touching that box can cross it; the
  // wider area a detour may use is asked for only when one is needed.
  const touching = obstacles(endsArea(a1, b1));
  if (!pathCrosses(simple, touching)) return { route: simple, region: null, clear: true };
  const { region, obstacles: near } = searchRegion(a1, b1, obstacles, touching);
  const around = routeAround(a1, b1, horizontalA ? 0 : 1, horizontalB ? 0 : 1, near, region);
  return { route: around ? simplify([a.point, ...around, b.point]) : simple, region, clear: false };
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (last && before) {
      const collinear = (Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01) || (Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01);
      if (collinear) out.pop();
    }
    out.push(p);
  }
  return out;
}

/**
 * A connector's route. Orthogonal routes go round the shapes `obstacles` finds (without it they
 * ignore shapes); `clear` and `region` say which moves can change the route, so that a move need
 * re-route only the connectors it crosses or whose region it touches.
 */
export function routeConnectorIn(connector: Connector, lookup: ShapeLookup, obstacles?: ObstacleQuery): OrthogonalRoute | null {
  const a = resolveEnd(connector.from, connector.to, lookup, connector.routing);
  const b = resolveEnd(connector.to, connector.from, lookup, connector.routing);
  if (!a || !b) return null;
  return connector.routing === 'straight' ? { route: [a.point, b.point], region: null, clear: false } : orthogonalRouteIn(a, b, obstacles);
}

export function routeConnector(connector: Connector, lookup: ShapeLookup, obstacles?: ObstacleQuery): Point[] | null {
  return routeConnectorIn(connector, lookup, obstacles)?.route ?? null;
}

/**
 * The shapes of a board a route goes round, found with an R-tree: every shape except pools and
 * lanes (connectors run inside those). For drawing a whole board (the PDF, exports); the canvas
 * asks its own index.
 */
export function obstaclesOf(shapes: readonly Shape[]): ObstacleQuery {
  const tree = new RBush<{ minX: number; minY: number; maxX: number; maxY: number; shape: Shape }>();
  tree.load(shapes.filter((s) => !shapeModule(s.type).container).map((s) => ({ minX: s.x, minY: s.y, maxX: s.x + s.w, maxY: s.y + s.h, shape: s })));
  return (r) => tree.search({ minX: r.x, minY: r.y, maxX: r.x + r.w, maxY: r.y + r.h }).map((e) => e.shape);
}

/** The point halfway along a route, where its label sits. */
export function midpointOf(route: Point[]): Point {
  let total = 0;
  for (let i = 1; i < route.length; i++) total += Math.hypot(route[i]!.x - route[i - 1]!.x, route[i]!.y - route[i - 1]!.y);
  let left = total / 2;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len >= left && len > 0) return { x: a.x + ((b.x - a.x) * left) / len, y: a.y + ((b.y - a.y) * left) / len };
    left -= len;
  }
  return route[0] ?? { x: 0, y: 0 };
}

function arrowhead(tip: Point, from: Point, colour: string): Primitive {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 11;
  const spread = 0.42;
  return {
    kind: 'polyline',
    closed: true,
    points: [
      tip.x,
      tip.y,
      tip.x - size * Math.cos(angle - spread),
      tip.y - size * Math.sin(angle - spread),
      tip.x - size * Math.cos(angle + spread),
      tip.y - size * Math.sin(angle + spread),
    ],
    fill: colour,
    stroke: colour,
    strokeWidth: 1,
  };
}

export function drawConnector(connector: Connector, route: Point[], theme: Theme): Primitive[] {
  // A value-stream arrow (push, pull, shipment, information) draws in its own notation.
  const out: Primitive[] = connector.flow ? drawFlow(connector.flow, route, theme) : [{ kind: 'polyline', closed: false, points: route.flatMap((p) => [p.x, p.y]), stroke: theme.line, strokeWidth: 1.75 }];
  const n = route.length;
  if (!connector.flow && n >= 2 && connector.arrows !== 'none') out.push(arrowhead(route[n - 1]!, route[n - 2]!, theme.line));
  if (!connector.flow && n >= 2 && connector.arrows === 'both') out.push(arrowhead(route[0]!, route[1]!, theme.line));
  if (connector.label.trim() !== '') {
    const mid = midpointOf(route);
    const w = Math.min(200, textWidth(connector.label, 12) + 12);
    const box = { x: mid.x - w / 2, y: mid.y - 11, w, h: 22 };
    out.push({ kind: 'rect', ...box, radius: 4, fill: theme.paper, stroke: null });
    out.push(...label(connector.label, box, theme.ink, { language: theme.textLanguage, fontSize: 12 }));
  }
  return out;
}
