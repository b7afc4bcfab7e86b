import { z } from 'zod';
import { TimerPreferences } from '../../shared/ipc/runContract';
import { AgendaItem } from '../../shared/model/agenda';
import { ClockTime } from '../../shared/model/ids';
import { Run } from '../../shared/model/run';
import { Language } from '../../shared/model/language';
import { PublicActivity } from '../../shared/room/protocol';
import { LiveResult } from '../../shared/room/status';

/**
 * What the facilitator's page tells its projector window, over a BroadcastChannel of the same
 * origin (no round trip through main). The projector computes the countdown itself from the run
 * log and its own clock, exactly as the facilitator's page does, so the two never drift; a
 * message is needed only when something changed. Every message is checked with zod.
 */
export const ProjectorSnapshot = z.object({
  language: Language,
  title: z.string(),
  startTime: ClockTime.nullable(),
  items: z.array(AgendaItem),
  run: Run,
  preferences: TimerPreferences,
});
export type ProjectorSnapshot = z.infer<typeof ProjectorSnapshot>;

/** The most a board drawing may weigh on the channel (a 2,000-shape map is well under a megabyte). */
export const MAX_BOARD_SVG_CHARS = 8_000_000;

/**
 * The board behind the countdown, drawn once by the facilitator's page with the report's SVG
 * drawing (shared/report/boardImage.ts) and sent only when it changes, not with every state.
 */
export const ProjectorBoard = z.object({
  id: z.string(),
  name: z.string(),
  svg: z.string().startsWith('<svg').max(MAX_BOARD_SVG_CHARS),
  /** The paper colour, so the space around a board fitted to the screen matches it. */
  paper: z.string().regex(/^#[0-9a-f]{3,8}$/i),
});
export type ProjectorBoard = z.infer<typeof ProjectorBoard>;

/** The room on the projector: how to join, and the open activity's live tally (counts only, never who). */
export const ProjectorRoom = z.object({
  shortUrl: z.string().max(100),
  code: z.string().regex(/^\d{6}$/),
  qrSvg: z.string().startsWith('<svg').max(200_000),
  joined: z.number().int().nonnegative(),
  activity: PublicActivity.nullable(),
  live: LiveResult.nullable(),
});
export type ProjectorRoom = z.infer<typeof ProjectorRoom>;
/**
 * A board meeting's goal board and improvement board, drawn by the facilitator's page as SVG from
 * the same primitives as the screen and the PDF; the projector shows one full screen during an
 * agenda item that `shows` it.
 */
export const ProjectorTeamBoards = z.object({
  goalBoard: z.string().startsWith('<svg').max(MAX_BOARD_SVG_CHARS),
  improvementBoard: z.string().startsWith('<svg').max(MAX_BOARD_SVG_CHARS),
});
export type ProjectorTeamBoards = z.infer<typeof ProjectorTeamBoards>;

export const LinkMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    /** When the facilitator acted (performance.timeOrigin + performance.now()), for the delay measurement. */
    actionAt: z.number().nullable(),
    snapshot: ProjectorSnapshot,
  }),
  /** The board to draw behind the countdown; null: none (the toggle is off, or the workshop has no board). */
  z.object({ type: z.literal('board'), board: ProjectorBoard.nullable() }),
  /** The room, while it is open and shown on the projector; null: the countdown as usual. */
  z.object({ type: z.literal('room'), room: ProjectorRoom.nullable() }),
  /** The team boards of a board meeting; null in a workshop without them. */
  z.object({ type: z.literal('teamBoards'), boards: ProjectorTeamBoards.nullable() }),
  /** The projector has loaded and asks for the state. */
  z.object({ type: z.literal('hello') }),
  /** Esc on the projector: the facilitator's page closes it through main. */
  z.object({ type: z.literal('close') }),
]);
export type LinkMessage = z.infer<typeof LinkMessage>;

export const channelName = (link: string) => `verkstad-projector-${link}`;

/** The link id in a projector page's address (`#projector=<id>`); null on any other page. */
export function projectorLinkFromHash(hash: string): string | null {
  const match = /^#projector=([0-9a-f-]{36})$/i.exec(hash);
  return match?.[1] ?? null;
}

export function isProjectorHash(hash: string): boolean {
  return hash.startsWith('#projector');
}

/** A high-resolution time comparable across the app's pages. */
export const preciseNow = () => performance.timeOrigin + performance.now();
