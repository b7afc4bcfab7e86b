import type { RawDocument } from '../index';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds the keys a record lacks; a key the file already has is kept as it is. */
function fill(items: unknown, defaults: Record<string, unknown>): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item) => (isObject(item) ? { ...defaults, ...item } : item));
}

/**
 * The record part of the step from format version 1 to 2: attendance, e-mail and preparation per
 * participant (not yet recorded), origins and carry-over of actions, the agenda item of a decision,
 * and the empty participation record (notes per item, round the table, polls, dot votes).
 */
export function recordV2(doc: RawDocument): RawDocument {
  return {
    ...doc,
    participants: fill(doc.participants, { email: '', attendance: null, arrivedAt: null, prepared: null }),
    actions: fill(doc.actions, { origin: null, carriedFrom: null }),
    decisions: fill(doc.decisions, { agendaItemId: null }),
    parkingLot: fill(doc.parkingLot, { carriedFrom: null }),
    itemNotes: doc.itemNotes ?? {},
    roundTable: doc.roundTable ?? {},
    polls: doc.polls ?? [],
    dotVotes: doc.dotVotes ?? {},
    followsWorkshop: doc.followsWorkshop ?? null,
  };
}
