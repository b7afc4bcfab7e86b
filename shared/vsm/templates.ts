import { vsm } from '../i18n/areas/vsm';
import type { Board, Connector, Shape } from '../model/board';
import type { Language } from '../model/language';
import { shapeModule } from '../shapes/registry';
import type { FlowKind } from '../shapes/vsm/flows';
import { BoardVsm } from './boardSettings';
import { fill } from './format';
import type { MapKind } from './model';

export type VsmTemplate = { kind: MapKind; state: 'current' | 'future' };

/** The four templates the "add board" menu offers, in its order. */
export const vsmTemplates: readonly (VsmTemplate & { labelKey: string })[] = [
  { kind: 'manufacturing', state: 'current', labelKey: 'vsm.templates.manufacturingCurrent' },
  { kind: 'manufacturing', state: 'future', labelKey: 'vsm.templates.manufacturingFuture' },
  { kind: 'service', state: 'current', labelKey: 'vsm.templates.serviceCurrent' },
  { kind: 'service', state: 'future', labelKey: 'vsm.templates.serviceFuture' },
];

/** How many steps each template lays out: a typical first map, quick to fill in or extend. */
export const TEMPLATE_STEPS: Record<MapKind, number> = { manufacturing: 4, service: 3 };

type Options = VsmTemplate & { lang: Language; newId: () => string; comparesWith?: string | null };

/**
 * A new value-stream board laid out the way maps are drawn on the wall: supplier left and customer
 * right at the top, production control between them, the steps in a row below with a stock (or,
 * on a service map, a wait) before, between and after them, joined by flow arrows so the metrics
 * and the timeline work as soon as the data boxes are filled in. Every value starts empty.
 */
export function vsmTemplateBoard(options: Options): Board {
  const { kind, state, lang, newId } = options;
  const strings = vsm[lang].templates;
  const shapes: Shape[] = [];
  const connectors: Connector[] = [];
  const add = (type: string, x: number, y: number, text: string): Shape => {
    const m = shapeModule(type);
    const shape = { id: newId(), type, x, y, ...m.defaultSize, text, locked: false, props: m.defaultProps() } as Shape;
    shapes.push(shape);
    return shape;
  };
  type Port = 'outline' | 'top' | 'bottom' | 'left' | 'right';
  const link = (from: Shape, to: Shape, flow: FlowKind, routing: Connector['routing'] = 'straight', ports: [Port, Port] = ['outline', 'outline']) => {
    connectors.push({ id: newId(), from: { kind: 'shape', shapeId: from.id, port: ports[0] }, to: { kind: 'shape', shapeId: to.id, port: ports[1] }, routing, arrows: 'end', label: '', flow });
  };

  const service = kind === 'service';
  const stepType = service ? 'vsmServiceStep' : 'vsmProcess';
  const stepSize = shapeModule(stepType).defaultSize;
  const stockSize = shapeModule('vsmInventory').defaultSize;
  const rowY = 300;
  const stepY = rowY;
  const stockY = rowY + (service ? 0 : 20);
  let x = 40;
  const stocks: Shape[] = [];
  const steps: Shape[] = [];
  const count = TEMPLATE_STEPS[kind];
  for (let i = 0; i <= count; i++) {
    // A service map has no stock in front of the first step or after the last: work arrives and leaves.
    if (!service || (i > 0 && i < count)) {
      stocks.push(add('vsmInventory', x, stockY, ''));
      x += stockSize.w + 40;
    } else stocks.push(undefined as never);
    if (i < count) {
      steps.push(add(stepType, x, stepY, fill(strings.step, { n: String(i + 1) })));
      x += stepSize.w + 40;
    }
  }
  const right = x - 40;
  const supplier = add('vsmSupplier', 40, 40, service ? strings.intake : strings.supplier);
  const customer = add('vsmCustomer', right - shapeModule('vsmCustomer').defaultSize.w, 40, service ? strings.done : strings.customer);
  const controlSize = shapeModule('vsmProductionControl').defaultSize;
  const control = add('vsmProductionControl', (40 + right) / 2 - controlSize.w / 2, 55, service ? strings.planning : strings.control);

  const materialArrow: FlowKind = service ? 'material' : 'push';
  // The flow: supplier → (stock) → step → stock → … → step → (stock) → customer.
  const first = stocks[0] ?? steps[0]!;
  link(supplier, first, service ? 'material' : 'shipment', 'orthogonal');
  if (stocks[0]) link(stocks[0], steps[0]!, materialArrow);
  for (let i = 0; i < count; i++) {
    const next = stocks[i + 1] ?? steps[i + 1];
    if (next) link(steps[i]!, next, materialArrow);
    if (stocks[i + 1] && steps[i + 1]) link(stocks[i + 1]!, steps[i + 1]!, materialArrow);
  }
  link(stocks[count] ?? steps[count - 1]!, customer, service ? 'material' : 'shipment', 'orthogonal');
  // Information: orders come in from the customer, go out to the supplier and down to the first step.
  link(customer, control, 'electronicInfo');
  link(control, supplier, 'electronicInfo');
  link(control, steps[0]!, 'manualInfo', 'orthogonal', ['bottom', 'top']);

  const vsmRecord = BoardVsm.parse({ state, comparesWith: options.comparesWith ?? null, settings: { kind } });
  const name = fill(strings.boardName, { kind: strings.kindShort[kind], state: vsm[lang].states[state] });
  return { id: newId(), name, shapes, connectors, vsm: vsmRecord };
}
