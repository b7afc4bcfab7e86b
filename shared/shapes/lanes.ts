import type { Board, Shape } from '../model/board';
import { centreOf, contains, type Point, type Rect } from './geometry';
import { laneRects } from './swimlane';

/**
 * Swimlane membership is computed, never stored: a shape belongs to the lane its centre lies in.
 * Here (pure) so the editor's lane commands, the board outline and the PDF's description agree.
 */
export type Pool = Extract<Shape, { type: 'swimlane' }>;

export const isPool = (s: Shape): s is Pool => s.type === 'swimlane';

export interface LaneHit {
  poolId: string;
  laneId: string;
  rect: Rect;
}

/** The lane under a point (the topmost pool wins). */
export function laneAt(board: Pick<Board, 'shapes'>, point: Point): LaneHit | null {
  for (let i = board.shapes.length - 1; i >= 0; i--) {
    const shape = board.shapes[i]!;
    if (!isPool(shape)) continue;
    for (const { lane, rect } of laneRects(shape)) if (contains(rect, point)) return { poolId: shape.id, laneId: lane.id, rect };
  }
  return null;
}

/** Which lane each shape belongs to, by shape id (pools themselves are never members). */
export function laneMembership(board: Pick<Board, 'shapes'>): Map<string, LaneHit> {
  const out = new Map<string, LaneHit>();
  for (const shape of board.shapes) {
    if (isPool(shape)) continue;
    const hit = laneAt(board, centreOf(shape));
    if (hit) out.set(shape.id, hit);
  }
  return out;
}
