import type { Viewport } from '../../../editor/board/viewport';
import type { CanvasController } from '../controller';
import type { CanvasPointer, Gesture } from './gesture';

/** Dragging the board: the view follows the pointer; nothing in the document changes. */
export class Panning implements Gesture {
  readonly kind = 'panning';
  private readonly origin: Viewport;
  private readonly start: { x: number; y: number };

  constructor(private readonly c: CanvasController, p: CanvasPointer) {
    this.origin = c.view;
    this.start = p.screen;
  }

  move(p: CanvasPointer): void {
    const o = this.origin;
    this.c.applyView({ ...o, x: o.x + p.screen.x - this.start.x, y: o.y + p.screen.y - this.start.y });
  }

  up(): void {}

  cancel(): void {
    this.c.applyView(this.origin);
  }
}
