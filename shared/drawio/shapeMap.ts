import type { ShapeType } from '../model/board';
import type { StickyColour } from '../shapes/primitives';
import { shapeModules } from '../shapes/registry';

const VERKSTAD_TYPES = new Set<string>(shapeModules.map((m) => m.type).filter((type) => type !== 'swimlane'));

/**
 * Which Verkstad shape a draw.io vertex becomes, read from its style. The draw.io names come from
 * its General, Flowchart and Value Stream Mapping libraries (`shape=mxgraph.flowchart.*`,
 * `shape=mxgraph.lean_mapping.*`) and the bare style words (`rhombus`, `ellipse`, `text`).
 * `exact` false: the closest Verkstad shape, listed in the import report as approximated.
 */
export interface ShapeChoice {
  type: ShapeType;
  /** The draw.io name, for the import report. */
  from: string;
  exact: boolean;
}

const FLOWCHART: Record<string, ShapeType> = {
  terminator: 'startEnd',
  start_1: 'startEnd',
  start_2: 'startEnd',
  on_page_reference: 'startEnd',
  decision: 'decision',
  process: 'activity',
  document: 'document',
  multi_document: 'document',
  data: 'data',
  manual_input: 'data',
  predefined_process: 'subProcess',
  delay: 'wait',
  annotation_1: 'text',
  annotation_2: 'text',
};

const GENERAL: Record<string, ShapeType> = {
  rhombus: 'decision',
  ellipse: 'startEnd',
  document: 'document',
  parallelogram: 'data',
  process: 'subProcess',
  delay: 'wait',
  note: 'sticky',
  text: 'text',
  label: 'activity',
  rectangle: 'activity',
};

const LEAN: Record<string, ShapeType> = {
  manufacturing_process: 'vsmProcess',
  manufacturing_process_shared: 'vsmSharedProcess',
  inventory_box: 'vsmInventory',
  supermarket: 'vsmSupermarket',
  fifo_lane: 'vsmFifoLane',
  fifo_sequence_flow: 'vsmFifoLane',
  buffer_or_safety_stock: 'vsmSafetyStock',
  truck_shipment: 'vsmShipment',
  operator: 'vsmOperator',
  schedule: 'vsmProductionControl',
  production_kanban: 'vsmProductionKanban',
  withdrawal_kanban: 'vsmWithdrawalKanban',
  signal_kanban: 'vsmSignalKanban',
  kanban_post: 'vsmKanbanPost',
  load_leveling: 'vsmHeijunka',
  go_see_production_scheduling: 'vsmGoSee',
  kaizen_lightening_burst: 'vsmKaizenBurst',
  quality_problem: 'vsmQualityProblem',
};

const CUSTOMER = /(kund|customer|client|brukar|bruker)/i;

/** True for a style that makes a lane or pool container (draw.io's `swimlane`). */
export function isSwimlane(style: Map<string, string>): boolean {
  return style.has('swimlane') || style.get('shape') === 'swimlane';
}

/** A group: an invisible container that only holds other cells. */
export function isGroup(style: Map<string, string>): boolean {
  return style.has('group');
}

export function chooseShape(style: Map<string, string>, label: string): ShapeChoice {
  // Written by Verkstad's own export: the shape it was.
  const own = style.get('verkstad');
  if (own && VERKSTAD_TYPES.has(own)) return { type: own as ShapeType, from: style.get('shape') ?? own, exact: true };
  const shape = style.get('shape');
  if (shape?.startsWith('mxgraph.lean_mapping.')) {
    const name = shape.slice('mxgraph.lean_mapping.'.length);
    if (name === 'outside_sources') return { type: CUSTOMER.test(label) ? 'vsmCustomer' : 'vsmSupplier', from: shape, exact: true };
    const type = LEAN[name];
    return type ? { type, from: shape, exact: true } : { type: 'activity', from: shape, exact: false };
  }
  if (shape?.startsWith('mxgraph.flowchart.')) {
    const type = FLOWCHART[shape.slice('mxgraph.flowchart.'.length)];
    return type ? { type, from: shape, exact: true } : { type: 'activity', from: shape, exact: false };
  }
  if (shape !== undefined) {
    const type = GENERAL[shape];
    return type ? { type, from: shape, exact: true } : { type: 'activity', from: shape, exact: false };
  }
  for (const word of ['text', 'rhombus', 'ellipse']) if (style.has(word)) return { type: GENERAL[word]!, from: word, exact: true };
  const unknown = UNKNOWN_WORDS.find((word) => style.has(word));
  if (unknown) return { type: 'activity', from: unknown, exact: false };
  // No shape named: draw.io's rectangle, with rounded corners or not (a process step).
  return { type: 'activity', from: style.get('rounded') === '1' ? 'rounded rectangle' : 'rectangle', exact: true };
}

/** draw.io's bare style words that name a shape Verkstad does not have. */
const UNKNOWN_WORDS = ['triangle', 'hexagon', 'cloud', 'image', 'line', 'doubleEllipse', 'arrow'];

/** draw.io's light fills for notes, and the sticky colour each means. */
const STICKY_FILLS: [StickyColour, [number, number, number]][] = [
  ['yellow', [0xff, 0xf2, 0xcc]],
  ['pink', [0xf8, 0xce, 0xcc]],
  ['blue', [0xda, 0xe8, 0xfc]],
  ['green', [0xd5, 0xe8, 0xd4]],
  ['orange', [0xff, 0xe6, 0xcc]],
  ['purple', [0xe1, 0xd5, 0xe7]],
];

/** The sticky colour nearest a draw.io fill colour (#rrggbb); yellow when there is none. */
export function stickyColour(fill: string | undefined): StickyColour {
  const match = /^#?([0-9a-f]{6})$/i.exec(fill ?? '');
  if (!match) return 'yellow';
  const n = Number.parseInt(match[1]!, 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let best: StickyColour = 'yellow';
  let bestDistance = Infinity;
  for (const [colour, ref] of STICKY_FILLS) {
    const d = ref.reduce((sum, v, i) => sum + (v - rgb[i]!) ** 2, 0);
    if (d < bestDistance) [best, bestDistance] = [colour, d];
  }
  return best;
}
