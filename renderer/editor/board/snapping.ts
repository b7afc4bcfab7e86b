import type { Rect } from '../../../shared/shapes/geometry';

/**
 * Snapping while moving: to the grid (when on), to other shapes' edges and centres (smart guides),
 * and to equal spacing between neighbours. Pure maths: the canvas draws the returned guides.
 */
export interface Guide {
  axis: 'x' | 'y';
  /** The line's position on its axis (x for a vertical line). */
  at: number;
  from: number;
  to: number;
  kind: 'edge' | 'spacing';
}

export interface SnapResult {
  dx: number;
  dy: number;
  guides: Guide[];
}

export interface SnapOptions {
  grid: number | null;
  /** How close (board units) before a guide catches; the canvas passes a screen distance ÷ zoom. */
  threshold: number;
}

const xLines = (r: Rect) => [r.x, r.x + r.w / 2, r.x + r.w];
const yLines = (r: Rect) => [r.y, r.y + r.h / 2, r.y + r.h];

interface Catch {
  delta: number;
  at: number;
}

function bestLine(moving: number[], targets: number[], threshold: number): Catch | null {
  let best: Catch | null = null;
  for (const m of moving) {
    for (const t of targets) {
      const delta = t - m;
      if (Math.abs(delta) <= threshold && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { delta, at: t };
    }
  }
  return best;
}

/**
 * Equal spacing along one axis: if the box sits between two neighbours that overlap it across the
 * axis, centre it in the gap; if it sits beside one neighbour, repeat the gap that neighbour has to
 * its own neighbour. Returns the correction and the two gaps to show.
 */
function spacing(box: Rect, others: Rect[], axis: 'x' | 'y', threshold: number): { delta: number; guides: Guide[] } | null {
  const pos = (r: Rect) => (axis === 'x' ? r.x : r.y);
  const size = (r: Rect) => (axis === 'x' ? r.w : r.h);
  const crossOverlaps = (r: Rect) => (axis === 'x' ? r.y < box.y + box.h && r.y + r.h > box.y : r.x < box.x + box.w && r.x + r.w > box.x);
  const row = others.filter(crossOverlaps);
  const before = row.filter((r) => pos(r) + size(r) <= pos(box) + threshold).sort((a, b) => pos(b) + size(b) - (pos(a) + size(a)))[0];
  const after = row.filter((r) => pos(r) >= pos(box) + size(box) - threshold).sort((a, b) => pos(a) - pos(b))[0];
  if (!before || !after) return null;
  const room = pos(after) - (pos(before) + size(before)) - size(box);
  if (room < 0) return null;
  const target = pos(before) + size(before) + room / 2;
  const delta = target - pos(box);
  if (Math.abs(delta) > threshold) return null;
  const cross = axis === 'x' ? box.y + box.h / 2 : box.x + box.w / 2;
  const gap = room / 2;
  const startA = pos(before) + size(before);
  const startB = target + size(box);
  const other: 'x' | 'y' = axis === 'x' ? 'y' : 'x';
  return {
    delta,
    guides: [
      { axis: other, at: cross, from: startA, to: startA + gap, kind: 'spacing' },
      { axis: other, at: cross, from: startB, to: startB + gap, kind: 'spacing' },
    ],
  };
}

/** Snaps a box that is being moved; `others` are the shapes that guides may come from. */
export function snapMove(box: Rect, others: Rect[], options: SnapOptions): SnapResult {
  const guides: Guide[] = [];
  let dx = 0;
  let dy = 0;
  const xCatch = bestLine(xLines(box), others.flatMap(xLines), options.threshold);
  const yCatch = bestLine(yLines(box), others.flatMap(yLines), options.threshold);
  const xSpace = xCatch ? null : spacing(box, others, 'x', options.threshold);
  const ySpace = yCatch ? null : spacing(box, others, 'y', options.threshold);
  if (xCatch) dx = xCatch.delta;
  else if (xSpace) dx = xSpace.delta;
  // The grid holds centres, so shapes of different sizes placed on it line up and connect straight.
  else if (options.grid) dx = Math.round((box.x + box.w / 2) / options.grid) * options.grid - (box.x + box.w / 2);
  if (yCatch) dy = yCatch.delta;
  else if (ySpace) dy = ySpace.delta;
  else if (options.grid) dy = Math.round((box.y + box.h / 2) / options.grid) * options.grid - (box.y + box.h / 2);
  const snapped = { x: box.x + dx, y: box.y + dy, w: box.w, h: box.h };
  if (xCatch) guides.push(lineGuide('x', xCatch.at, snapped, others));
  if (yCatch) guides.push(lineGuide('y', yCatch.at, snapped, others));
  if (xSpace) guides.push(...xSpace.guides);
  if (ySpace) guides.push(...ySpace.guides);
  return { dx, dy, guides };
}

/** A guide line spanning the moved box and every shape that shares the line. */
function lineGuide(axis: 'x' | 'y', at: number, box: Rect, others: Rect[]): Guide {
  const lines = axis === 'x' ? xLines : yLines;
  const sharing = [box, ...others.filter((o) => lines(o).some((l) => Math.abs(l - at) < 0.5))];
  const from = Math.min(...sharing.map((r) => (axis === 'x' ? r.y : r.x)));
  const to = Math.max(...sharing.map((r) => (axis === 'x' ? r.y + r.h : r.x + r.w)));
  return { axis, at, from, to, kind: 'edge' };
}

/** Snaps a single value to the grid (resize handles, placing shapes). */
export function snapToGrid(value: number, grid: number | null): number {
  return grid ? Math.round(value / grid) * grid : value;
}
