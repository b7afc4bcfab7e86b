import { rectFromCorners, type Point, type Rect } from '../../../../shared/shapes/geometry';
import { select } from '../../../editor/board/canvasState';
import type { CanvasController } from '../controller';
import type { CanvasPointer, Gesture } from './gesture';

/** A box dragged on empty board selects what lies wholly inside it (Shift adds to the selection). */
export class Marquee implements Gesture {
  readonly kind = 'marquee';
  private readonly start: Point;
  private current: Point;
  private readonly additive: boolean;

  constructor(private readonly c: CanvasController, p: CanvasPointer) {
    this.start = p.world;
    this.current = p.world;
    this.additive = p.shift;
  }

  get marquee(): Rect {
    return rectFromCorners(this.start, this.current);
  }

  move(p: CanvasPointer): void {
    this.current = p.world;
    this.c.requestDraw('overlay');
  }

  up(p: CanvasPointer): void {
    this.current = p.world;
    const rect = this.marquee;
    const min = 2 / this.c.view.scale;
    if (rect.w <= min && rect.h <= min) return;
    const inside = this.c.index?.enclosedBy(rect) ?? [];
    select(this.c.editor, this.additive ? [...this.c.ui.selection, ...inside] : inside);
  }

  cancel(): void {}
}
