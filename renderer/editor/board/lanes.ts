import type { Draft } from 'immer';
import type { Board } from '../../../shared/model/board';
import { newId } from '../../../shared/model/ids';
import type { Rect } from '../../../shared/shapes/geometry';
import { laneMembership, type Pool } from '../../../shared/shapes/lanes';
import { laneRects, MIN_LANE, POOL_BAND, type Lane } from '../../../shared/shapes/swimlane';
import type { Editor } from '../editor';
import { editBoard } from './access';

/**
 * Lane commands. Membership is computed from where a shape's centre lies (shared/shapes/lanes.ts);
 * commands that move, resize or reorder lanes first take note of who is where, then carry them.
 */
export { isPool, laneAt, laneMembership, type LaneHit, type Pool } from '../../../shared/shapes/lanes';

/** The shapes carried by a pool: those in any of its lanes. */
export function membersOf(board: Pick<Board, 'shapes'>, poolId: string): string[] {
  return [...laneMembership(board)].filter(([, hit]) => hit.poolId === poolId).map(([id]) => id);
}

/**
 * Rearranges a pool's lanes (new order, sizes, pool box) and moves every member shape by however
 * much its lane's origin moved, so shapes stay where they were inside their lane.
 */
export function relayoutPool(board: Draft<Board>, poolId: string, change: (pool: Draft<Pool>) => void): void {
  const pool = board.shapes.find((s) => s.id === poolId) as Draft<Pool> | undefined;
  if (!pool || pool.type !== 'swimlane') return;
  const membership = laneMembership(board as Board);
  const before = new Map(laneRects(pool as Pool).map(({ lane, rect }) => [lane.id, rect]));
  change(pool);
  const after = new Map(laneRects(pool as Pool).map(({ lane, rect }) => [lane.id, rect]));
  for (const shape of board.shapes) {
    const hit = membership.get(shape.id);
    if (!hit || hit.poolId !== poolId) continue;
    const from = before.get(hit.laneId);
    const to = after.get(hit.laneId);
    if (!from || !to) continue;
    shape.x += to.x - from.x;
    shape.y += to.y - from.y;
    // A shape stays inside its lane when the lane shrinks.
    if (pool.props.orientation === 'horizontal') shape.y = Math.min(shape.y, to.y + to.h - shape.h / 2 - 1);
    else shape.x = Math.min(shape.x, to.x + to.w - shape.w / 2 - 1);
  }
}

/** Sets the pool's extent across the lanes from the lanes' sizes (they are the source of truth). */
function fitPoolToLanes(pool: Draft<Pool>): void {
  const total = pool.props.lanes.reduce((sum, l) => sum + l.size, 0);
  if (pool.props.orientation === 'horizontal') pool.h = total;
  else pool.w = total;
}

export function addLane(editor: Editor, boardId: string, poolId: string, name = ''): string {
  const id = newId();
  editBoard(editor, boardId, 'addLane', (board) =>
    relayoutPool(board, poolId, (pool) => {
      const size = pool.props.lanes[pool.props.lanes.length - 1]?.size ?? 160;
      pool.props.lanes.push({ id, name, size });
      fitPoolToLanes(pool);
    }),
  );
  return id;
}

/** Removes a lane; its shapes stay on the board where they are (nothing the user made is lost). */
export function removeLane(editor: Editor, boardId: string, poolId: string, laneId: string): void {
  editBoard(editor, boardId, 'removeLane', (board) =>
    relayoutPool(board, poolId, (pool) => {
      if (pool.props.lanes.length <= 1) return;
      pool.props.lanes = pool.props.lanes.filter((l) => l.id !== laneId);
      fitPoolToLanes(pool);
    }),
  );
}

export function renameLane(editor: Editor, boardId: string, poolId: string, laneId: string, name: string): void {
  editBoard(
    editor,
    boardId,
    'renameLane',
    (board) => {
      const pool = board.shapes.find((s) => s.id === poolId);
      if (pool?.type !== 'swimlane') return;
      const lane = pool.props.lanes.find((l) => l.id === laneId);
      if (lane) lane.name = name;
    },
    { coalesceKey: `lane-name:${laneId}` },
  );
}

/** Moves a lane to another position; its shapes travel with it. */
export function moveLane(editor: Editor, boardId: string, poolId: string, laneId: string, toIndex: number): void {
  editBoard(editor, boardId, 'moveLane', (board) =>
    relayoutPool(board, poolId, (pool) => {
      const from = pool.props.lanes.findIndex((l) => l.id === laneId);
      if (from < 0) return;
      const [lane] = pool.props.lanes.splice(from, 1) as [Draft<Lane>];
      pool.props.lanes.splice(Math.max(0, Math.min(toIndex, pool.props.lanes.length)), 0, lane);
    }),
  );
}

/** Resizes one lane; the lanes after it (and their shapes) shift. A drag passes a coalesce key. */
export function resizeLane(editor: Editor, boardId: string, poolId: string, laneId: string, size: number, coalesceKey?: string): void {
  editBoard(
    editor,
    boardId,
    'resizeLane',
    (board) =>
      relayoutPool(board, poolId, (pool) => {
        const lane = pool.props.lanes.find((l) => l.id === laneId);
        if (!lane) return;
        lane.size = Math.max(MIN_LANE, size);
        fitPoolToLanes(pool);
      }),
    { coalesceKey },
  );
}

/**
 * A pool resized as a whole: along the lanes it just gets longer or shorter; across them the lanes
 * are scaled in proportion. Shapes keep their place in their lane.
 */
export function resizePoolInDraft(board: Draft<Board>, poolId: string, rect: Rect): void {
  relayoutPool(board, poolId, (pool) => {
    const across = pool.props.orientation === 'horizontal' ? rect.h : rect.w;
    const total = pool.props.lanes.reduce((sum, l) => sum + l.size, 0);
    const minAcross = pool.props.lanes.length * MIN_LANE;
    const target = Math.max(minAcross, across);
    for (const lane of pool.props.lanes) lane.size = Math.max(MIN_LANE, (lane.size / total) * target);
    pool.x = rect.x;
    pool.y = rect.y;
    if (pool.props.orientation === 'horizontal') pool.w = Math.max(POOL_BAND + 120, rect.w);
    else pool.h = Math.max(POOL_BAND + 80, rect.h);
    fitPoolToLanes(pool);
  });
}

/**
 * Turns a pool between horizontal and vertical lanes. The pool is mirrored about its diagonal, so
 * each lane keeps its size and every shape keeps its place within its lane.
 */
export function turnPool(editor: Editor, boardId: string, poolId: string): void {
  editBoard(editor, boardId, 'turnPool', (board) => {
    const pool = board.shapes.find((s) => s.id === poolId);
    if (pool?.type !== 'swimlane') return;
    const members = new Set(membersOf(board as Board, poolId));
    for (const shape of board.shapes) {
      if (!members.has(shape.id)) continue;
      const cx = shape.x + shape.w / 2 - pool.x;
      const cy = shape.y + shape.h / 2 - pool.y;
      shape.x = pool.x + cy - shape.w / 2;
      shape.y = pool.y + cx - shape.h / 2;
    }
    [pool.w, pool.h] = [pool.h, pool.w];
    pool.props.orientation = pool.props.orientation === 'horizontal' ? 'vertical' : 'horizontal';
  });
}
