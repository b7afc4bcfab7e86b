import { describe, expect, it } from 'vitest';
import { addLane, laneAt, membersOf, moveLane, removeLane, renameLane, resizeLane } from '../../../../../renderer/editor/board/lanes';
import { createShape, moveShapes, resizeShape } from '../../../../../renderer/editor/board/shapeCommands';
import type { Shape } from '../../../../../shared/model/board';
import { boardEditor } from './helpers';

type Pool = Extract<Shape, { type: 'swimlane' }>;

/** A 900×480 pool at the origin with three 160-high lanes; a step in the second lane. */
function poolWithStep() {
  const ctx = boardEditor();
  const pool = createShape(ctx.editor, ctx.boardId, 'swimlane', { x: 450, y: 240 });
  const step = createShape(ctx.editor, ctx.boardId, 'activity', { x: 300, y: 240 });
  const lanes = (ctx.shape(pool) as Pool).props.lanes;
  return { ...ctx, pool, step, lanes, poolShape: () => ctx.shape(pool) as Pool };
}

describe('swimlanes', () => {
  it('a shape dropped into a lane belongs to it', () => {
    const { board, pool, step, lanes, shape } = poolWithStep();
    const s = shape(step);
    expect(laneAt(board(), { x: s.x + s.w / 2, y: s.y + s.h / 2 })).toMatchObject({ poolId: pool, laneId: lanes[1]!.id });
    expect(membersOf(board(), pool)).toEqual([step]);
  });

  it('a shape outside the pool belongs to no lane', () => {
    const { board } = poolWithStep();
    expect(laneAt(board(), { x: 2000, y: 100 })).toBeNull();
  });

  it('moving the pool carries its shapes, as one step', () => {
    const { editor, boardId, pool, step, shape } = poolWithStep();
    moveShapes(editor, boardId, [pool], 100, 50);
    expect(shape(step)).toMatchObject({ x: 320, y: 250 });
    editor.undo();
    expect(shape(step)).toMatchObject({ x: 220, y: 200 });
  });

  it('moving a shape to another lane changes its lane', () => {
    const { editor, boardId, board, pool, step, lanes, shape } = poolWithStep();
    moveShapes(editor, boardId, [step], 0, 160);
    const s = shape(step);
    expect(laneAt(board(), { x: s.x + s.w / 2, y: s.y + s.h / 2 })).toMatchObject({ poolId: pool, laneId: lanes[2]!.id });
  });

  it('growing a lane pushes the lanes below and their shapes down', () => {
    const { editor, boardId, pool, step, lanes, shape, poolShape } = poolWithStep();
    resizeLane(editor, boardId, pool, lanes[0]!.id, 260);
    expect(shape(step).y).toBe(300);
    expect(poolShape().h).toBe(580);
  });

  it('reordering lanes moves their shapes with them', () => {
    const { editor, boardId, pool, step, lanes, shape, poolShape } = poolWithStep();
    moveLane(editor, boardId, pool, lanes[1]!.id, 0);
    expect(poolShape().props.lanes[0]!.id).toBe(lanes[1]!.id);
    expect(shape(step).y).toBe(40);
  });

  it('adds, renames and removes lanes; a removed lane’s shapes stay on the board', () => {
    const { editor, boardId, board, pool, step, lanes, poolShape } = poolWithStep();
    const added = addLane(editor, boardId, pool, 'Nämnd');
    expect(poolShape().props.lanes).toHaveLength(4);
    expect(poolShape().h).toBe(640);
    renameLane(editor, boardId, pool, added, 'Beslut');
    expect(poolShape().props.lanes[3]!.name).toBe('Beslut');
    removeLane(editor, boardId, pool, lanes[1]!.id);
    expect(poolShape().props.lanes).toHaveLength(3);
    expect(board().shapes.some((s) => s.id === step)).toBe(true);
  });

  it('never removes the last lane', () => {
    const { editor, boardId, pool, lanes, poolShape } = poolWithStep();
    removeLane(editor, boardId, pool, lanes[0]!.id);
    removeLane(editor, boardId, pool, lanes[1]!.id);
    removeLane(editor, boardId, pool, lanes[2]!.id);
    expect(poolShape().props.lanes).toHaveLength(1);
  });

  it('resizing the pool scales the lanes and keeps each shape in its lane', () => {
    const { editor, boardId, board, pool, step, lanes, shape, poolShape } = poolWithStep();
    resizeShape(editor, boardId, pool, { x: 0, y: 0, w: 1200, h: 960 });
    expect(poolShape().props.lanes.map((l) => l.size)).toEqual([320, 320, 320]);
    expect(poolShape().w).toBe(1200);
    const s = shape(step);
    expect(laneAt(board(), { x: s.x + s.w / 2, y: s.y + s.h / 2 })?.laneId).toBe(lanes[1]!.id);
  });
});

describe('turning a pool', () => {
  it('turns horizontal lanes vertical and keeps each shape in its lane', async () => {
    const { turnPool } = await import('../../../../../renderer/editor/board/lanes');
    const { editor, boardId, board, pool, step, lanes, shape, poolShape } = poolWithStep();
    turnPool(editor, boardId, pool);
    expect(poolShape().props.orientation).toBe('vertical');
    expect([poolShape().w, poolShape().h]).toEqual([480, 900]);
    const s = shape(step);
    expect(laneAt(board(), { x: s.x + s.w / 2, y: s.y + s.h / 2 })?.laneId).toBe(lanes[1]!.id);
    editor.undo();
    expect(poolShape().props.orientation).toBe('horizontal');
  });
});
