import type { roomContract } from '../../shared/ipc/roomContract';
import type { RoomService } from '../services/room/service';
import type { Handler } from './handlers';
import type { CallContext } from './ports';

type RoomHandlers = { [C in keyof typeof roomContract]: Handler<C> };

const ok = { ok: true } as const;

/**
 * The room's channels. The calling window (its WindowPort) owns the room it opened: the others
 * may only ask which interfaces there are and whether they own it. Updates go to the owner through
 * its `send`, as main → renderer events.
 */
export function createRoomHandlers(room: RoomService): RoomHandlers {
  const owned = (ctx: CallContext) => {
    if (!room.isOwner(ctx.window)) throw new Error('the room is not open in this window');
  };
  return {
    'room:interfaces': async () => room.interfaces(),
    'room:open': async ({ host, port, workshop }, ctx) => {
      const send = ctx.window.send?.bind(ctx.window);
      if (!send) return { status: 'failed', problem: 'unknown', detail: 'this window cannot receive room updates' };
      const opened = await room.open({ host, port, workshop }, ctx.window, { update: (update) => send('room:update', update) });
      if (opened.status === 'failed') return opened;
      const snapshot = room.snapshot();
      return snapshot ? { status: 'opened', room: snapshot } : { status: 'failed', problem: 'unknown', detail: 'the room closed at once' };
    },
    'room:workshop': async (workshop, ctx) => {
      owned(ctx);
      room.setWorkshop(workshop);
      return ok;
    },
    'room:start': async ({ activity }, ctx) => {
      owned(ctx);
      room.startActivity(activity);
      return room.status();
    },
    'room:end': async (_req, ctx) => {
      owned(ctx);
      return { result: room.endActivity() };
    },
    'room:clearHands': async (_req, ctx) => {
      owned(ctx);
      room.clearHands();
      return ok;
    },
    'room:newCode': async (_req, ctx) => {
      owned(ctx);
      room.newCode();
      return ok;
    },
    'room:state': async (_req, ctx) => ({ room: room.isOwner(ctx.window) ? room.snapshot() : null }),
    'room:close': async (_req, ctx) => {
      await room.closeFor(ctx.window);
      return ok;
    },
  };
}
