import { z } from 'zod';
import { Id } from './ids';

/** A board: one canvas tab of the workshop (a process map, a value-stream map, stickies). */
export const Board = z.object({
  id: Id,
  name: z.string().max(200),
});
export type Board = z.infer<typeof Board>;
