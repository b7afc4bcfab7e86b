import FlatQueue from 'flatqueue';
import type { Point, Rect } from './geometry';

/**
 * Orthogonal routing around shapes: the shortest path with the fewest bends on a sparse grid whose
 * lines are the obstacles' edges (a margin out) and the two stub ends, searched with A*. This is
 * the orthogonal visibility graph of libavoid and draw.io's orthogonal edge router, reduced to
 * what a process map needs: a route that never crosses a shape's inside when a way round exists.
 *
 * Which obstacles a route looks at is fixed by its ends alone (`searchRegion`), so a route depends
 * only on the shapes touching that region: a move re-routes the connectors glued to what moved and
 * those whose region the moved shape left or entered, nothing else (renderer's BoardIndex).
 */

/** How far a route keeps from a shape's edge. */
export const CLEARANCE = 12;
/** How far around its ends (and the shapes near them) a route may go to get round. */
const PAD = 60;
/** A bend costs as much as this much length: fewer bends before a slightly shorter way. */
const BEND = 30;

export type ObstacleQuery = (area: Rect) => readonly Rect[];

const EPS = 0.5;

/** Whether a segment (horizontal or vertical) passes through a rectangle's inside. */
export function segmentCrosses(a: Point, b: Point, r: Rect): boolean {
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > r.x + EPS && minX < r.x + r.w - EPS && maxY > r.y + EPS && minY < r.y + r.h - EPS;
}

export function pathCrosses(points: readonly Point[], obstacles: readonly Rect[]): boolean {
  for (let i = 1; i < points.length; i++) for (const r of obstacles) if (segmentCrosses(points[i - 1]!, points[i]!, r)) return true;
  return false;
}

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};
const grow = (r: Rect, d: number): Rect => ({ x: r.x - d, y: r.y - d, w: r.w + 2 * d, h: r.h + 2 * d });

/** The stub ends' box with a margin: a plain route between them lies inside it. */
export function endsArea(from: Point, to: Point): Rect {
  return grow({ x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), w: Math.abs(from.x - to.x), h: Math.abs(from.y - to.y) }, PAD);
}

/**
 * The area a route between two stub ends may use, and the obstacles in it: the ends' box with a
 * margin, grown once to hold the shapes that box touches (so a route can get round them).
 */
export function searchRegion(from: Point, to: Point, query: ObstacleQuery, touching: readonly Rect[] = query(endsArea(from, to))): { region: Rect; obstacles: readonly Rect[] } {
  let region = endsArea(from, to);
  for (const r of touching) region = union(region, r);
  region = grow(region, PAD);
  return { region, obstacles: query(region) };
}

