import { z } from 'zod';
import { Id } from '../model/ids';
import { Language } from '../model/workshop';

/**
 * The room's one contract: every message between a participant's phone and the room server
 * (main/services/room/), and what the facilitator opens for the room. Both ends parse with these
 * schemas; the server also refuses a frame larger than MAX_FRAME_BYTES before parsing it.
 */

/** The largest message a phone may send; the longest legal one (a 280-character idea) is far below. */
export const MAX_FRAME_BYTES = 4_096;
export const MAX_NAME = 80;
export const MAX_TEXT = 280;
export const MAX_OPTIONS = 10;
export const MAX_DOTS = 10;
export const MAX_STICKIES = 200;
/** Ideas one phone may send in one idea round; the round holds at most MAX_IDEAS_PER_ROUND. */
export const MAX_IDEAS_PER_DEVICE = 20;
export const MAX_IDEAS_PER_ROUND = 1_000;

/** Text from a phone: trimmed, not empty, no control characters (they have no place in a sticky). */
const PhoneText = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1)
        .max(max)
        // eslint-disable-next-line no-control-regex
        .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s), 'no control characters'),
    );

/** The secret a phone keeps to rejoin as itself: 32 hex digits the server made. */
export const DeviceSecret = z.string().regex(/^[0-9a-f]{32}$/);
/** The room's token in the join address: 43 base64url characters (256 bits). */
export const RoomToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const JoinCode = z.string().regex(/^\d{6}$/);

// ————— What the facilitator opens —————

export const ScaleQuestion = z.object({
  type: z.literal('scale'),
  min: z.number().int().min(0).max(10),
  max: z.number().int().min(1).max(10),
  /** What the ends of the scale mean ("not at all" … "completely"); may be empty. */
  lowLabel: z.string().max(60),
  highLabel: z.string().max(60),
});
export const ChoiceQuestion = z.object({
  type: z.literal('choice'),
  options: z.array(z.string().min(1).max(120)).min(2).max(MAX_OPTIONS),
});
export const TextQuestion = z.object({ type: z.literal('text') });
export const PollQuestion = z.discriminatedUnion('type', [ScaleQuestion, ChoiceQuestion, TextQuestion]);
export type PollQuestion = z.infer<typeof PollQuestion>;

export const RoomSticky = z.object({ id: Id, text: z.string().max(500) });
export type RoomSticky = z.infer<typeof RoomSticky>;

/** An activity the facilitator opens; only its public parts (`publicActivity`) go to phones. */
export const RoomActivity = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('poll'),
    id: Id,
    question: z.string().min(1).max(500),
    poll: PollQuestion,
  }),
  z.object({
    kind: z.literal('dots'),
    id: Id,
    prompt: z.string().max(500),
    boardId: Id,
    dotsPerPerson: z.number().int().min(1).max(MAX_DOTS),
    stickies: z.array(RoomSticky).min(1).max(MAX_STICKIES),
  }),
  z.object({
    kind: z.literal('ideas'),
    id: Id,
    prompt: z.string().max(500),
    /**
     * The board whose inbox area gets the ideas as stickies; null: the ideas are suggestions for
     * the improvement board, and arrive as cards in its New column (with the sender's name, if any).
     */
    boardId: Id.nullable(),
  }),
]);
export type RoomActivity = z.infer<typeof RoomActivity>;

// ————— Phone → server —————

export const Identity = z.discriminatedUnion('kind', [
  /** A name from the workshop's participant list. */
  z.object({ kind: z.literal('listed'), participantId: Id }),
  /** A name the participant typed: a new participant in the record. */
  z.object({ kind: z.literal('named'), name: PhoneText(MAX_NAME) }),
  /** Takes part without a name: never checked in. */
  z.object({ kind: z.literal('anonymous') }),
]);
export type Identity = z.infer<typeof Identity>;

export const Answer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scale'), value: z.number().int().min(0).max(10) }),
  z.object({ kind: z.literal('choice'), option: z.number().int().min(0).max(MAX_OPTIONS - 1) }),
  z.object({ kind: z.literal('text'), text: PhoneText(MAX_TEXT) }),
]);
export type Answer = z.infer<typeof Answer>;

