import type { Rect } from '../shapes/geometry';
import { pageMargin, paperSize, type LargeBoards, type Paper } from './options';

/**
 * How a board goes onto paper. A board is fitted to a page of its own, landscape when it is wider
 * than tall. When fitting would shrink its text below what can be read (a big process map), it is
 * either split into parts with overlap, each on its own page after an overview, or scaled down to
 * one page anyway (vector, so it can still be zoomed on screen) — the user chooses.
 */

/** 1 board unit is 1 CSS px at 100 % zoom; CSS has 96 px to the inch. */
export const PX_PER_MM = 96 / 25.4;
/** Below this, 14 px board text prints under about 5 pt: too small to read on paper. */
export const MIN_READABLE_SCALE = 0.55;
/** Small boards are enlarged at most this much, so three stickies do not fill a page with huge type. */
export const MAX_SCALE = 1.25;
/** Each part repeats this share of its neighbour, so nothing is lost at a cut. */
export const OVERLAP = 0.08;
/** Room taken on a board page by the heading and caption, in mm. */
export const BOARD_PAGE_CHROME_MM = 24;

export interface BoardTile {
  /** The region of the board, in board units. */
  region: Rect;
  row: number;
  column: number;
}

export interface BoardLayout {
  orientation: 'portrait' | 'landscape';
  /** Printed size of one board unit, in CSS px (1 = as on screen at 100 %). */
  scale: number;
  /** The whole board at the scale that fits one page (the overview, or the only page). */
  fitScale: number;
  /** One tile: the whole board on one page. Several: an overview page, then one page per tile. */
  tiles: BoardTile[];
  rows: number;
  columns: number;
}

/** The area of a page a board drawing may fill, in CSS px. */
export function drawingArea(paper: Paper, orientation: 'portrait' | 'landscape'): { w: number; h: number } {
  const size = paperSize[paper];
  const [pw, ph] = orientation === 'landscape' ? [size.h, size.w] : [size.w, size.h];
  return {
    w: (pw - pageMargin.left - pageMargin.right) * PX_PER_MM,
    h: (ph - pageMargin.top - pageMargin.bottom - BOARD_PAGE_CHROME_MM) * PX_PER_MM,
  };
}

export function layoutBoard(bounds: Rect, paper: Paper, mode: LargeBoards): BoardLayout {
  const orientation = bounds.w > bounds.h ? 'landscape' : 'portrait';
  const area = drawingArea(paper, orientation);
  const fit = Math.min(area.w / Math.max(bounds.w, 1), area.h / Math.max(bounds.h, 1));
  const whole: BoardLayout = { orientation, scale: Math.min(fit, MAX_SCALE), fitScale: Math.min(fit, MAX_SCALE), tiles: [{ region: bounds, row: 1, column: 1 }], rows: 1, columns: 1 };
  if (fit >= MIN_READABLE_SCALE || mode === 'scale') return whole;

  const scale = MIN_READABLE_SCALE;
  const tileW = area.w / scale;
  const tileH = area.h / scale;
  const axis = (length: number, tile: number): { starts: number[]; size: number } => {
    if (length <= tile) return { starts: [0], size: length };
    const overlap = tile * OVERLAP;
    const count = Math.ceil((length - overlap) / (tile - overlap));
    // Spread the parts evenly, so the overlaps are equal and the last part is not a sliver.
    const step = (length - tile) / (count - 1);
    return { starts: Array.from({ length: count }, (_, i) => i * step), size: tile };
  };
  const xs = axis(bounds.w, tileW);
  const ys = axis(bounds.h, tileH);
  const tiles: BoardTile[] = [];
  ys.starts.forEach((y, r) =>
    xs.starts.forEach((x, c) => tiles.push({ region: { x: bounds.x + x, y: bounds.y + y, w: xs.size, h: ys.size }, row: r + 1, column: c + 1 })),
  );
  return { orientation, scale, fitScale: fit, tiles, rows: ys.starts.length, columns: xs.starts.length };
}
