import { z } from 'zod';
import { Id } from '../model/ids';
import { MapSettings } from './model';

/**
 * What makes a board a value-stream map: its settings (kind, customer demand, working time,
 * inventory-time method) and whether it is the current or a future state. Only what the user
 * entered is stored; every figure is computed from it (shared/vsm/analyze.ts).
 */
export const BoardVsm = z.object({
  state: z.enum(['current', 'future']).default('current'),
  /** A future-state map names the board of the current state it improves, for the comparison view. */
  comparesWith: Id.nullable().default(null),
  settings: MapSettings.default(MapSettings.parse({})),
});
export type BoardVsm = z.infer<typeof BoardVsm>;
