import type { Shape } from '../../../../shared/model/board';
import type { ShapeLookup } from '../../../../shared/shapes/connectors';
import type { Point, Rect } from '../../../../shared/shapes/geometry';
import { resizeShapes } from '../../../editor/board/shapeCommands';
import { snapToGrid } from '../../../editor/board/snapping';
import type { CanvasController } from '../controller';
import type { Handle } from '../hits';
import type { CanvasPointer, Gesture } from './gesture';

/**
 * Dragging a handle of the selection's box: one shape, or several scaled together inside the box
 * (their places and sizes keep their proportions). Shift keeps the box's aspect ratio at a corner.
 * Committed once on release: one undo step.
 */
export class Resizing implements Gesture {
  readonly kind = 'resizing';
  rect: Rect;
  readonly hidden: ReadonlySet<string>;
  private readonly origins: Map<string, Rect>;

  constructor(private readonly c: CanvasController, ids: readonly string[], readonly handle: Handle, readonly origin: Rect, _p: CanvasPointer) {
    this.rect = origin;
    const index = c.index;
    this.origins = new Map(ids.flatMap((id) => {
      const s = index?.shapes.get(id);
      return s && !s.locked ? [[id, { x: s.x, y: s.y, w: s.w, h: s.h }] as const] : [];
    }));
    this.hidden = c.affected(this.origins.keys());
    c.requestDraw('scene');
  }

  get selectionRect(): Rect {
    return this.rect;
  }

  move(p: CanvasPointer): void {
    this.rect = resizedBox(this.origin, this.handle, p.world, this.c.ui.snapToGrid ? this.c.ui.gridSize : null, p.shift);
    this.c.requestDraw('drag');
    this.c.requestDraw('overlay');
  }

  /** Where each shape goes: its place in the box scaled to the new box. */
  rects(): Map<string, Rect> {
    const o = this.origin;
    const r = this.rect;
    const sx = o.w > 0 ? r.w / o.w : 1;
    const sy = o.h > 0 ? r.h / o.h : 1;
    const out = new Map<string, Rect>();
    for (const [id, s] of this.origins) out.set(id, { x: r.x + (s.x - o.x) * sx, y: r.y + (s.y - o.y) * sy, w: s.w * sx, h: s.h * sy });
    return out;
  }

  lookup(base: ShapeLookup): ShapeLookup {
    const rects = this.rects();
    return (id) => {
      const s = base(id);
      const r = rects.get(id);
      return s && r ? ({ ...s, ...r } as Shape) : s;
    };
  }

  up(): void {
    const boardId = this.c.boardId;
    if (boardId && (this.rect.w !== this.origin.w || this.rect.h !== this.origin.h || this.rect.x !== this.origin.x || this.rect.y !== this.origin.y)) resizeShapes(this.c.editor, boardId, this.rects());
  }

  cancel(): void {}
}

/** The box after dragging `handle` to a point (never smaller than 10 × 10). */
export function resizedBox(o: Rect, handle: Handle, to: Point, grid: number | null, keepRatio: boolean): Rect {
  let x1 = o.x, y1 = o.y, x2 = o.x + o.w, y2 = o.y + o.h;
  const px = snapToGrid(to.x, grid);
  const py = snapToGrid(to.y, grid);
  if (handle.includes('w')) x1 = Math.min(px, x2 - 10);
  if (handle.includes('e')) x2 = Math.max(px, x1 + 10);
  if (handle.includes('n')) y1 = Math.min(py, y2 - 10);
  if (handle.includes('s')) y2 = Math.max(py, y1 + 10);
  const rect = { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
  if (keepRatio && handle.length === 2 && o.h > 0) {
    const h = rect.w / (o.w / o.h);
    return { ...rect, h, y: handle.includes('n') ? y2 - h : y1 };
  }
  return rect;
}
