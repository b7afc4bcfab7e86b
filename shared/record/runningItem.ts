import type { Workshop } from '../model/workshop';

/**
 * The agenda item running now (run mode's open visit), so what the facilitator records while the
 * agenda runs is tied to that item without asking. Null when the workshop is not running.
 */
export function runningAgendaItemId(doc: Pick<Workshop, 'run' | 'agenda'>): string | null {
  if (doc.run.startedAt === null || doc.run.finishedAt !== null) return null;
  const open = [...doc.run.visits].reverse().find((visit) => visit.endedAt === null);
  return open && doc.agenda.items.some((item) => item.id === open.itemId) ? open.itemId : null;
}
