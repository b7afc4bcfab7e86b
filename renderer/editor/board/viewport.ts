import type { Point, Rect } from '../../../shared/shapes/geometry';

/**
 * The view of a board: screen = world × scale + offset. Per board, not undoable, not saved in the
 * file (it is how the user looks at the map, not the map).
 */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;
export const ZOOM_STEPS = [0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4];

export const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

export function screenToWorld(v: Viewport, p: Point): Point {
  return { x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale };
}

export function worldToScreen(v: Viewport, p: Point): Point {
  return { x: p.x * v.scale + v.x, y: p.y * v.scale + v.y };
}

/** The part of the board a screen of this size shows. */
export function visibleRect(v: Viewport, size: { w: number; h: number }): Rect {
  return { x: -v.x / v.scale, y: -v.y / v.scale, w: size.w / v.scale, h: size.h / v.scale };
}

/** Zooms keeping the board point under `anchor` (screen) where it is: wheel and pinch zoom. */
export function zoomAt(v: Viewport, anchor: Point, scale: number): Viewport {
  const s = clampScale(scale);
  const world = screenToWorld(v, anchor);
  return { scale: s, x: anchor.x - world.x * s, y: anchor.y - world.y * s };
}

/** The next zoom step in or out from the current scale (keys and buttons). */
export function stepZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > scale + 1e-6) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - 1e-6) ?? MIN_SCALE;
}

/** A view showing the whole rectangle centred with a margin, never above 100 %. */
export function fitRect(r: Rect | null, size: { w: number; h: number }, margin = 40, maxScale = 1): Viewport {
  if (!r || size.w <= 0 || size.h <= 0) return { x: margin, y: margin, scale: 1 };
  const scale = clampScale(Math.min(maxScale, (size.w - 2 * margin) / Math.max(r.w, 1), (size.h - 2 * margin) / Math.max(r.h, 1)));
  return { scale, x: size.w / 2 - (r.x + r.w / 2) * scale, y: size.h / 2 - (r.y + r.h / 2) * scale };
}
