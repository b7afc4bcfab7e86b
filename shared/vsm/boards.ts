import type { Board, Shape } from '../model/board';
import type { Workshop } from '../model/workshop';
import { processFieldSpecs, serviceFieldSpecs, stockFieldSpecs, type FieldSpec } from '../shapes/vsm/fields';
import { isInformationFlow } from '../shapes/vsm/flows';
import { readEntered, type EnteredValue, type EntryLanguage } from '../shapes/vsm/values';
import { ValueStream, type FlowEdge, type FlowElement, type InvalidEntry } from './model';
import type { Duration } from './units';

/**
 * The value-stream inputs of a workshop's VSM boards, for the metrics panel and the command line.
 * A board is a value-stream map when it carries `vsm` settings (shared/vsm/boardSettings.ts).
 */
export function vsmBoardsOf(workshop: Workshop): ValueStream[] {
  const lang = workshop.header.language ?? 'en';
  return workshop.boards.flatMap((board) => {
    const stream = valueStreamOfBoard(board, lang);
    return stream === null ? [] : [stream];
  });
}

/** The kind of stock each waiting-place icon is. */
const STOCK_VARIANTS = {
  vsmInventory: 'inventory',
  vsmSupermarket: 'supermarket',
  vsmFifoLane: 'fifoLane',
  vsmSafetyStock: 'safetyStock',
} as const;

type Value = number | Duration | InvalidEntry | null;

/**
 * A data-box value as the arithmetic reads it: empty text is "not entered" (null), a value that
 * cannot be read stays what the user typed (`{ invalid }`) so it is reported, never taken as 0.
 */
function valueOf(props: Record<string, unknown>, spec: FieldSpec | undefined, lang: EntryLanguage): Value {
  if (spec === undefined) return null;
  const entered = props[spec.key] as EnteredValue | undefined;
  if (entered === undefined) return null;
  const reading = readEntered(entered, spec, lang);
  if (reading.state === 'empty') return null;
  if (reading.state === 'invalid') return { invalid: entered.text };
  return reading.value;
}

const spec = (specs: readonly FieldSpec[], key: string) => specs.find((candidate) => candidate.key === key);

/** One shape as a flow element, or null for icons that are not part of the flow (information, kaizen …). */
export function flowElementOfShape(shape: Shape, lang: EntryLanguage): FlowElement | null {
  const base = { id: shape.id, shapeId: shape.id, name: shape.text.trim() };
  const props = shape.props as Record<string, unknown>;
  const read = (specs: readonly FieldSpec[], key: string) => valueOf(props, spec(specs, key), lang);
  switch (shape.type) {
    case 'vsmSupplier':
      return { ...base, kind: 'supplier' };
    case 'vsmCustomer':
      return { ...base, kind: 'customer' };
    case 'vsmProcess':
    case 'vsmSharedProcess': {
      const r = (key: string) => read(processFieldSpecs, key);
      return {
        ...base,
        kind: 'process',
        cycleTime: r('cycleTime') as Duration | InvalidEntry | null,
        changeover: r('changeover') as Duration | InvalidEntry | null,
        uptimePercent: r('uptime') as number | InvalidEntry | null,
        operators: r('operators') as number | InvalidEntry | null,
        shifts: r('shifts') as number | InvalidEntry | null,
        availableTime: r('availableTime') as Duration | InvalidEntry | null,
        batchSize: r('batchSize') as number | InvalidEntry | null,
        everyPartEvery: r('everyPartEvery') as Duration | InvalidEntry | null,
        scrapPercent: r('scrap') as number | InvalidEntry | null,
        completeAccuratePercent: r('completeAccurate') as number | InvalidEntry | null,
        customFields: shape.props.customFields,
      };
    }
    case 'vsmServiceStep': {
      const r = (key: string) => read(serviceFieldSpecs, key);
      return {
        ...base,
        kind: 'serviceStep',
        processTime: r('processTime') as Duration | InvalidEntry | null,
        leadTime: r('leadTime') as Duration | InvalidEntry | null,
        completeAccuratePercent: r('completeAccurate') as number | InvalidEntry | null,
        customFields: shape.props.customFields,
      };
    }
    case 'vsmInventory':
    case 'vsmSupermarket':
    case 'vsmFifoLane':
    case 'vsmSafetyStock':
      return {
        ...base,
        kind: 'inventory',
        variant: STOCK_VARIANTS[shape.type],
        quantity: read(stockFieldSpecs, 'quantity') as number | InvalidEntry | null,
        waitingTime: read(stockFieldSpecs, 'waitingTime') as Duration | InvalidEntry | null,
      };
    default:
      return null;
  }
}

/**
 * A VSM board as the value-stream input: its settings, its flow icons as elements (each with
 * `shapeId`), and as edges the material-flow arrows (push, pull, shipment, plain flow, or a plain
 * connector) glued to flow icons at both ends. Information arrows and loose connectors are left out.
 */
export function valueStreamOfBoard(board: Board, lang: EntryLanguage): ValueStream | null {
  if (board.vsm === undefined) return null;
  const elements = board.shapes.flatMap((shape) => {
    const element = flowElementOfShape(shape, lang);
    return element === null ? [] : [element];
  });
  const onFlow = new Set(elements.map((element) => element.id));
  const edges: FlowEdge[] = board.connectors.flatMap((connector) => {
    if (isInformationFlow(connector.flow)) return [];
    const { from, to } = connector;
    if (from.kind !== 'shape' || to.kind !== 'shape' || !onFlow.has(from.shapeId) || !onFlow.has(to.shapeId)) return [];
    return [{ id: connector.id, shapeId: connector.id, from: from.shapeId, to: to.shapeId }];
  });
  return ValueStream.parse({
    id: board.id,
    name: board.name,
    state: board.vsm.state,
    comparesWith: board.vsm.comparesWith,
    settings: board.vsm.settings,
    elements,
    edges,
  });
}
