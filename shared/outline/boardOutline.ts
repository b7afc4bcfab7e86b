import { catalogues } from '../i18n';
import type { Board, Connector, Shape } from '../model/board';
import type { Language } from '../model/language';
import { centreOf } from '../shapes/geometry';
import { isPool, laneMembership } from '../shapes/lanes';
import { shapeModule } from '../shapes/registry';
import { laneRects } from '../shapes/swimlane';
import { specsOf } from '../shapes/vsm/fields';
import { dataBoxEntries } from '../shapes/vsm/draw';
import type { CustomLine } from '../shapes/vsm/values';

/**
 * A board as a reader goes through it, without the picture: its swimlanes and lanes with the
 * shapes in each (in reading order along the lane), the shapes outside lanes (row by row), each
 * with its kind, text and data-box values, and the connections between them by name
 * ("Svarvning → Fräsning"). The app's board outline lists this for a screen reader and the PDF
 * describes each board figure from it, so both say the same.
 */
export interface OutlineField {
  /** The data-box field (`cycleTime`, …) or `custom:<index>`. */
  field: string;
  name: string;
  value: string;
  /** What was typed cannot be read as a value (shown with "!" on the map). */
  invalid: boolean;
}

export interface OutlineShape {
  id: string;
  type: string;
  /** The kind of shape in the reader's language ("Activity", "Inventory"). */
  kind: string;
  /** The label on one line, as typed (empty when it has none). */
  text: string;
  fields: OutlineField[];
  laneId: string | null;
}

export interface OutlineLane {
  id: string;
  name: string;
  shapes: OutlineShape[];
}

export interface OutlinePool {
  id: string;
  name: string;
  orientation: 'horizontal' | 'vertical';
  lanes: OutlineLane[];
}

export interface OutlineEnd {
  /** The shape it is glued to; null for a loose end. */
  shapeId: string | null;
  name: string;
}

export interface OutlineConnection {
  id: string;
  from: OutlineEnd;
  to: OutlineEnd;
  label: string;
  /** On a value-stream map: the kind of arrow. */
  flow: Connector['flow'];
  /** The kind of arrow in the reader's language, when it has one. */
  flowName: string | null;
}

export interface BoardOutline {
  boardId: string;
  name: string;
  pools: OutlinePool[];
  /** Shapes not in any lane, row by row. */
  others: OutlineShape[];
  /** Every shape but the pools, in the order the outline reads them (lanes first, then the others). */
  shapes: OutlineShape[];
  /** In the order of the shapes they leave from. */
  connections: OutlineConnection[];
}

/** One line: the label's line breaks become spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The catalogue text at a dotted key (a shape module's `labelKey`). */
function lookup(lang: Language, key: string): string {
  let node: unknown = catalogues[lang];
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : key;
}

export function shapeKind(shape: Pick<Shape, 'type'>, lang: Language): string {
  return lookup(lang, shapeModule(shape.type).labelKey);
}

/** The name a shape goes by in a sentence: its text, else its kind. */
export function shapeName(shape: Pick<Shape, 'type' | 'text'>, lang: Language): string {
  return oneLine(shape.text) || shapeKind(shape, lang);
}

function fieldsOf(shape: Shape, lang: Language): OutlineField[] {
  const specs = specsOf(shape.type);
  if (!specs) return [];
  const props = shape.props as Record<string, unknown>;
  const custom = Array.isArray(props.customFields) ? (props.customFields as CustomLine[]) : [];
  return dataBoxEntries(specs, props, custom, lang, catalogues[lang].vsm.fieldNames).map((entry) => ({ field: entry.field, name: entry.name, value: entry.value, invalid: entry.bad }));
}

/** Rows from top to bottom, each left to right: a shape starts a new row when its centre is below the row's first shape. */
function readingOrder<T extends { x: number; y: number; w: number; h: number }>(shapes: readonly T[]): T[] {
  const byTop = [...shapes].sort((a, b) => centreOf(a).y - centreOf(b).y || a.x - b.x);
  const rows: T[][] = [];
  for (const shape of byTop) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && centreOf(shape).y <= first.y + first.h) row.push(shape);
    else rows.push([shape]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

export function boardOutline(board: Board, lang: Language): BoardOutline {
  const membership = laneMembership(board);
  const outline = (shape: Shape): OutlineShape => ({ id: shape.id, type: shape.type, kind: shapeKind(shape, lang), text: oneLine(shape.text), fields: fieldsOf(shape, lang), laneId: membership.get(shape.id)?.laneId ?? null });
  const members = board.shapes.filter((shape) => !isPool(shape));
  const pools: OutlinePool[] = readingOrder(board.shapes.filter(isPool)).map((pool) => ({
    id: pool.id,
    name: oneLine(pool.text),
    orientation: pool.props.orientation,
    lanes: laneRects(pool).map(({ lane }) => {
      const inLane = members.filter((shape) => membership.get(shape.id)?.laneId === lane.id);
      // Along the lane: left to right in a horizontal pool, top to bottom in a vertical one.
      const along = pool.props.orientation === 'horizontal' ? (s: Shape) => centreOf(s).x : (s: Shape) => centreOf(s).y;
      return { id: lane.id, name: oneLine(lane.name), shapes: inLane.sort((a, b) => along(a) - along(b)).map(outline) };
    }),
  }));
  const others = readingOrder(members.filter((shape) => !membership.has(shape.id))).map(outline);
  const shapes = [...pools.flatMap((pool) => pool.lanes.flatMap((lane) => lane.shapes)), ...others];
  const position = new Map(shapes.map((shape, i) => [shape.id, i]));
  const byId = new Map(board.shapes.map((shape) => [shape.id, shape]));
  const vsmFlows = catalogues[lang].vsm.flows;
  const endOf = (end: Connector['from']): OutlineEnd => {
    const shape = end.kind === 'shape' ? byId.get(end.shapeId) : undefined;
    return shape ? { shapeId: shape.id, name: shapeName(shape, lang) } : { shapeId: null, name: catalogues[lang].access.describe.looseEnd };
  };
  const rank = (c: Connector) => (c.from.kind === 'shape' ? (position.get(c.from.shapeId) ?? Infinity) : Infinity);
  const connections = board.connectors
    .map((connector, i) => ({ connector, i }))
    .sort((a, b) => rank(a.connector) - rank(b.connector) || a.i - b.i)
    .map(({ connector }) => ({
      id: connector.id,
      from: endOf(connector.from),
      to: endOf(connector.to),
      label: oneLine(connector.label),
      flow: connector.flow,
      flowName: connector.flow ? vsmFlows[connector.flow] : null,
    }));
  return { boardId: board.id, name: oneLine(board.name), pools, others, shapes, connections };
}
