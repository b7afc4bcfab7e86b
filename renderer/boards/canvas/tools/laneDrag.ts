import { resizeLane } from '../../../editor/board/lanes';
import type { CanvasController } from '../controller';
import type { LaneEdge } from '../hits';
import type { CanvasPointer, Gesture } from './gesture';

/** Dragging a lane's dividing line resizes the lane; the whole drag is one undo step. */
export class LaneDrag implements Gesture {
  readonly kind = 'laneDrag';
  private readonly start: { x: number; y: number };
  private readonly key: string;

  constructor(private readonly c: CanvasController, private readonly edge: LaneEdge, p: CanvasPointer) {
    this.start = p.world;
    this.key = `lane-drag:${edge.laneId}:${Date.now()}`;
  }

  move(p: CanvasPointer): void {
    const boardId = this.c.boardId;
    if (!boardId) return;
    const e = this.edge;
    const delta = e.horizontal ? p.world.y - this.start.y : p.world.x - this.start.x;
    resizeLane(this.c.editor, boardId, e.poolId, e.laneId, e.size + delta, this.key);
  }

  up(): void {
    this.c.editor.seal();
  }

  cancel(): void {
    // Back to the size it had: undoing the open step would also drop earlier coalesced work.
    const boardId = this.c.boardId;
    if (boardId) resizeLane(this.c.editor, boardId, this.edge.poolId, this.edge.laneId, this.edge.size, this.key);
    this.c.editor.seal();
  }
}
