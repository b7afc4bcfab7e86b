import { describe, expect, it } from 'vitest';
import { createShape, deleteSelection, duplicateSelection, moveShapes, nudgeShapes, resizeShape, setLocked, setShapeProps, setShapeText } from '../../../../../renderer/editor/board/shapeCommands';
import { createConnector } from '../../../../../renderer/editor/board/connectorCommands';
import { select, canvasStateOf } from '../../../../../renderer/editor/board/canvasState';
import { boardEditor } from './helpers';
import { shapePositions } from '../../../../../renderer/editor/board/access';
import type { Shape } from '../../../../../shared/model/board';

describe('shape commands', () => {
  it('creates a shape centred where it is placed, with its type’s defaults', () => {
    const { editor, boardId, shape } = boardEditor();
    const id = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    expect(shape(id)).toMatchObject({ type: 'activity', x: 120, y: 60, w: 160, h: 80, text: '', locked: false });
    editor.undo();
    expect(editor.document.boards[0]!.shapes).toHaveLength(0);
  });

  it('puts a new pool beneath the shapes already there', () => {
    const { editor, boardId, board } = boardEditor();
    const step = createShape(editor, boardId, 'activity', { x: 0, y: 0 });
    const pool = createShape(editor, boardId, 'swimlane', { x: 0, y: 0 });
    expect(board().shapes.map((s) => s.id)).toEqual([pool, step]);
  });

  it('makes a whole drag one undo step', () => {
    const { editor, boardId, shape } = boardEditor();
    const id = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    for (let i = 0; i < 10; i++) moveShapes(editor, boardId, [id], 5, 2, { coalesceKey: 'drag-1' });
    editor.seal();
    expect(shape(id)).toMatchObject({ x: 50, y: 20 });
    editor.undo();
    expect(shape(id)).toMatchObject({ x: 0, y: 0 });
    editor.redo();
    expect(shape(id)).toMatchObject({ x: 50, y: 20 });
  });

  it('makes a whole resize one undo step and never goes below the minimum size', () => {
    const { editor, boardId, shape } = boardEditor();
    const id = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    resizeShape(editor, boardId, id, { x: 0, y: 0, w: 300, h: 120 }, { coalesceKey: 'resize' });
    resizeShape(editor, boardId, id, { x: 0, y: 0, w: 2, h: 2 }, { coalesceKey: 'resize' });
    editor.seal();
    expect(shape(id)).toMatchObject({ w: 40, h: 24 });
    editor.undo();
    expect(shape(id)).toMatchObject({ w: 160, h: 80 });
  });

  it('nudges with repeated arrow presses as one step', () => {
    const { editor, boardId, shape } = boardEditor();
    const id = createShape(editor, boardId, 'sticky', { x: 70, y: 70 });
    nudgeShapes(editor, boardId, [id], 1, 0);
    nudgeShapes(editor, boardId, [id], 1, 0);
    nudgeShapes(editor, boardId, [id], 0, 10);
    expect(shape(id)).toMatchObject({ x: 2, y: 10 });
    editor.undo();
    expect(shape(id)).toMatchObject({ x: 0, y: 0 });
  });

  it('does not move, resize or delete a locked shape until unlocked', () => {
    const { editor, boardId, shape, board } = boardEditor();
    const id = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    setLocked(editor, boardId, [id], true);
    moveShapes(editor, boardId, [id], 10, 10);
    resizeShape(editor, boardId, id, { x: 0, y: 0, w: 500, h: 500 });
    deleteSelection(editor, boardId, [id]);
    expect(shape(id)).toMatchObject({ x: 0, y: 0, w: 160 });
    setLocked(editor, boardId, [id], false);
    deleteSelection(editor, boardId, [id]);
    expect(board().shapes).toHaveLength(0);
  });

  it('deleting a shape leaves its connectors with a loose end where the shape was', () => {
    const { editor, boardId, board } = boardEditor();
    const a = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    const b = createShape(editor, boardId, 'activity', { x: 480, y: 40 });
    const c = createConnector(editor, boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' });
    deleteSelection(editor, boardId, [b]);
    const connector = board().connectors.find((x) => x.id === c)!;
    expect(connector.from).toEqual({ kind: 'shape', shapeId: a, port: 'right' });
    expect(connector.to).toEqual({ kind: 'point', x: 400, y: 40 });
    editor.undo();
    expect(board().connectors[0]!.to).toEqual({ kind: 'shape', shapeId: b, port: 'left' });
  });

  it('deletes a selected connector without touching its shapes', () => {
    const { editor, boardId, board } = boardEditor();
    const a = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    const b = createShape(editor, boardId, 'activity', { x: 480, y: 40 });
    const c = createConnector(editor, boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' });
    deleteSelection(editor, boardId, [c]);
    expect(board().connectors).toHaveLength(0);
    expect(board().shapes).toHaveLength(2);
  });

  it('duplicates shapes with the connector between them glued to the copies', () => {
    const { editor, boardId, board } = boardEditor();
    const a = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    const b = createShape(editor, boardId, 'decision', { x: 480, y: 40 });
    createConnector(editor, boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' });
    const copies = duplicateSelection(editor, boardId, [a, b]);
    expect(copies).toHaveLength(3);
    expect(board().shapes).toHaveLength(4);
    const copied = board().connectors[1]!;
    expect(copied.from.kind === 'shape' && copies.includes(copied.from.shapeId)).toBe(true);
    expect(copied.to.kind === 'shape' && copies.includes(copied.to.shapeId)).toBe(true);
    expect(board().shapes.find((s) => s.id === copies[0])).toMatchObject({ x: 24, y: 24 });
  });

  it('edits text as one step while typing', () => {
    const { editor, boardId, shape } = boardEditor();
    const id = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    for (const text of ['R', 'Re', 'Reg', 'Registrera']) setShapeText(editor, boardId, id, text);
    editor.seal();
    expect(shape(id).text).toBe('Registrera');
    editor.undo();
    expect(shape(id).text).toBe('');
  });

  it('changes a sticky’s colour and refuses a colour it does not have', () => {
    const { editor, boardId, shape } = boardEditor();
    const id = createShape(editor, boardId, 'sticky', { x: 80, y: 40 });
    setShapeProps(editor, boardId, [id], { color: 'pink' });
    expect(shape(id).props).toEqual({ color: 'pink' });
    setShapeProps(editor, boardId, [id], { color: 'tartan' });
    expect(shape(id).props).toEqual({ color: 'pink' });
  });

  it('selecting after an undo keeps redo possible', () => {
    const { editor, boardId } = boardEditor();
    const id = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    moveShapes(editor, boardId, [id], 10, 0);
    editor.undo();
    select(editor, [id]);
    select(editor, []);
    expect(canvasStateOf(editor).getState().selection).toEqual([]);
    expect(editor.canRedo).toBe(true);
  });
});

describe('finding the selected shapes without walking the board', () => {
  it('gives positions in drawing order through moves, additions, removals and reordering', () => {
    const shapes = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}` }) as Shape);
    expect(shapePositions(shapes, ['s4', 's1', 'nope', 's4'])).toEqual([1, 4]);
    // A moved shape: a new array, the same places.
    const moved = shapes.slice();
    moved[4] = { ...shapes[4]!, x: 10 } as Shape;
    expect(shapePositions(moved, ['s4'])).toEqual([4]);
    // Removed and added: the old places no longer hold, and are found anew.
    const changed = [...shapes.slice(0, 2), ...shapes.slice(3), { id: 's9' } as Shape];
    expect(shapePositions(changed, ['s4', 's9', 's2'])).toEqual([3, 5]);
    // Reordered (brought to front).
    const front = [...changed.slice(1), changed[0]!];
    expect(shapePositions(front, ['s0', 's1'])).toEqual([0, 5]);
    // Another board in between.
    const other = [{ id: 'a' } as Shape, { id: 's1' } as Shape];
    expect(shapePositions(other, ['s1'])).toEqual([1]);
    expect(shapePositions(front, ['s1', 's3'])).toEqual([0, 1]);
  });
});
