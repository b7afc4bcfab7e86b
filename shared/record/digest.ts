import { z } from 'zod';
import { ClockTime, Id, IsoDate } from '../model/ids';
import { ActionStatus, Attendance, CarriedFrom } from '../model/record';
import type { Workshop } from '../model/workshop';

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
  };
}
