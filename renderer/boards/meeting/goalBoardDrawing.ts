import { drawKpiTile } from '../../../shared/kpi/drawKpi';
import { drawGoalBoardFrame, layoutGoalBoard, tileContextOf, type GoalBoardLayout, type GoalBoardText } from '../../../shared/kpi/goalBoard';
import type { GoalBoard, Kpi } from '../../../shared/model/teamBoards';
import type { Rect } from '../../../shared/shapes/geometry';
import type { Primitive, Theme } from '../../../shared/shapes/primitives';
import { drawPrimitives, resetContextMemo } from '../canvas/konvaBackend';

interface TileState {
  kpi: Kpi;
  key: string;
  rect: Rect;
}

interface FrameState {
  key: string;
  board: Pick<GoalBoard, 'areas' | 'goals' | 'overallGoal'>;
  kpiIds: string;
  layout: GoalBoardLayout;
  primitives: Primitive[];
}

/** The frame alone and the whole board, in device pixels at one ratio (device pixels per board unit). */
interface Bitmaps {
  ratio: number;
  frame: HTMLCanvasElement;
  board: HTMLCanvasElement;
}

/**
 * Room around a tile for strokes that reach past its rectangle (board units). Tiles are GAP (14)
 * apart, so two tiles' rooms never meet, even rounded out to whole pixels.
 */
const TILE_MARGIN = 4;

/**
 * The goal board of one canvas, kept as a bitmap in device pixels: the frame (paper, header, area
 * columns, goals) drawn once, and the board (the frame with every tile on it). The document is
 * immutable, so a KPI that did not change is the same object: typing one value puts the frame
 * back under that KPI's tile and draws that tile alone; the repaint copies the board, pixel for
 * pixel. All is drawn again when the frame (areas, goals, KPI order, words) or the scale changes.
 * Each canvas owns its own: two canvases (the board and the presented board) never share one.
 */
export class GoalBoardBitmaps {
  private frame: FrameState | null = null;
  private bitmaps: Bitmaps | null = null;
  /** The tiles as they are on the board bitmap. */
  private readonly tiles = new Map<string, TileState>();
  private board: GoalBoard | null = null;
  private text: GoalBoardText | null = null;
  /** How many tiles were drawn since this canvas was made (the rest were copied). */
  tilesDrawn = 0;

  constructor(private readonly theme: Theme) {}

  /** Takes the board to draw next and returns its layout (the frame is laid out again only when it changed). */
  update(board: GoalBoard, text: GoalBoardText): GoalBoardLayout {
    const textKey = `${text.words.lang}|${text.meetingDate ?? ''}|${text.team}`;
    const kpiIds = board.kpis.map((k) => `${k.id}:${k.areaId ?? ''}`).join('|');
    const f = this.frame;
    if (!f || f.key !== textKey || f.board.areas !== board.areas || f.board.goals !== board.goals || f.board.overallGoal !== board.overallGoal || f.kpiIds !== kpiIds) {
      const layout = layoutGoalBoard(board);
      this.frame = { key: textKey, board, kpiIds, layout, primitives: drawGoalBoardFrame(board, layout, this.theme, text) };
      this.dispose();
    }
    this.board = board;
    this.text = text;
    return this.frame!.layout;
  }

  /**
   * Paints the board on a context whose transform is set for device pixels, `ratio` device pixels
   * per board unit: the tiles that changed are drawn on the board bitmap first, then it is copied.
   */
  paint(ctx: CanvasRenderingContext2D, ratio: number): void {
    const frame = this.frame;
    const board = this.board;
    const text = this.text;
    if (!frame || !board || !text) return;
    let bitmaps = this.bitmaps;
    if (!bitmaps || bitmaps.ratio !== ratio) {
      this.dispose();
      const size = { x: 0, y: 0, w: frame.layout.width, h: frame.layout.height };
      const frameCanvas = canvasOf(size, ratio);
      const boardCanvas = canvasOf(size, ratio);
      drawOn(frameCanvas, frame.primitives, ratio, this.theme);
      boardCanvas.getContext('2d')?.drawImage(frameCanvas, 0, 0);
      bitmaps = this.bitmaps = { ratio, frame: frameCanvas, board: boardCanvas };
    }
    const target = bitmaps.board.getContext('2d');
    if (!target) return;
    const byId = new Map(board.kpis.map((k) => [k.id, k]));
    for (const column of frame.layout.columns) {
      for (const place of column.tiles) {
        const kpi = byId.get(place.kpiId);
        if (!kpi) continue;
        const tileContext = tileContextOf(board, kpi, text);
        const key = `${frame.key}|${tileContext.goalText ?? ''}`;
        const was = this.tiles.get(kpi.id);
        if (was && was.kpi === kpi && was.key === key && sameRect(was.rect, place.rect)) continue;
        // Whole device pixels around the tile: the frame goes back there, then the tile is drawn on it.
        const x = Math.floor((place.rect.x - TILE_MARGIN) * ratio);
        const y = Math.floor((place.rect.y - TILE_MARGIN) * ratio);
        const w = Math.ceil((place.rect.x + place.rect.w + TILE_MARGIN) * ratio) - x;
        const h = Math.ceil((place.rect.y + place.rect.h + TILE_MARGIN) * ratio) - y;
        target.save();
        target.setTransform(1, 0, 0, 1, 0, 0);
        target.clearRect(x, y, w, h);
        target.drawImage(bitmaps.frame, x, y, w, h, x, y, w, h);
        target.beginPath();
        target.rect(x, y, w, h);
        target.clip();
        target.setTransform(ratio, 0, 0, ratio, 0, 0);
        resetContextMemo(target);
        drawPrimitives(target, drawKpiTile(kpi, place.rect, this.theme, tileContext), this.theme);
        target.restore();
        this.tiles.set(kpi.id, { kpi, key, rect: place.rect });
        this.tilesDrawn++;
      }
    }
    ctx.drawImage(bitmaps.board, 0, 0);
  }

  /** Lets the bitmaps' memory go (the canvas is gone, or all is drawn again); a later paint draws them again. */
  dispose(): void {
    if (this.bitmaps) {
      release(this.bitmaps.frame);
      release(this.bitmaps.board);
    }
    this.bitmaps = null;
    this.tiles.clear();
  }
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/** A canvas of whole device pixels covering `rect` (board units) at `ratio`. */
function canvasOf(rect: Rect, ratio: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(rect.w * ratio));
  canvas.height = Math.max(1, Math.ceil(rect.h * ratio));
  return canvas;
}

function drawOn(canvas: HTMLCanvasElement, primitives: readonly Primitive[], ratio: number, theme: Theme): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  resetContextMemo(ctx);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawPrimitives(ctx, primitives, theme);
}

function release(canvas: HTMLCanvasElement): void {
  // A canvas holds its pixels until it is collected; a zero size frees them now.
  canvas.width = 0;
  canvas.height = 0;
}

/** The KPI whose tile is at a point of the board, if any. */
export function kpiAt(layout: GoalBoardLayout, x: number, y: number): string | null {
  for (const column of layout.columns) for (const tile of column.tiles) if (x >= tile.rect.x && x <= tile.rect.x + tile.rect.w && y >= tile.rect.y && y <= tile.rect.y + tile.rect.h) return tile.kpiId;
  return null;
}

export function tileRect(layout: GoalBoardLayout, kpiId: string): Rect | null {
  for (const column of layout.columns) for (const tile of column.tiles) if (tile.kpiId === kpiId) return tile.rect;
  return null;
}
