import type { ShapeType } from '../../../../shared/model/board';
import type { Point } from '../../../../shared/shapes/geometry';
import type { CanvasController } from '../controller';
import type { CanvasPointer, Gesture } from './gesture';

/** A palette shape is chosen and the board pressed: it is placed where the pointer is let go. */
export class Placing implements Gesture {
  readonly kind = 'placing';
  at: Point;

  constructor(private readonly c: CanvasController, readonly type: ShapeType, p: CanvasPointer) {
    this.at = p.world;
  }

  move(p: CanvasPointer): void {
    this.at = p.world;
  }

  up(p: CanvasPointer): void {
    this.c.placeShape(this.type, p.world);
  }

  cancel(): void {}
}
