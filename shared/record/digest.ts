import { z } from 'zod';
import { ClockTime, Id, IsoDate } from '../model/ids';
import { ActionStatus, Attendance, CarriedFrom } from '../model/record';
import type { Workshop } from '../model/workshop';
import { KpiPeriod, PeriodKey } from '../model/teamBoards';
import { kpiStatus, latestPoint } from '../kpi/status';
import { cardTitle } from '../improvement/board';

/** A board meeting's boards in brief: each KPI's status and latest period, and the open cards with the action each became. */
export const TeamDigest = z.object({
  team: z.string(),
  kpis: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(['green', 'yellow', 'red', 'none']),
      period: KpiPeriod,
      latestPeriod: PeriodKey.nullable(),
    }),
  ),
  openCards: z.array(z.object({ id: z.string(), title: z.string(), actionId: z.string().nullable() })),
});
export type TeamDigest = z.infer<typeof TeamDigest>;

/**
 * What the coordinator overview needs of one workshop file: small enough to send 500 of them
 * across the IPC bridge, and checked there like everything else.
 */
export const WorkshopDigest = z.object({
  id: Id,
  title: z.string(),
  date: IsoDate.nullable(),
  startTime: ClockTime.nullable(),
  facilitator: z.string(),
  followsWorkshopId: Id.nullable(),
  participants: z.array(
    z.object({
      name: z.string(),
      attendance: Attendance.nullable(),
      arrivedAt: ClockTime.nullable(),
      prepared: z.boolean().nullable(),
    }),
  ),
  actions: z.array(
    z.object({
      id: Id,
      what: z.string(),
      owner: z.string(),
      dueDate: IsoDate.nullable(),
      status: ActionStatus,
      carriedFrom: CarriedFrom.nullable(),
    }),
  ),
  /** Format version 3: the team boards of a board meeting; null for other workshops. */
  team: TeamDigest.nullable().default(null),
});
export type WorkshopDigest = z.infer<typeof WorkshopDigest>;

export function digestOf(doc: Workshop): WorkshopDigest {
  return {
    id: doc.id,
    title: doc.header.title,
    date: doc.header.date,
    startTime: doc.header.startTime,
    facilitator: doc.header.facilitator,
    followsWorkshopId: doc.followsWorkshop?.id ?? null,
    participants: doc.participants.map(({ name, attendance, arrivedAt, prepared }) => ({ name, attendance, arrivedAt, prepared })),
    actions: doc.actions.map(({ id, what, owner, dueDate, status, carriedFrom }) => ({ id, what, owner, dueDate, status, carriedFrom })),
    team: doc.teamBoards
      ? {
          team: doc.teamBoards.team,
          kpis: doc.teamBoards.goalBoard.kpis.map((kpi) => ({ id: kpi.id, name: kpi.name, status: kpiStatus(kpi), period: kpi.period, latestPeriod: latestPoint(kpi)?.period ?? null })),
          openCards: doc.teamBoards.improvementBoard.cards.filter((c) => c.column !== 'done').map((c) => ({ id: c.id, title: cardTitle(c), actionId: c.actionId })),
        }
      : null,
  };
}
