import type { Board } from '../../../shared/model/board';
import { newId } from '../../../shared/model/ids';
import type { Editor } from '../editor';
import { findBoard } from './access';
import { copiesOf, makeShape } from './shapeCommands';

export type BoardTemplate = 'blank' | 'processMap';

/** A process-map board starts with a three-lane pool and a start shape in the first lane. */
function templateContent(template: BoardTemplate, laneNames: string[]): Pick<Board, 'shapes' | 'connectors'> {
  if (template === 'blank') return { shapes: [], connectors: [] };
  const pool = makeShape('swimlane', { x: 450, y: 240 });
  if (pool.type === 'swimlane') pool.props.lanes = pool.props.lanes.map((lane, i) => ({ ...lane, name: laneNames[i] ?? '' }));
  const start = makeShape('startEnd', { x: 150, y: 80 });
  return { shapes: [pool, start], connectors: [] };
}

/** Adds a board after the others; returns its id. */
export function addBoard(editor: Editor, name: string, template: BoardTemplate = 'blank', laneNames: string[] = []): string {
  const board: Board = { id: newId(), name, ...templateContent(template, laneNames) };
  editor.run('addBoard', (doc) => {
    doc.boards.push(board);
  });
  return board.id;
}

export function renameBoard(editor: Editor, boardId: string, name: string): void {
  editor.run('renameBoard', (doc) => {
    const board = doc.boards.find((b) => b.id === boardId);
    if (board) board.name = name;
  });
}

/** A copy of a board beside it, with fresh ids throughout; returns the copy's id. */
export function duplicateBoard(editor: Editor, boardId: string, name: string): string | null {
  const board = findBoard(editor.document, boardId);
  if (!board) return null;
  const copies = copiesOf(board, board.shapes, board.connectors, { x: 0, y: 0 });
  const copy: Board = { id: newId(), name, shapes: copies.shapes, connectors: copies.connectors, ...(board.vsm ? { vsm: structuredClone(board.vsm) } : {}) };
  editor.run('duplicateBoard', (doc) => {
    const index = doc.boards.findIndex((b) => b.id === boardId);
    doc.boards.splice(index + 1, 0, copy);
  });
  return copy.id;
}

export function moveBoard(editor: Editor, boardId: string, toIndex: number): void {
  editor.run('moveBoard', (doc) => {
    const from = doc.boards.findIndex((b) => b.id === boardId);
    if (from < 0) return;
    const [board] = doc.boards.splice(from, 1);
    if (board) doc.boards.splice(Math.max(0, Math.min(toIndex, doc.boards.length)), 0, board);
  });
}

/** Deletes a board; one undo brings it back where it was. */
export function deleteBoard(editor: Editor, boardId: string): void {
  editor.run('deleteBoard', (doc) => {
    doc.boards = doc.boards.filter((b) => b.id !== boardId);
  });
}
