import { newAgendaItem, newWorkshop } from '../model/defaults';
import { newId } from '../model/ids';
import type { ActionItem, AgendaItem, ParkingLotItem, Participant, TeamBoards, Workshop } from '../model/workshop';

/**
 * "New workshop from this one": the next meeting of a series. The header is copied (except the
 * date, which is the next meeting's), participants are carried over with attendance reset, open
 * actions and the parking lot are carried into the new file (each remembers where it came from,
 * so its status is then kept in the new workshop), and the agenda starts with a "follow-up from
 * last time" item listing them.
 *
 * A board meeting (a workshop with team boards) is the weekly series itself: the next meeting is a
 * week later, keeps its short agenda as it is (the "actions due" item is where open actions come
 * up), and carries the boards forward — the goal board whole, with every KPI's history and
 * comments, so the trend goes on; the improvement board's open cards, each remembering the card
 * it came from; done cards stay in the meeting where they were done.
 */

/** The words of the follow-up item, in the workshop's language (the caller translates). */
export interface FollowUpText {
  itemTitle: string;
  openActionsHeading: string;
  parkingLotHeading: string;
  nothingOpen: string;
  /** One line per open action, e.g. "Checklist – Anders Berg, due 30 April 2026". */
  describeAction(action: ActionItem): string;
}

export const FOLLOW_UP_BASE_MINUTES = 10;
export const FOLLOW_UP_MINUTES_PER_ITEM = 2;

export function openActions(doc: Pick<Workshop, 'actions'>): ActionItem[] {
  return doc.actions.filter((action) => action.status !== 'done');
}

function followUpNotes(actions: readonly ActionItem[], parking: readonly ParkingLotItem[], text: FollowUpText): string {
  const lines: string[] = [];
  if (actions.length > 0) lines.push(text.openActionsHeading, ...actions.map((a) => `• ${text.describeAction(a)}`));
  if (parking.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(text.parkingLotHeading, ...parking.map((p) => `• ${p.text}`));
  }
  return lines.length > 0 ? lines.join('\n') : text.nothingOpen;
}

export interface FollowUpOptions {
  now: Date;
  /** The file name of the workshop followed, so a reader can find it. */
  fileName: string;
  text: FollowUpText;
}

/** The team boards of the next meeting: the goal board as it is, the open cards with new ids pointing back. */
export function carryTeamBoards(boards: TeamBoards, sourceId: string, actionIds: ReadonlyMap<string, string>): TeamBoards {
  return {
    ...boards,
    improvementBoard: {
      ...boards.improvementBoard,
      cards: boards.improvementBoard.cards
        .filter((card) => card.column !== 'done')
        .map((card) => ({
          ...card,
          id: newId(),
          actionId: card.actionId ? (actionIds.get(card.actionId) ?? null) : null,
          carriedFrom: { workshopId: sourceId, itemId: card.id },
        })),
    },
  };
}

/** The day a week after `isoDate`. */
function weekLater(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
}

export function createFollowUp(source: Workshop, { now, fileName, text }: FollowUpOptions): Workshop {
  const carriedActions = openActions(source);
  const actionIds = new Map(carriedActions.map((action) => [action.id, newId()]));
  const boardMeeting = source.teamBoards !== null;
  const itemId = newId();
  const followUpItem: AgendaItem = {
    ...newAgendaItem('item', FOLLOW_UP_BASE_MINUTES + FOLLOW_UP_MINUTES_PER_ITEM * (carriedActions.length + source.parkingLot.length)),
    id: itemId,
    title: text.itemTitle,
    notes: followUpNotes(carriedActions, source.parkingLot, text),
  };
  // The source's own follow-up item (if it was itself a follow-up) is replaced, not repeated.
  const rest = source.agenda.items
    .filter((item) => item.title.trim() !== text.itemTitle.trim())
    .map((item) => ({ ...item, id: newId() }));
  const agendaItems = boardMeeting ? rest : [followUpItem, ...rest];
  const originItem = boardMeeting ? null : itemId;
  const participants: Participant[] = source.participants.map((p) => ({
    ...p,
    attendance: null,
    arrivedAt: null,
    prepared: null,
  }));
  // Starting from a fresh workshop keeps every other area's fields at their defaults (no run log, no boards).
  const fresh = newWorkshop(now);
  return {
    ...fresh,
    header: { ...source.header, date: boardMeeting && source.header.date ? weekLater(source.header.date) : null },
    participants,
    agenda: { ...fresh.agenda, items: agendaItems },
    actions: carriedActions.map((action) => ({
      ...action,
      id: actionIds.get(action.id)!,
      origin: originItem ? { kind: 'agendaItem', agendaItemId: originItem } : null,
      carriedFrom: { workshopId: source.id, itemId: action.id },
    })),
    teamBoards: source.teamBoards ? carryTeamBoards(source.teamBoards, source.id, actionIds) : null,
    parkingLot: source.parkingLot.map((item) => ({ ...item, id: newId(), carriedFrom: { workshopId: source.id, itemId: item.id } })),
    followsWorkshop: { id: source.id, title: source.header.title, date: source.header.date, fileName },
  };
}
