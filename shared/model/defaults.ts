import { newId } from './ids';
import { emptyRun } from './run';
import { CURRENT_FORMAT_VERSION, FILE_KIND, type AgendaItem, type AgendaItemKind, type Workshop } from './workshop';

export function newWorkshop(now: Date = new Date()): Workshop {
  return {
    kind: FILE_KIND,
    formatVersion: CURRENT_FORMAT_VERSION,
    id: newId(),
    createdAt: now.toISOString(),
    header: {
      title: '',
      date: null,
      startTime: null,
      place: '',
      facilitator: '',
      purpose: '',
      language: null,
    },
    participants: [],
    agenda: { items: [], plannedEnd: null },
    boards: [],
    actions: [],
    decisions: [],
    parkingLot: [],
    run: emptyRun(),
    itemNotes: {},
    roundTable: {},
    polls: [],
    dotVotes: {},
    followsWorkshop: null,
  };
}

export function newAgendaItem(kind: AgendaItemKind = 'item', plannedMinutes = 15): AgendaItem {
  return { id: newId(), kind, title: '', plannedMinutes, notes: '', owner: '', ownerParticipantId: null, pinnedStart: null };
}
