import { describe, expect, it } from 'vitest';
import { BoardIndex } from '../../../../../renderer/editor/board/spatialIndex';
import { createConnector } from '../../../../../renderer/editor/board/connectorCommands';
import { createShape, insertShapes, makeShape, moveShapes, nudgeShapes } from '../../../../../renderer/editor/board/shapeCommands';
import { fitRect, screenToWorld, stepZoom, visibleRect, worldToScreen, zoomAt } from '../../../../../renderer/editor/board/viewport';
import { boardEditor } from './helpers';

function scene() {
  const ctx = boardEditor();
  const pool = createShape(ctx.editor, ctx.boardId, 'swimlane', { x: 450, y: 240 });
  const a = createShape(ctx.editor, ctx.boardId, 'activity', { x: 200, y: 80 });
  const b = createShape(ctx.editor, ctx.boardId, 'decision', { x: 600, y: 80 });
  const over = createShape(ctx.editor, ctx.boardId, 'sticky', { x: 240, y: 90 });
  const c = createConnector(ctx.editor, ctx.boardId, { kind: 'shape', shapeId: a, port: 'bottom' }, { kind: 'point', x: 200, y: 400 }, { routing: 'straight' });
  return { ...ctx, index: new BoardIndex(ctx.board()), pool, a, b, over, c };
}

describe('hit-testing', () => {
  it('finds the topmost shape under the pointer', () => {
    const { index, over, a } = scene();
    expect(index.hitTest({ x: 250, y: 100 })).toEqual({ kind: 'shape', id: over });
    expect(index.hitTest({ x: 130, y: 60 })).toEqual({ kind: 'shape', id: a });
  });

  it('respects a shape’s outline: the corner of a decision’s box is not the decision', () => {
    const { index, b } = scene();
    expect(index.hitTest({ x: 600, y: 80 })).toEqual({ kind: 'shape', id: b });
    expect(index.hitTest({ x: 532, y: 32 })).toBeNull();
  });

  it('hits a connector near its line', () => {
    const { index, c } = scene();
    expect(index.hitTest({ x: 203, y: 300 })).toEqual({ kind: 'connector', id: c });
  });

  it('hits a pool on its bands only, so its lanes stay open for marquee and placing', () => {
    const { index, pool } = scene();
    expect(index.hitTest({ x: 10, y: 300 })).toEqual({ kind: 'shape', id: pool });
    expect(index.hitTest({ x: 500, y: 300 })).toBeNull();
  });

  it('selects with a marquee what lies wholly inside it', () => {
    const { index, a, over } = scene();
    expect(index.enclosedBy({ x: 100, y: 10, w: 340, h: 160 }).sort()).toEqual([a, over].sort());
  });

  it('draws only what is in view', () => {
    const { index, b, pool } = scene();
    const view = index.inView({ x: 560, y: 60, w: 20, h: 20 });
    expect(view.shapes.map((s) => s.id)).toEqual([pool, b]);
  });

  it('stays correct on a large board', () => {
    const { editor, boardId, board } = boardEditor();
    // One insert of 2,000 shapes (2,000 separate commands would time the history, not the index).
    insertShapes(editor, boardId, Array.from({ length: 2000 }, (_, i) => makeShape('activity', { x: (i % 50) * 200, y: Math.floor(i / 50) * 120 })), 'many');
    const index = new BoardIndex(board());
    expect(index.inView({ x: 0, y: 0, w: 1000, h: 500 }).shapes.length).toBeLessThan(60);
    expect(index.hitTest({ x: 200 * 7, y: 120 * 3 })?.id).toBe(board().shapes[3 * 50 + 7]!.id);
  });
});

describe('keeping up with edits', () => {
  it('updates in place when shapes move: the moved shape and its connectors, nothing else', () => {
    const { editor, boardId, board, index, a, b, c } = scene();
    const untouched = index.routes.get(c);
    moveShapes(editor, boardId, [b], 300, 0);
    const next = index.updatedTo(board());
    expect(next).toBe(index);
    expect(index.hitTest({ x: 600, y: 80 })).toBeNull();
    expect(index.hitTest({ x: 900, y: 80 })).toEqual({ kind: 'shape', id: b });
    // The connector glued to a did not move, so it was not re-routed.
    expect(index.routes.get(c)).toBe(untouched);
    nudgeShapes(editor, boardId, [a], 0, 10);
    index.updatedTo(board());
    expect(index.routes.get(c)).not.toBe(untouched);
    const fresh = new BoardIndex(board());
    expect(index.routes.get(c)!.route).toEqual(fresh.routes.get(c)!.route);
    expect(index.inView({ x: -1000, y: -1000, w: 3000, h: 3000 }).shapes.map((s) => s.id)).toEqual(fresh.inView({ x: -1000, y: -1000, w: 3000, h: 3000 }).shapes.map((s) => s.id));
  });

  it('builds anew when shapes are added, removed or reordered', () => {
    const { editor, boardId, board, index } = scene();
    createShape(editor, boardId, 'activity', { x: 1200, y: 80 });
    const next = index.updatedTo(board());
    expect(next).not.toBe(index);
    expect(next.hitTest({ x: 1200, y: 80 })?.kind).toBe('shape');
  });
});

describe('the viewport', () => {
  const v = { x: 100, y: 50, scale: 2 };

  it('converts between screen and board coordinates', () => {
    expect(worldToScreen(v, screenToWorld(v, { x: 333, y: 77 }))).toEqual({ x: 333, y: 77 });
    expect(visibleRect(v, { w: 800, h: 600 })).toEqual({ x: -50, y: -25, w: 400, h: 300 });
  });

  it('zooms about the pointer: the point under it stays put', () => {
    const z = zoomAt(v, { x: 400, y: 300 }, 3);
    expect(screenToWorld(z, { x: 400, y: 300 })).toEqual(screenToWorld(v, { x: 400, y: 300 }));
  });

  it('steps through the zoom levels', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.8);
    expect(stepZoom(4, 1)).toBe(4);
  });

  it('fits a rectangle into the screen, never above 100 %', () => {
    const fit = fitRect({ x: 0, y: 0, w: 4000, h: 1000 }, { w: 1080, h: 680 });
    expect(fit.scale).toBeCloseTo(0.25);
    expect(fitRect({ x: 0, y: 0, w: 10, h: 10 }, { w: 1000, h: 800 }).scale).toBe(1);
  });
});
