import { z } from 'zod';
import { Id } from './ids';

/** The agenda as planned. Clock times are computed (shared/agenda/schedule.ts), never stored. */
export const AgendaItemKind = z.enum(['item', 'break', 'lunch']);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const MAX_PLANNED_MINUTES = 24 * 60;

export const AgendaItem = z.object({
  id: Id,
  kind: AgendaItemKind,
  title: z.string().max(500),
  plannedMinutes: z.number().int().min(0).max(MAX_PLANNED_MINUTES),
  notes: z.string().max(50_000),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.object({
  items: z.array(AgendaItem),
});
export type Agenda = z.infer<typeof Agenda>;
