import { z } from 'zod';
import { Id, IsoDate } from './ids';

/** The workshop record: who took part, what was decided and who does what. */
export const Participant = z.object({
  id: Id,
  name: z.string().max(200),
  role: z.string().max(200),
});
export type Participant = z.infer<typeof Participant>;

export const ActionStatus = z.enum(['notStarted', 'inProgress', 'done']);
export const ActionItem = z.object({
  id: Id,
  what: z.string().max(5_000),
  owner: z.string().max(200),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Decision = z.object({
  id: Id,
  text: z.string().max(5_000),
});
export type Decision = z.infer<typeof Decision>;

export const ParkingLotItem = z.object({
  id: Id,
  text: z.string().max(5_000),
});
export type ParkingLotItem = z.infer<typeof ParkingLotItem>;
