import type { RawDocument } from '../index';

/**
 * The boards part of the step from format version 1 to 2. Version 1 boards had only an id and a
 * name; version 2 boards carry shapes and connectors, so an old board opens as an empty board.
 */
export function boardsV2(doc: RawDocument): RawDocument {
  const boards = doc['boards'];
  if (!Array.isArray(boards)) return doc;
  return {
    ...doc,
    boards: boards.map((board: unknown) =>
      typeof board === 'object' && board !== null ? { shapes: [], connectors: [], ...(board as Record<string, unknown>) } : board,
    ),
  };
}
