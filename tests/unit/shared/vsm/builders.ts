import { ValueStream, type ValueStreamInput } from '../../../../shared/vsm/model';
import type { DurationUnit } from '../../../../shared/vsm/units';

/** Small builders so each test reads like the map it describes. */
export const dur = (value: number, unit: DurationUnit) => ({ value, unit });

type ElementInput = ValueStreamInput['elements'][number];

export const supplier = (id = 'supplier'): ElementInput => ({ id, kind: 'supplier', name: 'Supplier' });
export const customer = (id = 'customer'): ElementInput => ({ id, kind: 'customer', name: 'Customer' });
export const processBox = (id: string, cycleSeconds: number | null, extra: Partial<Extract<ElementInput, { kind: 'process' }>> = {}): ElementInput => ({
  id,
  kind: 'process',
  name: id,
  shapeId: `shape-${id}`,
  cycleTime: cycleSeconds === null ? null : dur(cycleSeconds, 's'),
  ...extra,
});
export const serviceStep = (
  id: string,
  processTime: ReturnType<typeof dur> | null,
  leadTime: ReturnType<typeof dur> | null,
  completeAccuratePercent: number | null,
): ElementInput => ({ id, kind: 'serviceStep', name: id, processTime, leadTime, completeAccuratePercent });
export const inventory = (id: string, quantity: number | null): ElementInput => ({ id, kind: 'inventory', name: id, quantity });
export const wait = (id: string, waitingTime: ReturnType<typeof dur>): ElementInput => ({ id, kind: 'inventory', variant: 'wait', name: id, waitingTime });

/** Edges along a chain of ids: a → b → c. */
export function chain(...ids: string[]): ValueStreamInput['edges'] {
  return ids.slice(1).map((to, i) => ({ id: `${ids[i]}->${to}`, from: ids[i]!, to }));
}

export function stream(input: Partial<ValueStreamInput> & Pick<ValueStreamInput, 'elements' | 'edges'>): ValueStream {
  return ValueStream.parse({ id: 'board-1', name: 'VSM current state', settings: {}, ...input });
}

/**
 * The manufacturing map worked by hand in the tests:
 * 2 shifts × (8 h − 20 min breaks) = 2 × (28 800 − 1 200) = 55 200 s a day;
 * 18 400 a month over 20 working days = 920 a day; takt = 55 200 ÷ 920 = 60 s.
 * supplier → [5 000] → Stamping 1 s → [4 600] → Welding 39 s → [1 100] → Assembly 62 s → [1 600] → customer
 */
export function stampingStream(): ValueStream {
  return stream({
    settings: {
      kind: 'manufacturing',
      demand: 18_400,
      demandPeriod: 'month',
      workingDaysPerMonth: 20,
      shifts: 2,
      shiftLength: dur(8, 'h'),
      breaks: dur(20, 'min'),
    },
    elements: [
      supplier(),
      inventory('raw', 5000),
      processBox('Stamping', 1),
      inventory('stamped', 4600),
      processBox('Welding', 39),
      inventory('welded', 1100),
      processBox('Assembly', 62),
      inventory('finished', 1600),
      customer(),
    ],
    edges: chain('supplier', 'raw', 'Stamping', 'stamped', 'Welding', 'welded', 'Assembly', 'finished', 'customer'),
  });
}
