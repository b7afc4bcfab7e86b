import { isDraft, original, type Draft } from 'immer';
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

/**
 * The drafts of a board's shapes with these ids, in drawing order. They are found in the original
 * array, so only they become drafts: walking `board.shapes` in a recipe makes a draft of every
 * shape it passes, which at thousands of shapes costs more than the change itself.
 */
export function draftShapes(board: Draft<Board>, ids: ReadonlySet<string>): Draft<Shape>[] {
  const base: readonly Shape[] = isDraft(board.shapes) ? (original(board.shapes) as Shape[]) : (board.shapes as Shape[]);
  const out: Draft<Shape>[] = [];
  for (let i = 0; i < base.length; i++) if (ids.has(base[i]!.id)) out.push(board.shapes[i]!);
  return out;
}

export function shapesById(board: Pick<Board, 'shapes'>, ids: Iterable<string>): Shape[] {
  const wanted = new Set(ids);
  return board.shapes.filter((s) => wanted.has(s.id));
}

export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
