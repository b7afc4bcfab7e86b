import type { Workshop } from '../model/workshop';

/**
 * Dot votes are tallied per sticky note (a shape on a board), keyed by the shape's id. The boards
 * belong to the canvas; this reads them leniently, so the record works whatever else a shape holds.
 */

export interface Sticky {
  id: string;
  text: string;
  boardId: string;
  boardName: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function shapeText(shape: Record<string, unknown>): string | null {
  if (typeof shape.text === 'string') return shape.text;
  if (isObject(shape.props) && typeof shape.props.text === 'string') return shape.props.text;
  return null;
}

function isStickyShape(shape: Record<string, unknown>): boolean {
  const type = typeof shape.type === 'string' ? shape.type : typeof shape.kind === 'string' ? shape.kind : '';
  return type === 'sticky';
}

/** Every sticky note on every board, in board order. */
export function stickiesOf(doc: Pick<Workshop, 'boards'>): Sticky[] {
  const stickies: Sticky[] = [];
  for (const board of doc.boards as unknown[]) {
    if (!isObject(board) || !Array.isArray(board.shapes)) continue;
    for (const shape of board.shapes as unknown[]) {
      if (!isObject(shape) || typeof shape.id !== 'string' || !isStickyShape(shape)) continue;
      stickies.push({
        id: shape.id,
        text: shapeText(shape) ?? '',
        boardId: typeof board.id === 'string' ? board.id : '',
        boardName: typeof board.name === 'string' ? board.name : '',
      });
    }
  }
  return stickies;
}

export interface RankedSticky {
  id: string;
  votes: number;
  rank: number;
  /** The sticky as it is on its board; null when it is no longer on any board. */
  sticky: Sticky | null;
}

/**
 * Stickies by votes, most first; equal votes share a rank (1, 2, 2, 4). Every sticky is listed,
 * unvoted ones last, and votes on a sticky that has since been deleted are kept and shown.
 */
export function rankDotVotes(votes: Readonly<Record<string, number>>, stickies: readonly Sticky[]): RankedSticky[] {
  const byId = new Map(stickies.map((s) => [s.id, s]));
  const ids = [...stickies.map((s) => s.id), ...Object.keys(votes).filter((id) => !byId.has(id))];
  const order = new Map(ids.map((id, index) => [id, index]));
  const rows = ids.map((id) => ({ id, votes: votes[id] ?? 0, sticky: byId.get(id) ?? null }));
  rows.sort((a, b) => b.votes - a.votes || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  let rank = 0;
  return rows.map((row, index) => {
    if (index === 0 || row.votes !== rows[index - 1]?.votes) rank = index + 1;
    return { ...row, rank };
  });
}
