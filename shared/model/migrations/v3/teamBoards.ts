import type { RawDocument } from '../index';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds the keys a record lacks; a key the file already has is kept as it is. */
function fill(items: unknown, defaults: Record<string, unknown>): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item) => (isObject(item) ? { ...defaults, ...item } : item));
}

/**
 * The board-meeting part of the step from format version 2 to 3: a version 2 workshop has no team
 * boards, its actions name no KPI, and its agenda items show nothing but the timer on the projector.
 */
export function teamBoardsV3(doc: RawDocument): RawDocument {
  const agenda = doc.agenda;
  return {
    ...doc,
    agenda: isObject(agenda) ? { ...agenda, items: fill(agenda.items, { shows: null }) } : agenda,
    actions: fill(doc.actions, { kpiId: null }),
    teamBoards: doc.teamBoards ?? null,
  };
}
