import { z } from 'zod';
import { TimerPreferences } from '../../../shared/ipc/runContract';
import { AgendaItem } from '../../../shared/model/agenda';
import { ClockTime } from '../../../shared/model/ids';
import { Run } from '../../../shared/model/run';
import { Language } from '../../../shared/model/workshop';

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

export const LinkMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    /** When the facilitator acted (performance.timeOrigin + performance.now()), for the delay measurement. */
    actionAt: z.number().nullable(),
    snapshot: ProjectorSnapshot,
  }),
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
