import type { RawDocument } from '../index';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The run part of the step from format version 1 to 2: agenda items get an empty owner and no
 * pinned time, the agenda no planned end, and the workshop an empty run log (it was never run).
 * A key the file already has is kept as it is.
 */
export function runV2(doc: RawDocument): RawDocument {
  const agenda = doc.agenda;
  const withAgenda = isObject(agenda)
    ? {
        ...agenda,
        plannedEnd: agenda.plannedEnd ?? null,
        items: Array.isArray(agenda.items)
          ? agenda.items.map((item: unknown) => (isObject(item) ? { owner: '', ownerParticipantId: null, pinnedStart: null, ...item } : item))
          : agenda.items,
      }
    : agenda;
  return {
    ...doc,
    agenda: withAgenda,
    run: doc.run ?? { startedAt: null, finishedAt: null, visits: [], pauses: [], extensions: [] },
  };
}
