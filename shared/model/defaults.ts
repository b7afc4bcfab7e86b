import { newId } from './ids';
import { emptyRun } from './run';
import { CURRENT_FORMAT_VERSION, FILE_KIND, type ActionItem, type ImprovementCard, type AgendaItem, type AgendaItemKind, type Workshop } from './workshop';

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
    choicePolls: [],
    textPolls: [],
    dotVotes: {},
    followsWorkshop: null,
    teamBoards: null,
  };
}

export function newAgendaItem(kind: AgendaItemKind = 'item', plannedMinutes = 15): AgendaItem {
  return { id: newId(), kind, title: '', plannedMinutes, notes: '', owner: '', ownerParticipantId: null, pinnedStart: null, shows: null };
}

/** A new action with every optional field at its default; areas that add fields add their default here. */
export function newActionItem(fields: Pick<ActionItem, 'what' | 'owner' | 'dueDate'> & Partial<ActionItem>): ActionItem {
  return { id: newId(), status: 'notStarted', origin: null, carriedFrom: null, kpiId: null, ...fields };
}

/** A new suggestion card in the New column: the one place a card's starting values are written. */
export function newImprovementCard(id: string, fields: Partial<Omit<ImprovementCard, 'id'>> = {}): ImprovementCard {
  return {
    id,
    problem: '',
    idea: '',
    suggestedBy: '',
    suggestedOn: null,
    column: 'new',
    size: 'small',
    matrix: null,
    pdsa: null,
    kpiId: null,
    actionId: null,
    effect: '',
    doneOn: null,
    carriedFrom: null,
    ...fields,
  };
}