export const PhoneMessage = z.discriminatedUnion('type', [
  /** First message on every connection: a new phone (null) or one rejoining with its secret. */
  z.object({ type: z.literal('hello'), device: DeviceSecret.nullable() }).strict(),
  z.object({ type: z.literal('identify'), identity: Identity }).strict(),
  z.object({ type: z.literal('answer'), activityId: Id, answer: Answer }).strict(),
  /** The whole vote: one sticky id per dot (the same id twice is two dots on it). */
  z.object({ type: z.literal('dots'), activityId: Id, stickyIds: z.array(Id).max(MAX_DOTS) }).strict(),
  /** `ideaId` is the phone's own id for the idea, so a resend after a lost connection counts once. */
  z.object({ type: z.literal('idea'), activityId: Id, ideaId: z.uuid(), text: PhoneText(MAX_TEXT) }).strict(),
  z.object({ type: z.literal('hand'), raised: z.boolean() }).strict(),
]);
export type PhoneMessage = z.infer<typeof PhoneMessage>;
export const phoneMessageTypes = ['hello', 'identify', 'answer', 'dots', 'idea', 'hand'] as const satisfies readonly PhoneMessage['type'][];

// ————— Server → phone —————

/** The activity as a phone sees it: its public text, no board ids. */
export const PublicActivity = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poll'), id: Id, question: z.string(), poll: PollQuestion }),
  z.object({ kind: z.literal('dots'), id: Id, prompt: z.string(), dotsPerPerson: z.number().int(), stickies: z.array(RoomSticky) }),
  /** `suggestions`: the ideas become improvement-board cards, named with the sender's name unless anonymous. */
  z.object({ kind: z.literal('ideas'), id: Id, prompt: z.string(), suggestions: z.boolean() }),
]);
export type PublicActivity = z.infer<typeof PublicActivity>;

export function publicActivity(activity: RoomActivity): PublicActivity {
  switch (activity.kind) {
    case 'poll':
      return { kind: 'poll', id: activity.id, question: activity.question, poll: activity.poll };
    case 'dots':
      return { kind: 'dots', id: activity.id, prompt: activity.prompt, dotsPerPerson: activity.dotsPerPerson, stickies: activity.stickies };
    case 'ideas':
      return { kind: 'ideas', id: activity.id, prompt: activity.prompt, suggestions: activity.boardId === null };
  }
}

/** What this phone has sent for the open activity, so a phone that rejoins shows it again. */
export const OwnAnswer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), answer: Answer }),
  z.object({ kind: z.literal('dots'), stickyIds: z.array(Id) }),
  z.object({ kind: z.literal('ideas'), ideas: z.array(z.object({ ideaId: z.uuid(), text: z.string() })) }),
]);
export type OwnAnswer = z.infer<typeof OwnAnswer>;

export const You = z.object({
  /** null until the phone has said who it is. */
  identity: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('named'), name: z.string() }),
    z.object({ kind: z.literal('anonymous') }),
  ]).nullable(),
  handRaised: z.boolean(),
});
export type You = z.infer<typeof You>;

export const RefusalReason = z.enum(['invalid', 'tooLarge', 'tooFast', 'notOpen', 'notIdentified', 'nameTaken', 'unknownName', 'full', 'tooMany']);
export type RefusalReason = z.infer<typeof RefusalReason>;

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    device: DeviceSecret,
    title: z.string(),
    language: Language,
    /** The names a participant may pick (the workshop's participant list); ids only to say which. */
    roster: z.array(z.object({ id: Id, name: z.string(), taken: z.boolean() })),
    you: You,
  }),
  z.object({ type: z.literal('you'), you: You }),
  z.object({ type: z.literal('roster'), roster: z.array(z.object({ id: Id, name: z.string(), taken: z.boolean() })) }),
  z.object({ type: z.literal('activity'), activity: PublicActivity.nullable(), own: OwnAnswer.nullable() }),
  /** The message with this type was taken; `own` is what the server now holds for this phone. */
  z.object({ type: z.literal('accepted'), of: z.enum(phoneMessageTypes), own: OwnAnswer.nullable() }),
  z.object({ type: z.literal('refused'), reason: RefusalReason }),
  z.object({ type: z.literal('closed') }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
