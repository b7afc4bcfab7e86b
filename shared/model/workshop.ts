import { z } from 'zod';
import { Id } from './ids';

/**
 * The workshop document, version 1. Everything the user made lives here; nothing derived
 * (clock times, totals, overdue flags) is stored. Later format versions add to these records,
 * so each record is an object with room to grow, never a bare value.
 */
export const CURRENT_FORMAT_VERSION = 1;
export const FILE_KIND = 'verkstad.workshop';

export const Language = z.enum(['sv', 'nb', 'en']);
export type Language = z.infer<typeof Language>;

/** A calendar date as the user means it, without a time zone: YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');

/** A wall-clock time of day, 24 h: HH:MM. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');

export const Header = z.object({
  title: z.string().max(500),
  date: IsoDate.nullable(),
  startTime: ClockTime.nullable(),
  place: z.string().max(500),
  facilitator: z.string().max(500),
  purpose: z.string().max(10_000),
  /** The language of the workshop itself (report, agenda handout); null follows the app. */
  language: Language.nullable(),
});
export type Header = z.infer<typeof Header>;

export const AgendaItemKind = z.enum(['item', 'break', 'lunch']);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const MAX_PLANNED_MINUTES = 24 * 60;

export const AgendaItem = z.object({
  id: Id,
  kind: AgendaItemKind,
  title: z.string().max(500),
  plannedMinutes: z.number().int().min(0).max(MAX_PLANNED_MINUTES),
  notes: z.string().max(50_000),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.object({
  items: z.array(AgendaItem),
});
export type Agenda = z.infer<typeof Agenda>;

export const Participant = z.object({
  id: Id,
  name: z.string().max(200),
  role: z.string().max(200),
});
export type Participant = z.infer<typeof Participant>;

export const Board = z.object({
  id: Id,
  name: z.string().max(200),
});
export type Board = z.infer<typeof Board>;

export const ActionStatus = z.enum(['notStarted', 'inProgress', 'done']);
export const ActionItem = z.object({
  id: Id,
  what: z.string().max(5_000),
  owner: z.string().max(200),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Decision = z.object({
  id: Id,
  text: z.string().max(5_000),
});
export type Decision = z.infer<typeof Decision>;

export const ParkingLotItem = z.object({
  id: Id,
  text: z.string().max(5_000),
});
export type ParkingLotItem = z.infer<typeof ParkingLotItem>;

export const Workshop = z.object({
  kind: z.literal(FILE_KIND),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  id: Id,
  createdAt: z.iso.datetime({ offset: true }),
  header: Header,
  participants: z.array(Participant),
  agenda: Agenda,
  boards: z.array(Board),
  actions: z.array(ActionItem),
  decisions: z.array(Decision),
  parkingLot: z.array(ParkingLotItem),
});
export type Workshop = z.infer<typeof Workshop>;
