import { z } from 'zod';
import { RoomActivity } from '../room/protocol';
import { ActivityResult, RoomIdea, RoomInterface, RoomStatus, RoomUpdate, RoomWorkshop } from '../room/status';

/**
 * The room part of the contract (the facilitator's side; phones speak shared/room/protocol.ts),
 * spread into `contract` and `events` in contract.ts. The window that opens the room owns it:
 * only it may run activities, and it alone gets `room:update` events — main pushes every change,
 * the renderer never polls.
 */

export const RoomOpenProblem = z.enum(['busy', 'addressInUse', 'addressNotAvailable', 'pageMissing', 'unknown']);
export type RoomOpenProblem = z.infer<typeof RoomOpenProblem>;

export const RoomSnapshot = z.object({ status: RoomStatus, ideas: z.array(RoomIdea) });
export type RoomSnapshot = z.infer<typeof RoomSnapshot>;

export const RoomOpenResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), room: RoomSnapshot }),
  z.object({ status: z.literal('failed'), problem: RoomOpenProblem, detail: z.string() }),
]);
export type RoomOpenResult = z.infer<typeof RoomOpenResult>;

const none = z.undefined();
const ok = z.object({ ok: z.literal(true) });

export const roomContract = {
  /** The machine's network interfaces; one is suggested for phones on the room's Wi-Fi. */
  'room:interfaces': { req: none, res: z.array(RoomInterface) },
  /** Opens the room on one of this machine's addresses (null port: the usual one, else any free one). */
  'room:open': {
    req: z.object({ host: z.string().min(1).max(100), port: z.number().int().min(1).max(65_535).nullable(), workshop: RoomWorkshop }).strict(),
    res: RoomOpenResult,
  },
  /** The workshop's title, language or participant list changed. */
  'room:workshop': { req: RoomWorkshop.strict(), res: ok },
  'room:start': { req: z.object({ activity: RoomActivity }).strict(), res: RoomStatus },
  /** Ends the open activity; what it came to goes into the record. */
  'room:end': { req: none, res: z.object({ result: ActivityResult.nullable() }) },
  'room:clearHands': { req: none, res: ok },
  'room:newCode': { req: none, res: ok },
  /** The room as it is, when this window owns it (a view that mounts late); null otherwise. */
  'room:state': { req: none, res: z.object({ room: RoomSnapshot.nullable() }) },
  'room:close': { req: none, res: ok },
} as const;

export const roomEvents = {
  'room:update': RoomUpdate,
} as const;
