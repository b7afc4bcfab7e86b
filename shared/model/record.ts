import { z } from 'zod';
import { ClockTime, Id, IsoDate } from './ids';

/**
 * The workshop record: who took part, what was decided, who does what, and how the room took part.
 * Fields added in format version 2 carry defaults, so a version 2 file written before they existed
 * (or by a colleague's area) still opens; `migrations/v2/record.ts` fills them for version 1 files.
 */

/** Attendance as the facilitator records it; null until it is recorded. */
export const Attendance = z.enum(['present', 'absent', 'excused']);
export type Attendance = z.infer<typeof Attendance>;

export const Participant = z.object({
  id: Id,
  name: z.string().max(200),
  role: z.string().max(200),
  email: z.string().max(320).default(''),
  attendance: Attendance.nullable().default(null),
  /** Local wall-clock time the person arrived ("arrived now"); late is derived from the start time. */
  arrivedAt: ClockTime.nullable().default(null),
  prepared: z.boolean().nullable().default(null),
});
export type Participant = z.infer<typeof Participant>;

/** Where an item came from when it was carried over from the workshop this one follows. */
export const CarriedFrom = z.object({
  workshopId: Id,
  itemId: Id,
});
export type CarriedFrom = z.infer<typeof CarriedFrom>;

/** What an action came out of: an agenda item, a board (or a kaizen burst on it), or a decision. */
export const ActionOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agendaItem'), agendaItemId: Id }),
  z.object({ kind: z.literal('board'), boardId: Id, shapeId: Id.nullable() }),
  z.object({ kind: z.literal('decision'), decisionId: Id }),
]);
export type ActionOrigin = z.infer<typeof ActionOrigin>;

export const ActionStatus = z.enum(['notStarted', 'inProgress', 'done']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ActionItem = z.object({
  id: Id,
  what: z.string().max(5_000),
  owner: z.string().max(200),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  origin: ActionOrigin.nullable().default(null),
  carriedFrom: CarriedFrom.nullable().default(null),
  /** Format version 3: the KPI on the goal board the action should move (a red KPI's action). */
  kpiId: Id.nullable().default(null),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Decision = z.object({
  id: Id,
  text: z.string().max(5_000),
  agendaItemId: Id.nullable().default(null),
});
export type Decision = z.infer<typeof Decision>;

export const ParkingLotItem = z.object({
  id: Id,
  text: z.string().max(5_000),
  carriedFrom: CarriedFrom.nullable().default(null),
});
export type ParkingLotItem = z.infer<typeof ParkingLotItem>;

export const MAX_SCALE_STEPS = 11;

/** A scale poll entered by the facilitator: the question and how many answered each value. */
export const ScalePoll = z
  .object({
    id: Id,
    question: z.string().max(1_000),
    agendaItemId: Id.nullable().default(null),
    scaleMin: z.number().int().min(0).max(10).default(1),
    scaleMax: z.number().int().min(1).max(20).default(6),
    /** counts[i] answered the value scaleMin + i. */
    counts: z.array(z.number().int().min(0).max(100_000)).max(MAX_SCALE_STEPS),
    /** What the ends of the scale mean ("not at all" … "completely"); absent when not said. */
    lowLabel: z.string().max(100).optional(),
    highLabel: z.string().max(100).optional(),
    /** Answered from phones in the room (shared/room/), rather than counted by the facilitator. */
    fromRoom: z.boolean().optional(),
  })
  .refine((poll) => poll.scaleMax > poll.scaleMin && poll.scaleMax - poll.scaleMin < MAX_SCALE_STEPS, {
    message: 'the scale must go up, with at most 11 values',
    path: ['scaleMax'],
  })
  .refine((poll) => poll.counts.length === poll.scaleMax - poll.scaleMin + 1, {
    message: 'one count per value of the scale',
    path: ['counts'],
  });
export type ScalePoll = z.infer<typeof ScalePoll>;

/** A multiple-choice poll answered from phones: the question, and how many chose each option. */
export const ChoicePoll = z.object({
  id: Id,
  question: z.string().max(1_000),
  agendaItemId: Id.nullable().default(null),
  options: z.array(z.object({ text: z.string().max(200), count: z.number().int().min(0).max(100_000) })).min(1).max(20),
});
export type ChoicePoll = z.infer<typeof ChoicePoll>;

/** A question answered with short texts from phones, kept anonymously in the order they came. */
export const TextPoll = z.object({
  id: Id,
  question: z.string().max(1_000),
  agendaItemId: Id.nullable().default(null),
  answers: z.array(z.string().max(1_000)).max(10_000),
});
export type TextPoll = z.infer<typeof TextPoll>;

/** The workshop this one follows up, as it was when the follow-up was made. */
export const FollowedWorkshop = z.object({
  id: Id,
  title: z.string().max(500),
  date: IsoDate.nullable(),
  fileName: z.string().max(1024),
});
export type FollowedWorkshop = z.infer<typeof FollowedWorkshop>;

/** Bounds checked before the entries themselves are. */
export const MAX_POLLS = 1_000;
export const MAX_PARTICIPANTS = 5_000;

/** The record's own top-level fields of the workshop (spread into `Workshop` in workshop.ts). */
export const recordFields = {
  /** Notes per agenda item, keyed by agenda item id. */
  itemNotes: z.record(Id, z.string().max(50_000)).default({}),
  /** Round the table: per agenda item id, the ids of the participants who have spoken. */
  roundTable: z.record(Id, z.array(Id).max(MAX_PARTICIPANTS)).default({}),
  polls: z.array(ScalePoll).max(MAX_POLLS).default([]),
  choicePolls: z.array(ChoicePoll).max(MAX_POLLS).default([]),
  textPolls: z.array(TextPoll).max(MAX_POLLS).default([]),
  /** Dot-vote tallies, keyed by the id of the sticky note (a shape on a board). */
  dotVotes: z.record(Id, z.number().int().min(0).max(100_000)).default({}),
  followsWorkshop: FollowedWorkshop.nullable().default(null),
};

/** Someone who took part before, kept in the app's settings (not in any workshop file). */
export const KnownPerson = z.object({
  name: z.string().min(1).max(200),
  role: z.string().max(200),
  email: z.string().max(320),
});
export type KnownPerson = z.infer<typeof KnownPerson>;
