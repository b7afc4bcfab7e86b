import type { Shape } from '../../../../shared/model/board';
import type { ShapeLookup } from '../../../../shared/shapes/connectors';
import { inflate, unionOf, type Point } from '../../../../shared/shapes/geometry';
import { isPool, membersOf } from '../../../editor/board/lanes';
import { moveShapes } from '../../../editor/board/shapeCommands';
import { snapMove, type Guide } from '../../../editor/board/snapping';
import type { CanvasController } from '../controller';
import { SCREEN } from '../hits';
import type { CanvasPointer, Gesture } from './gesture';

/**
 * Moving the selection. Until the pointer has moved a few pixels it is a click. Then the moved
 * shapes and their connectors are drawn on the drag layer, snapped to the grid and smart guides
 * (Alt moves freely), and committed once on release: one undo step.
 */
export class Translating implements Gesture {
  readonly kind = 'translating';
  private ids: Set<string>;
  private readonly start: Point;
  private started = false;
  dx = 0;
  dy = 0;
  guides: Guide[] = [];
  hidden: ReadonlySet<string> = new Set();
  readonly hidesHandles = true;

  constructor(private readonly c: CanvasController, ids: string[], p: CanvasPointer) {
    this.ids = new Set(ids);
    this.start = p.world;
  }

  private begin(): boolean {
    const index = this.c.index;
    const board = this.c.board;
    if (!index || !board) return false;
    const movable = [...this.ids].filter((id) => !index.shapes.get(id)?.locked);
    if (movable.length === 0) return false;
    // A pool carries the shapes in its lanes.
    for (const id of [...movable]) {
      const s = index.shapes.get(id);
      if (s && isPool(s)) movable.push(...membersOf(board, id));
    }
    this.ids = new Set(movable);
    this.started = true;
    this.hidden = this.c.affected(this.ids);
    this.c.requestDraw('scene');
    return true;
  }

  move(p: CanvasPointer): void {
    const c = this.c;
    const index = c.index;
    if (!index) return;
    const rawDx = p.world.x - this.start.x;
    const rawDy = p.world.y - this.start.y;
    if (!this.started && (Math.hypot(rawDx, rawDy) * c.view.scale < SCREEN.dragThreshold || !this.begin())) return;
    const moving = [...this.ids].map((id) => index.shapes.get(id)).filter((s): s is Shape => !!s);
    const box = unionOf(moving);
    if (!box) return;
    // Whole board units (a pixel is a unit at 100 %): a pointer's fractional position would give
    // a shape fractional coordinates nobody asked for, and the first fractional coordinate on a
    // board of whole ones makes V8 migrate every shape object at its next full walk (the first
    // move after a drag spent 15-35 ms there at 10,000 shapes).
    if (p.alt) {
      this.dx = Math.round(rawDx);
      this.dy = Math.round(rawDy);
      this.guides = [];
    } else {
      const moved = { ...box, x: box.x + rawDx, y: box.y + rawDy };
      const near = index.near(inflate(moved, 400 / c.view.scale), this.ids).filter((s) => !isPool(s)).slice(0, 200);
      const snap = snapMove(moved, near, { grid: c.ui.snapToGrid ? c.ui.gridSize : null, threshold: 6 / c.view.scale });
      this.dx = Math.round(rawDx + snap.dx);
      this.dy = Math.round(rawDy + snap.dy);
      this.guides = snap.guides;
    }
    c.requestDraw('drag');
    c.requestDraw('overlay');
  }

  lookup(base: ShapeLookup): ShapeLookup {
    if (!this.started) return base;
    return (id) => {
      const s = base(id);
      return s && this.ids.has(id) ? ({ ...s, x: s.x + this.dx, y: s.y + this.dy } as Shape) : s;
    };
  }

  up(): void {
    const boardId = this.c.boardId;
    if (boardId && this.started && (this.dx !== 0 || this.dy !== 0)) moveShapes(this.c.editor, boardId, [...this.ids], this.dx, this.dy);
  }

  cancel(): void {}
}
