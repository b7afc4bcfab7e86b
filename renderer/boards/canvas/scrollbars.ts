import { inflate, unionOf, type Rect } from '../../../shared/shapes/geometry';

/** How far past the content a board may be scrolled (board units), as in draw.io. */
export const SCROLL_MARGIN = 200;
/** The smallest thumb, in screen pixels, so it can always be caught. */
export const MIN_THUMB = 28;

/** One scrollbar: where its thumb is along a track of `track` pixels, and the extent it stands for. */
export interface ScrollbarGeometry {
  /** The thumb's start and length along the track, in pixels. */
  start: number;
  length: number;
  /** Board units per pixel of track: a thumb dragged by d pixels moves the view d × this. */
  unitsPerPixel: number;
  /** False when the whole extent is in view: no bar is shown. */
  needed: boolean;
  /** Where the view is in the extent, 0 (start) to 100 (end), for assistive technology. */
  percent: number;
}

/**
 * The area the scrollbars stand for: the board's content with a margin, and the view itself
 * (scrolled past the content, the bar shows the view at its end rather than jumping).
 */
export function scrollExtent(content: Rect | null, visible: Rect): Rect {
  return content ? (unionOf([inflate(content, SCROLL_MARGIN), visible]) ?? visible) : visible;
}

/** A scrollbar along one axis: `from`/`size` of the view and of the extent on that axis. */
export function scrollbar(viewFrom: number, viewSize: number, extentFrom: number, extentSize: number, track: number): ScrollbarGeometry {
  const needed = viewSize < extentSize - 0.5 && track > MIN_THUMB;
  const length = Math.max(MIN_THUMB, Math.min(track, (viewSize / extentSize) * track));
  // The thumb's free run maps onto the extent's free run, so its ends meet the track's ends.
  const free = Math.max(0, extentSize - viewSize);
  const fraction = free > 0 ? Math.min(1, Math.max(0, (viewFrom - extentFrom) / free)) : 0;
  const run = track - length;
  return { start: fraction * run, length, unitsPerPixel: run > 0 ? free / run : 0, needed, percent: Math.round(fraction * 100) };
}

export function scrollbars(content: Rect | null, visible: Rect, track: { w: number; h: number }): { x: ScrollbarGeometry; y: ScrollbarGeometry } {
  const extent = scrollExtent(content, visible);
  return { x: scrollbar(visible.x, visible.w, extent.x, extent.w, track.w), y: scrollbar(visible.y, visible.h, extent.y, extent.h, track.h) };
}
