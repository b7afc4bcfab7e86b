import { z } from 'zod';

/** Every record in a workshop has a stable id, so later records (actions, bindings) can point at it. */
export const Id = z.string().min(1).max(100);
export type Id = z.infer<typeof Id>;

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
