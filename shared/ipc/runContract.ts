import { z } from 'zod';
import { AgendaItem } from '../model/agenda';
import { Id } from '../model/ids';

/**
 * The run-mode part of the contract (timer preferences, agenda templates, the projector
 * window), kept in its own file and spread into `contract` and `events` in contract.ts.
 */

/** How the countdown changes colour and whether it chimes: the app's, not the workshop's. */
export const TimerPreferences = z.object({
  /** Amber when this share of the item's time is left (default 20 %). */
  warnAtPercent: z.number().int().min(0).max(100),
  /** Red when this share is left (default 5 %). */
  urgentAtPercent: z.number().int().min(0).max(100),
  /** A chime at zero and at the end of a break. */
  chime: z.boolean(),
  /** The board is drawn, dimmed, behind the countdown on the projector. */
  boardOnProjector: z.boolean(),
});
export type TimerPreferences = z.infer<typeof TimerPreferences>;
export const DEFAULT_TIMER_PREFERENCES: TimerPreferences = { warnAtPercent: 20, urgentAtPercent: 5, chime: true, boardOnProjector: false };

/**
 * The preferences as stored in `timer.json`: a file written before a preference existed gets its
 * default. Only for reading the file — a partial update must not reset what it does not name.
 */
export const StoredTimerPreferences = TimerPreferences.extend({ boardOnProjector: z.boolean().default(false) });

/** An agenda item in a template: the plan without ids or links to a workshop's participants. */
export const TemplateItem = AgendaItem.pick({ kind: true, title: true, plannedMinutes: true, notes: true, owner: true, pinnedStart: true });
export type TemplateItem = z.infer<typeof TemplateItem>;

export const AgendaTemplate = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  createdAt: z.iso.datetime(),
  items: z.array(TemplateItem).max(500),
});
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

export const Display = z.object({
  id: z.number().int(),
  /** What the OS calls it, or its size when it has no name. */
  label: z.string().max(200),
  primary: z.boolean(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});
export type Display = z.infer<typeof Display>;

export const ProjectorOpened = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), displayId: z.number().int().nullable() }),
  z.object({ status: z.literal('failed'), detail: z.string() }),
]);
export type ProjectorOpened = z.infer<typeof ProjectorOpened>;

const none = z.undefined();
const ok = z.object({ ok: z.literal(true) });

export const runContract = {
  'timer:preferences': { req: none, res: TimerPreferences },
  'timer:setPreferences': { req: TimerPreferences.partial().strict(), res: TimerPreferences },
  'templates:list': { req: none, res: z.array(AgendaTemplate) },
  'templates:save': { req: z.object({ name: z.string().trim().min(1).max(200), items: z.array(TemplateItem).max(500) }).strict(), res: z.array(AgendaTemplate) },
  'templates:delete': { req: z.object({ id: Id }).strict(), res: z.array(AgendaTemplate) },
  /** The screens a projector window can go to; empty where the host cannot tell. */
  'projector:displays': { req: none, res: z.array(Display) },
  /** Opens (or moves) the projector window of the calling window; null: the best display (a second one if there is). */
  'projector:open': {
    req: z
      .object({
        displayId: z.number().int().nullable(),
        /** Names the BroadcastChannel the projector follows, so each facilitator window has its own. */
        link: z.uuid(),
      })
      .strict(),
    res: ProjectorOpened,
  },
  'projector:close': { req: none, res: ok },
} as const;

export const runEvents = {
  /** The projector window was closed other than by the facilitator's button (Esc on it, the OS). */
  'projector:closed': z.object({}),
  /** The computer woke from sleep: timers re-read the clock at once. */
  'system:resumed': z.object({}),
} as const;
