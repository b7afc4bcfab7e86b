import { intersects, type Rect } from '../shapes/geometry';
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
  /** With `content` given to layoutBoard: the indexes of the content areas this part shows, in their order. */
  content?: number[];
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

/**
 * `content`: the areas the board's shapes, connectors and tags cover. Split into parts, only the
 * parts that show some of it are kept (their grid positions keep their row and column), and they
 * are found from the content rather than by walking the grid: two stickies far apart make two
 * parts, not the thousands of empty pages between them, and the work grows with what is drawn.
 * Each kept part lists the content it shows. Without `content`, every part of the grid is kept.
 */
export function layoutBoard(bounds: Rect, paper: Paper, mode: LargeBoards, content?: readonly Rect[]): BoardLayout {
  const orientation = bounds.w > bounds.h ? 'landscape' : 'portrait';
  const area = drawingArea(paper, orientation);
  const fit = Math.min(area.w / Math.max(bounds.w, 1), area.h / Math.max(bounds.h, 1));
  const whole: BoardLayout = { orientation, scale: Math.min(fit, MAX_SCALE), fitScale: Math.min(fit, MAX_SCALE), tiles: [{ region: bounds, row: 1, column: 1 }], rows: 1, columns: 1 };
  if (fit >= MIN_READABLE_SCALE || mode === 'scale') return whole;

  const scale = MIN_READABLE_SCALE;
  const xs = axis(bounds.w, area.w / scale);
  const ys = axis(bounds.h, area.h / scale);
  const region = (r: number, c: number): Rect => ({ x: bounds.x + xs.start(c), y: bounds.y + ys.start(r), w: xs.size, h: ys.size });
  const tile = (k: number): BoardTile => ({ region: region(Math.floor(k / xs.count), k % xs.count), row: Math.floor(k / xs.count) + 1, column: (k % xs.count) + 1 });
  if (!content) {
    const tiles = Array.from({ length: xs.count * ys.count }, (_, k) => tile(k));
    return { orientation, scale, fitScale: fit, tiles, rows: ys.count, columns: xs.count };
  }
  // Each content area goes to the few parts it overlaps: the work is the content's, not the grid's.
  const shown = new Map<number, number[]>();
  content.forEach((box, i) => {
    const [r0, r1] = ys.covering(box.y - bounds.y, box.h);
    const [c0, c1] = xs.covering(box.x - bounds.x, box.w);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        if (!intersects(region(r, c), box)) continue;
        const k = r * xs.count + c;
        const list = shown.get(k);
        if (list) list.push(i);
        else shown.set(k, [i]);
      }
  });
  const tiles = [...shown.keys()].sort((a, b) => a - b).map((k) => ({ ...tile(k), content: shown.get(k)! }));
  return { orientation, scale, fitScale: fit, tiles, rows: ys.count, columns: xs.count };
}

interface Axis {
  count: number;
  size: number;
  start(index: number): number;
  /** The first and last index of the parts that may overlap [offset, offset + length]. */
  covering(offset: number, length: number): [number, number];
}

/** Parts along one side of the board, each `tile` long, overlapping by OVERLAP, spread evenly (equal overlaps, no sliver at the end). */
function axis(length: number, tile: number): Axis {
  if (length <= tile) return { count: 1, size: length, start: () => 0, covering: () => [0, 0] };
  const overlap = tile * OVERLAP;
  const count = Math.ceil((length - overlap) / (tile - overlap));
  const step = (length - tile) / (count - 1);
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  return {
    count,
    size: tile,
    start: (i) => i * step,
    // Part i spans [i·step, i·step + tile]; one extra on each side absorbs rounding, and the caller checks each.
    covering: (offset, len) => [clamp(Math.ceil((offset - tile) / step) - 1), clamp(Math.floor((offset + len) / step) + 1)],
  };
}