/** The first index whose value is greater than `v` (values sorted ascending). */
function firstAbove(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index whose value is at least `v` (values sorted ascending). */
function firstAtOrAbove(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! >= v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The path from `from` to `to` (stub ends, outside every grown obstacle), arriving at `from` along
 * `startAxis` and leaving `to` along `endAxis` (0 horizontal, 1 vertical: the stubs' directions, so
 * a turn there counts as a bend). Null when the obstacles close every way within the region.
 */
export function routeAround(from: Point, to: Point, startAxis: 0 | 1, endAxis: 0 | 1, obstacles: readonly Rect[], region: Rect): Point[] | null {
  const grown = obstacles.map((r) => grow(r, CLEARANCE));
  const xsSet = new Set<number>([from.x, to.x, region.x, region.x + region.w, (from.x + to.x) / 2]);
  const ysSet = new Set<number>([from.y, to.y, region.y, region.y + region.h, (from.y + to.y) / 2]);
  for (const r of grown) {
    xsSet.add(r.x);
    xsSet.add(r.x + r.w);
    ysSet.add(r.y);
    ysSet.add(r.y + r.h);
  }
  const xs = [...xsSet].filter((x) => x >= region.x && x <= region.x + region.w).sort((a, b) => a - b);
  const ys = [...ysSet].filter((y) => y >= region.y && y <= region.y + region.h).sort((a, b) => a - b);
  const nx = xs.length;
  const ny = ys.length;
  const inside = (x: number, y: number) => grown.some((r) => x > r.x + EPS && x < r.x + r.w - EPS && y > r.y + EPS && y < r.y + r.h - EPS);
  // Whether the step from grid point (i, j) to the next one right / down stays out of every grown
  // obstacle. Each obstacle closes the steps it covers (found by binary search), so building the
  // grid costs the cells the obstacles cover, not grid size × obstacles.
  const openRight = new Uint8Array(nx * ny).fill(1);
  const openDown = new Uint8Array(nx * ny).fill(1);
  for (const r of grown) {
    const left = r.x + EPS;
    const right = r.x + r.w - EPS;
    const top = r.y + EPS;
    const bottom = r.y + r.h - EPS;
    // A horizontal step (xs[i], xs[i + 1]) at ys[j] crosses r when ys[j] is strictly inside r's rows
    // and the step overlaps r's columns; likewise for vertical steps.
    const rowsFrom = firstAbove(ys, top);
    const rowsTo = firstAtOrAbove(ys, bottom);
    const colsFrom = firstAbove(xs, left);
    const colsTo = firstAtOrAbove(xs, right);
    // Steps overlapping (left, right): i + 1 > colsFrom - 1 … i.e. xs[i + 1] > left and xs[i] < right.
    const stepFromX = Math.max(0, colsFrom - 1);
    const stepToX = Math.min(nx - 1, colsTo);
    for (let j = rowsFrom; j < rowsTo; j++) for (let i = stepFromX; i < stepToX; i++) openRight[j * nx + i] = 0;
    const stepFromY = Math.max(0, rowsFrom - 1);
    const stepToY = Math.min(ny - 1, rowsTo);
    for (let i = colsFrom; i < colsTo; i++) for (let j = stepFromY; j < stepToY; j++) openDown[j * nx + i] = 0;
  }
  const si = xs.indexOf(from.x);
  const sj = ys.indexOf(from.y);
  const ti = xs.indexOf(to.x);
  const tj = ys.indexOf(to.y);
  if (si < 0 || sj < 0 || ti < 0 || tj < 0 || inside(from.x, from.y) || inside(to.x, to.y)) return null;
  // A state is a grid point and the axis it was reached along; one more state stands for "arrived".
  const key = (i: number, j: number, d: number) => (j * nx + i) * 2 + d;
  const ARRIVED = nx * ny * 2;
  const cost = new Float64Array(ARRIVED + 1).fill(Infinity);
  const previous = new Int32Array(ARRIVED + 1).fill(-1);
  const h = (i: number, j: number) => Math.abs(xs[i]! - to.x) + Math.abs(ys[j]! - to.y);
  const open = new FlatQueue<number>();
  const start = key(si, sj, startAxis);
  cost[start] = 0;
  open.push(start, h(si, sj));
  let goal = -1;
  while (open.length > 0) {
    const k = open.pop()!;
    if (k === ARRIVED) {
      goal = previous[ARRIVED]!;
      break;
    }
    const d = k % 2;
    const cell = (k - d) / 2;
    const i = cell % nx;
    const j = (cell - i) / nx;
    const g = cost[k]!;
    if (i === ti && j === tj) {
      const done = g + (d === endAxis ? 0 : BEND);
      if (done < cost[ARRIVED]! - 1e-9) {
        cost[ARRIVED] = done;
        previous[ARRIVED] = k;
        open.push(ARRIVED, done);
      }
      continue;
    }
    const steps: [number, number, number, boolean][] = [
      [i + 1, j, 0, i + 1 < nx && openRight[j * nx + i] === 1],
      [i - 1, j, 0, i > 0 && openRight[j * nx + i - 1] === 1],
      [i, j + 1, 1, j + 1 < ny && openDown[j * nx + i] === 1],
      [i, j - 1, 1, j > 0 && openDown[(j - 1) * nx + i] === 1],
    ];
    for (const [ni, nj, nd, free] of steps) {
      if (!free) continue;
      const bend = d !== nd ? BEND : 0;
      const next = key(ni, nj, nd);
      const ng = g + Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + bend;
      if (ng < cost[next]! - 1e-9) {
        cost[next] = ng;
        previous[next] = k;
        open.push(next, ng + h(ni, nj));
      }
    }
  }
  if (goal < 0) return null;
  const out: Point[] = [];
  for (let k = goal; k >= 0; k = previous[k]!) {
    const cell = (k - (k % 2)) / 2;
    const i = cell % nx;
    out.push({ x: xs[i]!, y: ys[(cell - i) / nx]! });
  }
  return out.reverse();
}
