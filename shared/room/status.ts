import { z } from 'zod';
import { ClockTime, Id, IsoDate } from '../model/ids';
import { Language } from '../model/workshop';
import { RoomActivity } from './protocol';

/**
 * What the facilitator's side learns of the room (the IPC contract's `room:*` channels and the
 * `room:update` event; the command line reads the same). Phones never see any of this.
 */

/** A network interface the room can listen on, as the facilitator chooses it. */
export const RoomInterface = z.object({
  /** The OS's name for it (wlan0, Wi-Fi, en0). */
  name: z.string().max(200),
  address: z.string().max(100),
  /** Loopback: only this computer can join (tests, trying it out). */
  internal: z.boolean(),
  /** The one the app suggests: a private network address, as on a room's Wi-Fi or a phone hotspot. */
  suggested: z.boolean(),
});
export type RoomInterface = z.infer<typeof RoomInterface>;

/** The workshop's public side, sent by the facilitator when the room opens and when it changes. */
export const RoomWorkshop = z.object({
  title: z.string().max(500),
  language: Language,
  /** The participant list phones pick a name from: id and name only. */
  roster: z.array(z.object({ id: Id, name: z.string().max(200) })).max(2_000),
});
export type RoomWorkshop = z.infer<typeof RoomWorkshop>;

export const RoomDevice = z.object({
  /** The device's public key in this room (not its secret). */
  key: z.string().max(64),
  name: z.string().nullable(),
  /** The participant it checked in as (a listed one, or one made from a typed name); null when anonymous. */
  participantId: Id.nullable(),
  /** Arrival time of day, HH:MM, when it checked in; null when anonymous or not yet identified. */
  arrivedAt: ClockTime.nullable(),
  /** A typed name: the record gets a new participant. */
  newParticipant: z.boolean(),
  connected: z.boolean(),
});
export type RoomDevice = z.infer<typeof RoomDevice>;

export const RoomHand = z.object({ key: z.string().max(64), name: z.string().nullable(), since: z.iso.datetime() });

/** The live tally of the open activity: counts only, never who answered what. */
export const LiveResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scale'), counts: z.array(z.number().int().nonnegative()), answers: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('choice'), counts: z.array(z.number().int().nonnegative()), answers: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('text'), texts: z.array(z.string()), answers: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('dots'), votes: z.record(Id, z.number().int().nonnegative()), voters: z.number().int().nonnegative(), dots: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('ideas'), ideas: z.number().int().nonnegative(), senders: z.number().int().nonnegative() }),
]);
export type LiveResult = z.infer<typeof LiveResult>;

export const RoomIdea = z.object({
  id: z.uuid(),
  text: z.string(),
  /** The board it goes to; null: a suggestion card in the improvement board's New column. */
  boardId: Id.nullable(),
  activityId: Id,
  /** The sender's name; null when anonymous (or not yet identified). */
  by: z.string().max(200).nullable(),
  /** The day it arrived (the facilitator's computer's calendar date). */
  sentOn: IsoDate,
});
export type RoomIdea = z.infer<typeof RoomIdea>;

export const RoomJoin = z.object({
  /** The address in the QR code: http://HOST:PORT/j/<token>. */
  url: z.string().max(300),
  /** The short address a participant can type, then the code: http://HOST:PORT. */
  shortUrl: z.string().max(100),
  code: z.string().regex(/^\d{6}$/),
  codeExpiresAt: z.iso.datetime(),
  /** The QR code of `url`, as an SVG document. */
  qrSvg: z.string().startsWith('<svg').max(200_000),
});
export type RoomJoin = z.infer<typeof RoomJoin>;

export const RoomStatus = z.object({
  /** Grows with every change; an update older than what the facilitator has is dropped. */
  version: z.number().int().nonnegative(),
  join: RoomJoin,
  devices: z.array(RoomDevice),
  hands: z.array(RoomHand),
  activity: RoomActivity.nullable(),
  live: LiveResult.nullable(),
});
export type RoomStatus = z.infer<typeof RoomStatus>;

/** An event to the facilitator: the room as it is, and the ideas that arrived since the last event. */
export const RoomUpdate = z.object({ status: RoomStatus, newIdeas: z.array(RoomIdea) });
export type RoomUpdate = z.infer<typeof RoomUpdate>;

/** What an activity came to when the facilitator closed it: this goes into the record. */
export const ActivityResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poll'), activity: RoomActivity, live: LiveResult }),
  z.object({ kind: z.literal('dots'), activity: RoomActivity, votes: z.record(Id, z.number().int().nonnegative()) }),
  z.object({ kind: z.literal('ideas'), activity: RoomActivity, ideas: z.array(RoomIdea) }),
]);
export type ActivityResult = z.infer<typeof ActivityResult>;
