import { z } from 'zod';
import { BoardName, Id } from '../model/ids';
import { ShapeText } from '../shapes/types';
import { CustomLine, MAX_CUSTOM_LINES } from '../shapes/vsm/values';
import { Duration } from './units';

/**
 * The input of the value-stream arithmetic: what a VSM board says, in numbers and a flow graph.
 * The canvas maps its shapes onto this (every element carries the id of the shape it came from,
 * so a figure or problem can point back at the shape); nothing here is stored in the file.
 */

/** What the user typed into a field that is not a valid value ("abc", "-3"). Kept so it is reported, never read as zero. */
export const InvalidEntry = z.object({ invalid: z.string() });
export type InvalidEntry = z.infer<typeof InvalidEntry>;

/** A field may be missing (null), valid, or invalid (kept as typed). */
const field = <T extends z.ZodType>(valid: T) => z.union([valid, InvalidEntry]).nullable().default(null);

export const AmountField = field(z.number().finite().nonnegative());
export const CountField = field(z.number().int().nonnegative());
export const PercentField = field(z.number().finite().min(0).max(100));
export const DurationField = field(Duration);
export type AmountField = z.infer<typeof AmountField>;
export type PercentField = z.infer<typeof PercentField>;
export type DurationField = z.infer<typeof DurationField>;

export const MapKind = z.enum(['manufacturing', 'service']);
export type MapKind = z.infer<typeof MapKind>;

export const DemandPeriod = z.enum(['day', 'week', 'month']);
export type DemandPeriod = z.infer<typeof DemandPeriod>;

/** How inventory quantities become time: quantity ÷ daily demand (the default) or quantity × takt. */
export const InventoryTimeMethod = z.enum(['dailyDemand', 'takt']);
export type InventoryTimeMethod = z.infer<typeof InventoryTimeMethod>;

export const MapSettings = z.object({
  kind: MapKind.default('manufacturing'),
  /** Customer demand: pieces (or cases, patients …) per period. */
  demand: AmountField,
  demandPeriod: DemandPeriod.default('day'),
  /** For converting weekly demand to daily, and calendar days to working days. */
  workingDaysPerWeek: z.number().positive().max(7).default(5),
  /** For converting monthly demand to daily. */
  workingDaysPerMonth: z.number().positive().max(31).default(21),
  shifts: CountField,
  shiftLength: DurationField,
  /** Breaks per shift (planned stops: breaks, meetings, cleaning). */
  breaks: DurationField,
  inventoryTimeMethod: InventoryTimeMethod.default('dailyDemand'),
});
export type MapSettings = z.infer<typeof MapSettings>;

/**
 * Every field below is read from a board (shared/vsm/boards.ts), so it takes its limit from the
 * shape schema that field comes from, never one of its own: a name the file may hold is a name
 * the figures accept.
 */
const elementBase = {
  id: Id,
  /** The board shape this element comes from (for highlighting and messages). */
  shapeId: Id.nullable().default(null),
  name: ShapeText.default(''),
};
const customFields = z.array(CustomLine).max(MAX_CUSTOM_LINES).default([]);

/** Supplier and customer: where the main flow starts and ends. */
export const Endpoint = z.object({ ...elementBase, kind: z.enum(['supplier', 'customer']) });

/** A manufacturing process box with its data box. */
export const ProcessStep = z.object({
  ...elementBase,
  kind: z.literal('process'),
  cycleTime: DurationField,
  changeover: DurationField,
  uptimePercent: PercentField,
  operators: CountField,
  shifts: CountField,
  availableTime: DurationField,
  batchSize: CountField,
  /** Every part every …: how often the step can run through all its variants. */
  everyPartEvery: DurationField,
  scrapPercent: PercentField,
  completeAccuratePercent: PercentField,
  customFields,
});
export type ProcessStep = z.infer<typeof ProcessStep>;

/** A service/office step: process time (hands-on work) and lead time (from work arriving to passed on). */
export const ServiceStep = z.object({
  ...elementBase,
  kind: z.literal('serviceStep'),
  processTime: DurationField,
  leadTime: DurationField,
  completeAccuratePercent: PercentField,
  customFields,
});
export type ServiceStep = z.infer<typeof ServiceStep>;

/**
 * Anything that holds work between steps: an inventory triangle, a FIFO lane, a supermarket,
 * safety stock, or a plain wait. Its time is a quantity (converted with the demand) or a waiting time.
 */
export const Inventory = z.object({
  ...elementBase,
  kind: z.literal('inventory'),
  variant: z.enum(['inventory', 'fifoLane', 'supermarket', 'safetyStock', 'wait']).default('inventory'),
  quantity: AmountField,
  waitingTime: DurationField,
});
export type Inventory = z.infer<typeof Inventory>;

export const FlowElement = z.discriminatedUnion('kind', [Endpoint, ProcessStep, ServiceStep, Inventory]);
export type FlowElement = z.infer<typeof FlowElement>;
export type Step = ProcessStep | ServiceStep;

/** A material-flow (or, in service maps, work-flow) arrow. Information flows are not edges here. */
export const FlowEdge = z.object({
  id: Id,
  shapeId: Id.nullable().default(null),
  from: Id,
  to: Id,
});
export type FlowEdge = z.infer<typeof FlowEdge>;

export const ValueStream = z.object({
  /** The board's id and name. */
  id: Id,
  name: BoardName,
  /** current or future state; a future-state map names the current-state map it improves. */
  state: z.enum(['current', 'future']).default('current'),
  comparesWith: Id.nullable().default(null),
  settings: MapSettings,
  elements: z.array(FlowElement),
  edges: z.array(FlowEdge),
});
export type ValueStream = z.infer<typeof ValueStream>;
export type ValueStreamInput = z.input<typeof ValueStream>;

export function isStep(element: FlowElement): element is Step {
  return element.kind === 'process' || element.kind === 'serviceStep';
}
