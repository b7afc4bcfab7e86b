import { describe, expect, it } from 'vitest';
import { align, distribute, reorder } from '../../../../../renderer/editor/board/arrange';
import { createShape, resizeShape } from '../../../../../renderer/editor/board/shapeCommands';
import { boardEditor } from './helpers';

function three() {
  const ctx = boardEditor();
  const a = createShape(ctx.editor, ctx.boardId, 'activity', { x: 80, y: 40 });
  const b = createShape(ctx.editor, ctx.boardId, 'activity', { x: 380, y: 100 });
  const c = createShape(ctx.editor, ctx.boardId, 'activity', { x: 980, y: 10 });
  return { ...ctx, a, b, c };
}

describe('z-order', () => {
  it('brings to front and sends to back', () => {
    const { editor, boardId, board, a, b, c } = three();
    reorder(editor, boardId, [a], 'front');
    expect(board().shapes.map((s) => s.id)).toEqual([b, c, a]);
    reorder(editor, boardId, [a], 'back');
    expect(board().shapes.map((s) => s.id)).toEqual([a, b, c]);
  });

  it('moves one step forward and backward', () => {
    const { editor, boardId, board, a, b, c } = three();
    reorder(editor, boardId, [a], 'forward');
    expect(board().shapes.map((s) => s.id)).toEqual([b, a, c]);
    reorder(editor, boardId, [c], 'backward');
    expect(board().shapes.map((s) => s.id)).toEqual([b, c, a]);
  });

  it('keeps pools beneath other shapes when brought to front', () => {
    const { editor, boardId, board, a } = three();
    const pool = createShape(editor, boardId, 'swimlane', { x: 0, y: 0 });
    reorder(editor, boardId, [pool], 'front');
    expect(board().shapes[0]!.id).toBe(pool);
    expect(board().shapes.map((s) => s.id)).toContain(a);
  });
});

describe('align and distribute', () => {
  it('aligns left edges and vertical centres', () => {
    const { editor, boardId, shape, a, b, c } = three();
    align(editor, boardId, [a, b, c], 'left');
    expect([shape(a).x, shape(b).x, shape(c).x]).toEqual([0, 0, 0]);
    align(editor, boardId, [a, b, c], 'centerY');
    expect(new Set([a, b, c].map((id) => shape(id).y + shape(id).h / 2)).size).toBe(1);
  });

  it('aligns right and bottom to the selection’s box', () => {
    const { editor, boardId, shape, a, b } = three();
    align(editor, boardId, [a, b], 'right');
    expect(shape(a).x + shape(a).w).toBe(460);
    align(editor, boardId, [a, b], 'bottom');
    expect(shape(a).y + shape(a).h).toBe(140);
  });

  it('distributes with equal gaps and leaves the outermost where they are', () => {
    const { editor, boardId, shape, a, b, c } = three();
    resizeShape(editor, boardId, b, { x: 300, y: 60, w: 100, h: 80 });
    distribute(editor, boardId, [a, b, c], 'horizontal');
    const gap1 = shape(b).x - (shape(a).x + shape(a).w);
    const gap2 = shape(c).x - (shape(b).x + shape(b).w);
    expect(gap1).toBeCloseTo(gap2);
    expect(shape(a).x).toBe(0);
    expect(shape(c).x).toBe(900);
  });

  it('needs three shapes to distribute and two to align', () => {
    const { editor, boardId, a, b } = three();
    const before = editor.document;
    distribute(editor, boardId, [a, b], 'vertical');
    align(editor, boardId, [a], 'top');
    expect(editor.document).toBe(before);
  });
});
