import type { Draft } from 'immer';
import type { Board, Shape } from '../../../shared/model/board';
import type { Workshop } from '../../../shared/model/workshop';
import type { Editor, RunOptions } from '../editor';

export function findBoard(doc: Workshop, boardId: string): Board | undefined {
  return doc.boards.find((b) => b.id === boardId);
}

/** Applies a change to one board as one undo step; a missing board (deleted meanwhile) changes nothing. */
export function editBoard(editor: Editor, boardId: string, label: string, recipe: (board: Draft<Board>) => void, options: RunOptions = {}): void {
  editor.run(
    label,
    (doc) => {
      const board = doc.boards.find((b) => b.id === boardId);
      if (board) recipe(board);
    },
    options,
  );
}

export function shapesById(board: Pick<Board, 'shapes'>, ids: Iterable<string>): Shape[] {
  const wanted = new Set(ids);
  return board.shapes.filter((s) => wanted.has(s.id));
}

export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
