import { z } from 'zod';
import { Id, IsoDate } from './ids';
import { CarriedFrom } from './record';

/**
 * The team's two boards for the weekly board meeting (tavelmöte), format version 3: the goal board
 * (areas → goals → KPIs with their values per period) and the improvement board (suggestion cards
 * from new to done). They live in the meeting's own file; "next meeting from this one" copies them
 * forward (shared/record/followUp.ts), so each meeting file holds the boards as they were then and
 * the KPI history up to it. Status, trend, overdue and WIP warnings are computed (shared/kpi/,
 * shared/improvement/), never stored.
 */

export const KpiDirection = z.enum(['higher', 'lower']);
export type KpiDirection = z.infer<typeof KpiDirection>;

export const KpiPeriod = z.enum(['day', 'week', 'month']);
export type KpiPeriod = z.infer<typeof KpiPeriod>;

/** A period as a key that sorts in time order: `2026-03-19` (day), `2026-W12` (ISO week), `2026-03` (month). */
export const PeriodKey = z.string().regex(/^\d{4}-(W(0[1-9]|[1-4]\d|5[0-3])|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/, 'expected a period as YYYY-MM-DD, YYYY-Www or YYYY-MM');
export type PeriodKey = z.infer<typeof PeriodKey>;

/**
 * One period's value. `value` is the number counted; when what was typed is not a number, `value`
 * is null and `text` keeps what was typed, so it is shown, marked and never counted (nor lost).
 */
export const KpiEntry = z.object({
  period: PeriodKey,
  value: z.number().finite().nullable(),
  text: z.string().max(200).default(''),
  /** Why the value is what it is (a red KPI gets a comment or an action at the meeting). */
  comment: z.string().max(2_000).default(''),
});
export type KpiEntry = z.infer<typeof KpiEntry>;

export const MAX_KPI_ENTRIES = 20_000;

export const Kpi = z
  .object({
    id: Id,
    name: z.string().max(200),
    unit: z.string().max(40),
    direction: KpiDirection,
    /** The value to reach; null until it is set (the KPI then has no status). */
    target: z.number().finite().nullable(),
    /**
     * The width of the yellow band next to the target, in the KPI's unit: with "higher is better",
     * yellow from target − tolerance up to the target. Negative contradicts the direction: it is
     * kept as typed, flagged, and counted as 0.
     */
    tolerance: z.number().finite().default(0),
    period: KpiPeriod,
    areaId: Id.nullable().default(null),
    goalId: Id.nullable().default(null),
    /** In period order, at most one entry per period. */
    entries: z.array(KpiEntry).max(MAX_KPI_ENTRIES).default([]),
  })
  .refine((kpi) => kpi.entries.every((entry, i) => i === 0 || kpi.entries[i - 1]!.period < entry.period), {
    message: 'entries must be in period order, one per period',
    path: ['entries'],
  });
export type Kpi = z.infer<typeof Kpi>;

/** A column of the goal board, as the team names it (Safety, Quality, Delivery, Cost, People …). */
export const GoalArea = z.object({ id: Id, name: z.string().max(200) });
export type GoalArea = z.infer<typeof GoalArea>;

/** A team goal in an area; a sub-goal names its parent goal. */
export const Goal = z.object({
  id: Id,
  text: z.string().max(1_000),
  areaId: Id.nullable().default(null),
  parentId: Id.nullable().default(null),
});
export type Goal = z.infer<typeof Goal>;

export const GoalBoard = z.object({
  /** The overall goal (or vision) the team's goals serve. */
  overallGoal: z.string().max(2_000).default(''),
  areas: z.array(GoalArea).max(50).default([]),
  goals: z.array(Goal).max(500).default([]),
  kpis: z.array(Kpi).max(500).default([]),
});
export type GoalBoard = z.infer<typeof GoalBoard>;

export const CardColumn = z.enum(['new', 'prioritised', 'inProgress', 'done']);
export type CardColumn = z.infer<typeof CardColumn>;

export const CardSize = z.enum(['small', 'project']);
export type CardSize = z.infer<typeof CardSize>;

export const PdsaStep = z.enum(['plan', 'do', 'study', 'act']);
export type PdsaStep = z.infer<typeof PdsaStep>;

/** Where a card sits on the effort/effect matrix: 0 is low, 1 is high, on both axes. */
export const MatrixPlace = z.object({ effort: z.number().min(0).max(1), effect: z.number().min(0).max(1) });
export type MatrixPlace = z.infer<typeof MatrixPlace>;

export const ImprovementCard = z.object({
  id: Id,
  problem: z.string().max(2_000),
  idea: z.string().max(2_000),
  /** Who suggested it. */
  suggestedBy: z.string().max(200),
  suggestedOn: IsoDate.nullable(),
  column: CardColumn,
  size: CardSize.default('small'),
  /** null until the card is placed on the effort/effect matrix. */
  matrix: MatrixPlace.nullable().default(null),
  /** Where a card in progress is in its PDSA cycle. */
  pdsa: PdsaStep.nullable().default(null),
  /** The KPI the improvement should move. */
  kpiId: Id.nullable().default(null),
  /** The action the card became (in `actions`). */
  actionId: Id.nullable().default(null),
  /** What it achieved, recorded when done. */
  effect: z.string().max(2_000).default(''),
  doneOn: IsoDate.nullable().default(null),
  carriedFrom: CarriedFrom.nullable().default(null),
});
export type ImprovementCard = z.infer<typeof ImprovementCard>;

/** How many cards a column takes, by size; null is no limit. */
export const WipLimit = z.object({
  small: z.number().int().min(0).max(999).nullable().default(null),
  project: z.number().int().min(0).max(999).nullable().default(null),
});
export type WipLimit = z.infer<typeof WipLimit>;

export const ImprovementBoard = z.object({
  /** In each column's order, top to bottom. */
  cards: z.array(ImprovementCard).max(2_000).default([]),
  wipLimits: z
    .object({ new: WipLimit.default({ small: null, project: null }), prioritised: WipLimit.default({ small: null, project: null }), inProgress: WipLimit.default({ small: 3, project: 2 }), done: WipLimit.default({ small: null, project: null }) })
    .default({ new: { small: null, project: null }, prioritised: { small: null, project: null }, inProgress: { small: 3, project: 2 }, done: { small: null, project: null } }),
});
export type ImprovementBoard = z.infer<typeof ImprovementBoard>;

/** The team's boards in a board-meeting file; null in an ordinary workshop. */
export const TeamBoards = z.object({
  /** The team's name, as the coordinator overview lists it. */
  team: z.string().max(200),
  goalBoard: GoalBoard,
  improvementBoard: ImprovementBoard,
});
export type TeamBoards = z.infer<typeof TeamBoards>;

/** What the projector shows during an agenda item of a board meeting, besides the timer. */
export const ItemShows = z.enum(['goalBoard', 'improvementBoard']);
export type ItemShows = z.infer<typeof ItemShows>;
