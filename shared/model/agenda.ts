import { z } from 'zod';
import { ClockTime, Id } from './ids';
import { ItemShows } from './teamBoards';

/** The agenda as planned. Clock times are computed (shared/agenda/schedule.ts), never stored. */
export const AgendaItemKind = z.enum(['item', 'break', 'lunch']);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const MAX_PLANNED_MINUTES = 24 * 60;
/** Far more than a day can hold; checked before the items themselves are. */
export const MAX_AGENDA_ITEMS = 1_000;

export const AgendaItem = z.object({
  id: Id,
  kind: AgendaItemKind,
  title: z.string().max(500),
  plannedMinutes: z.number().int().min(0).max(MAX_PLANNED_MINUTES),
  notes: z.string().max(50_000),
  /**
   * Who leads the item, as written on the agenda. The name is kept even when it points at a
   * participant, so the agenda still reads right if the participant is removed.
   */
  owner: z.string().max(200).default(''),
  /** The participant the owner is, when the name was picked from the participants. */
  ownerParticipantId: Id.nullable().default(null),
  /** A clock time the item must start at (lunch at 12:00); null lets it follow the previous item. */
  pinnedStart: ClockTime.nullable().default(null),
  /** Format version 3: the team board the projector shows during the item (a board meeting's KPI round). */
  shows: ItemShows.nullable().default(null),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.object({
  items: z.array(AgendaItem).max(MAX_AGENDA_ITEMS),
  /** When the workshop must be over (the room is booked until …); null when there is no limit. */
  plannedEnd: ClockTime.nullable().default(null),
});
export type Agenda = z.infer<typeof Agenda>;
