import { describe, expect, it } from 'vitest';
import { addBoard, deleteBoard, duplicateBoard, moveBoard, renameBoard } from '../../../../../renderer/editor/board/boardCommands';
import { createShape } from '../../../../../renderer/editor/board/shapeCommands';
import { createConnector, connectInOrder, setConnectorEnd, setConnectorLabel, updateConnectors } from '../../../../../renderer/editor/board/connectorCommands';
import { activeBoardId, canvasStateOf, showBoard } from '../../../../../renderer/editor/board/canvasState';
import { boardEditor } from './helpers';

describe('boards', () => {
  it('adds a blank board and a process map with a three-lane pool', () => {
    const { editor } = boardEditor();
    const id = addBoard(editor, 'Process: bygglov', 'processMap', ['Sökande', 'Handläggare', 'Nämnd']);
    const board = editor.document.boards.find((b) => b.id === id)!;
    const pool = board.shapes.find((s) => s.type === 'swimlane');
    expect(pool?.type === 'swimlane' && pool.props.lanes.map((l) => l.name)).toEqual(['Sökande', 'Handläggare', 'Nämnd']);
    expect(board.shapes.some((s) => s.type === 'startEnd')).toBe(true);
  });

  it('renames, reorders and deletes a board, and undo brings a deleted board back in place', () => {
    const { editor, boardId } = boardEditor();
    const second = addBoard(editor, 'B');
    renameBoard(editor, boardId, 'Nuläge');
    expect(editor.document.boards[0]!.name).toBe('Nuläge');
    moveBoard(editor, second, 0);
    expect(editor.document.boards.map((b) => b.id)).toEqual([second, boardId]);
    deleteBoard(editor, second);
    expect(editor.document.boards.map((b) => b.id)).toEqual([boardId]);
    editor.undo();
    expect(editor.document.boards.map((b) => b.id)).toEqual([second, boardId]);
  });

  it('duplicates a board with fresh ids and connectors glued to the copies', () => {
    const { editor, boardId, board } = boardEditor();
    const a = createShape(editor, boardId, 'activity', { x: 0, y: 0 });
    const b = createShape(editor, boardId, 'activity', { x: 300, y: 0 });
    createConnector(editor, boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' });
    const copyId = duplicateBoard(editor, boardId, 'Kopia')!;
    const copy = editor.document.boards.find((x) => x.id === copyId)!;
    expect(editor.document.boards.map((x) => x.id)).toEqual([boardId, copyId]);
    expect(copy.shapes.map((s) => s.id)).not.toContain(a);
    const end = copy.connectors[0]!.from;
    expect(end.kind === 'shape' && copy.shapes.some((s) => s.id === end.shapeId)).toBe(true);
    expect(board().shapes).toHaveLength(2);
  });

  it('shows the first board when the shown one is deleted', () => {
    const { editor, boardId } = boardEditor();
    const second = addBoard(editor, 'B');
    showBoard(editor, second);
    deleteBoard(editor, second);
    expect(activeBoardId(editor)).toBe(boardId);
    expect(canvasStateOf(editor).getState().selection).toEqual([]);
  });
});

describe('connector commands', () => {
  it('glues a loose end to a shape later, and loosens it again', () => {
    const { editor, boardId, board } = boardEditor();
    const a = createShape(editor, boardId, 'activity', { x: 0, y: 0 });
    const c = createConnector(editor, boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'point', x: 400, y: 0 });
    const b = createShape(editor, boardId, 'activity', { x: 400, y: 0 });
    setConnectorEnd(editor, boardId, c, 'to', { kind: 'shape', shapeId: b, port: 'outline' });
    expect(board().connectors[0]!.to).toEqual({ kind: 'shape', shapeId: b, port: 'outline' });
    setConnectorEnd(editor, boardId, c, 'to', { kind: 'point', x: 1, y: 2 });
    expect(board().connectors[0]!.to).toEqual({ kind: 'point', x: 1, y: 2 });
  });

  it('changes routing, arrows and label', () => {
    const { editor, boardId, board } = boardEditor();
    const c = createConnector(editor, boardId, { kind: 'point', x: 0, y: 0 }, { kind: 'point', x: 100, y: 0 });
    updateConnectors(editor, boardId, [c], { routing: 'straight', arrows: 'both' });
    setConnectorLabel(editor, boardId, c, 'Ja');
    expect(board().connectors[0]).toMatchObject({ routing: 'straight', arrows: 'both', label: 'Ja' });
  });

  it('connects shapes in the order they were selected', () => {
    const { editor, boardId, board } = boardEditor();
    const ids = ['activity', 'decision', 'startEnd'].map((t, i) => createShape(editor, boardId, t as 'activity', { x: i * 300, y: 0 }));
    expect(connectInOrder(editor, boardId, ids)).toHaveLength(2);
    expect(board().connectors.map((c) => (c.to.kind === 'shape' ? c.to.shapeId : null))).toEqual([ids[1], ids[2]]);
  });
});
