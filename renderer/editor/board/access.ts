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
 * Where shapes sit in a board's shapes array, by id. A move, a nudge or typing makes a new array
 * with every shape in its place, so the map made for one version serves the next ones: each
 * position it gives is checked against the array, and only a miss (a shape added, removed or
 * reordered; another board) makes it anew. Finding a handful of selected shapes then does not
 * walk 10,000 of them (which, the first time after opening, cost a move about 15 ms).
 */
let positions: { of: readonly Shape[]; at: Map<string, number> } | null = null;

/** Makes the id-to-position map of these shapes ahead of the first change (in idle time after opening). */
export function rememberPositions(shapes: readonly Shape[]): void {
  if (positions?.of !== shapes) positions = { of: shapes, at: new Map(shapes.map((s, i) => [s.id, i])) };
}

/** The positions of the shapes with these ids in `shapes`, in drawing order; ids of no shape are passed over. */
export function shapePositions(shapes: readonly Shape[], ids: Iterable<string>): number[] {
  const out: number[] = [];
  for (const id of new Set(ids)) {
    let at = positions?.at.get(id);
    if (at === undefined || shapes[at]?.id !== id) {
      if (positions?.of === shapes) continue;
      positions = { of: shapes, at: new Map(shapes.map((s, i) => [s.id, i])) };
      at = positions.at.get(id);
      if (at === undefined) continue;
    }
    out.push(at);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The drafts of a board's shapes with these ids, in drawing order. They are found in the original
 * array, so only they become drafts: walking `board.shapes` in a recipe makes a draft of every
 * shape it passes, which at thousands of shapes costs more than the change itself.
 */
export function draftShapes(board: Draft<Board>, ids: ReadonlySet<string>): Draft<Shape>[] {
  const base: readonly Shape[] = isDraft(board.shapes) ? (original(board.shapes) as Shape[]) : (board.shapes as Shape[]);
  return shapePositions(base, ids).map((i) => board.shapes[i]!);
}

export function shapesById(board: Pick<Board, 'shapes'>, ids: Iterable<string>): Shape[] {
  const wanted = new Set(ids);
  return board.shapes.filter((s) => wanted.has(s.id));
}

export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
