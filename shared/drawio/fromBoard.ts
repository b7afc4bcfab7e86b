import { XMLBuilder } from 'fast-xml-parser';
import type { Board, ConnectorEnd, Shape, ShapeType } from '../model/board';
import { centreOf, contains } from '../shapes/geometry';
import { laneRects, type SwimlaneProps } from '../shapes/swimlane';

/**
 * Boards → a .drawio file draw.io opens as it is: one page per board, each shape as the draw.io
 * shape of the same meaning (its Flowchart and Value Stream Mapping libraries), pools and lanes
 * as draw.io swimlanes with the shapes inside their lane, connectors as edges glued to the same
 * shapes (and sides), labels kept line by line. Written uncompressed, so it is readable and diffs
 * well; the XML is written by fast-xml-parser's builder, which escapes every value.
 */
const BASE = 'whiteSpace=wrap;html=1;';

const STYLES: Partial<Record<ShapeType, string>> = {
  startEnd: `shape=mxgraph.flowchart.terminator;${BASE}fillColor=#dcf3e4;`,
  activity: `rounded=1;${BASE}fillColor=#e3f0ff;`,
  decision: `rhombus;${BASE}fillColor=#fff1cc;`,
  document: `shape=document;boundedLbl=1;${BASE}`,
  data: `shape=parallelogram;perimeter=parallelogramPerimeter;fixedSize=1;${BASE}fillColor=#ecebff;`,
  subProcess: `shape=process;backgroundOutline=1;${BASE}fillColor=#e3f0ff;`,
  wait: `shape=delay;${BASE}fillColor=#fde4e4;`,
  vsmSupplier: `shape=mxgraph.lean_mapping.outside_sources;${BASE}`,
  vsmCustomer: `shape=mxgraph.lean_mapping.outside_sources;${BASE}`,
  vsmProcess: `shape=mxgraph.lean_mapping.manufacturing_process;${BASE}`,
  vsmSharedProcess: `shape=mxgraph.lean_mapping.manufacturing_process_shared;${BASE}`,
  vsmInventory: `shape=mxgraph.lean_mapping.inventory_box;verticalLabelPosition=bottom;verticalAlign=top;${BASE}`,
  vsmSupermarket: `shape=mxgraph.lean_mapping.supermarket;${BASE}`,
  vsmFifoLane: `shape=mxgraph.lean_mapping.fifo_lane;${BASE}`,
  vsmSafetyStock: `shape=mxgraph.lean_mapping.buffer_or_safety_stock;${BASE}`,
  vsmShipment: `shape=mxgraph.lean_mapping.truck_shipment;${BASE}`,
  vsmOperator: `shape=mxgraph.lean_mapping.operator;verticalLabelPosition=bottom;verticalAlign=top;${BASE}`,
  vsmProductionControl: `shape=mxgraph.lean_mapping.schedule;${BASE}`,
  vsmProductionKanban: `shape=mxgraph.lean_mapping.production_kanban;${BASE}`,
  vsmWithdrawalKanban: `shape=mxgraph.lean_mapping.withdrawal_kanban;${BASE}`,
  vsmSignalKanban: `shape=mxgraph.lean_mapping.signal_kanban;${BASE}`,
  vsmKanbanPost: `shape=mxgraph.lean_mapping.kanban_post;${BASE}`,
  vsmHeijunka: `shape=mxgraph.lean_mapping.load_leveling;${BASE}`,
  vsmGoSee: `shape=mxgraph.lean_mapping.go_see_production_scheduling;${BASE}`,
  vsmKaizenBurst: `shape=mxgraph.lean_mapping.kaizen_lightening_burst;${BASE}`,
  vsmQualityProblem: `shape=mxgraph.lean_mapping.quality_problem;${BASE}`,
};

/** draw.io's own note colours for Verkstad's sticky colours. */
const STICKY_FILLS: Record<string, string> = { yellow: '#fff2cc', pink: '#f8cecc', blue: '#dae8fc', green: '#d5e8d4', orange: '#ffe6cc', purple: '#e1d5e7' };

/**
 * The Verkstad type rides along as a style key of its own (draw.io keeps keys it does not know), so
 * a board exported and imported again comes back as the same shapes, also where two Verkstad shapes
 * share one draw.io shape (supplier and customer, a service step).
 */
function styleOf(shape: Shape): string {
  return `${drawioStyle(shape)}verkstad=${shape.type};`;
}

function drawioStyle(shape: Shape): string {
  if (shape.type === 'sticky') return `shape=note;size=12;${BASE}fillColor=${STICKY_FILLS[shape.props.color] ?? '#fff2cc'};`;
  if (shape.type === 'text') return `text;html=1;whiteSpace=wrap;align=${shape.props.align};verticalAlign=top;fontSize=${shape.props.fontSize};`;
  return STYLES[shape.type] ?? `rounded=0;${BASE}`;
}

/** A label as draw.io's HTML labels hold it: escaped, lines as <br>. */
function htmlLabel(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

const SIDE_POINT = { top: [0.5, 0], right: [1, 0.5], bottom: [0.5, 1], left: [0, 0.5] } as const;

type Attributes = Record<string, string | number>;
type XmlElement = Record<string, unknown>;

const r = (n: number) => Math.round(n * 100) / 100;

function cell(attributes: Attributes, geometry: XmlElement): XmlElement {
  return { ...prefixed(attributes), mxGeometry: geometry };
}

function prefixed(attributes: Attributes): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@${k}`, String(v)]));
}

function boardModel(board: Board): XmlElement {
  const cells: XmlElement[] = [{ '@id': '0' }, { '@id': '1', '@parent': '0' }];
  // Each shape goes inside the lane its centre is in, as draw.io keeps lane members, at lane-relative coordinates.
  const pools = board.shapes.filter((s): s is Extract<Shape, { type: 'swimlane' }> => s.type === 'swimlane');
  const laneOf = new Map<string, { id: string; x: number; y: number }>();
  for (const pool of pools) {
    cells.push(cell({ id: pool.id, value: htmlLabel(pool.text), style: `swimlane;horizontal=${pool.props.orientation === 'horizontal' ? 0 : 1};startSize=36;html=1;whiteSpace=wrap;fillColor=#e4e9f0;`, vertex: 1, parent: '1' }, { '@x': r(pool.x), '@y': r(pool.y), '@width': r(pool.w), '@height': r(pool.h), '@as': 'geometry' }));
    const props = pool.props as SwimlaneProps;
    for (const { lane, rect } of laneRects({ ...pool, props })) {
      // draw.io lanes span the pool across, after its title band.
      const geometry = props.orientation === 'horizontal' ? { x: 36, y: rect.y - pool.y, w: pool.w - 36, h: rect.h } : { x: rect.x - pool.x, y: 36, w: rect.w, h: pool.h - 36 };
      cells.push(cell({ id: lane.id, value: htmlLabel(lane.name), style: `swimlane;horizontal=${props.orientation === 'horizontal' ? 0 : 1};startSize=32;html=1;whiteSpace=wrap;`, vertex: 1, parent: pool.id }, { '@x': r(geometry.x), '@y': r(geometry.y), '@width': r(geometry.w), '@height': r(geometry.h), '@as': 'geometry' }));
      for (const shape of board.shapes) {
        if (shape.type === 'swimlane' || laneOf.has(shape.id)) continue;
        if (contains(rect, centreOf(shape))) laneOf.set(shape.id, { id: lane.id, x: pool.x + geometry.x, y: pool.y + geometry.y });
      }
    }
  }
  for (const shape of board.shapes) {
    if (shape.type === 'swimlane') continue;
    const lane = laneOf.get(shape.id);
    cells.push(
      cell(
        { id: shape.id, value: htmlLabel(shape.text), style: styleOf(shape), vertex: 1, parent: lane?.id ?? '1' },
        { '@x': r(shape.x - (lane?.x ?? 0)), '@y': r(shape.y - (lane?.y ?? 0)), '@width': r(shape.w), '@height': r(shape.h), '@as': 'geometry' },
      ),
    );
  }
  for (const connector of board.connectors) {
    const style = [
      connector.routing === 'orthogonal' ? 'edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;' : '',
      'html=1;',
      connector.arrows === 'none' ? 'endArrow=none;' : 'endArrow=classic;',
      connector.arrows === 'both' ? 'startArrow=classic;' : '',
      connector.flow === 'manualInfo' ? 'shape=mxgraph.lean_mapping.manual_info_flow_edge;' : '',
      connector.flow === 'electronicInfo' ? 'shape=mxgraph.lean_mapping.electronic_info_flow_edge;' : '',
      connector.flow === 'shipment' ? 'shape=flexArrow;' : '',
      connector.flow === 'push' ? 'dashed=1;dashPattern=12 6;' : '',
      connector.flow ? `verkstadFlow=${connector.flow};` : '',
      ...endStyle(connector.from, 'exit'),
      ...endStyle(connector.to, 'entry'),
    ].join('');
    const points: XmlElement[] = [];
    if (connector.from.kind === 'point') points.push({ '@x': r(connector.from.x), '@y': r(connector.from.y), '@as': 'sourcePoint' });
    if (connector.to.kind === 'point') points.push({ '@x': r(connector.to.x), '@y': r(connector.to.y), '@as': 'targetPoint' });
    cells.push(
      cell(
        {
          id: connector.id,
          value: htmlLabel(connector.label),
          style,
          edge: 1,
          parent: '1',
          ...(connector.from.kind === 'shape' ? { source: connector.from.shapeId } : {}),
          ...(connector.to.kind === 'shape' ? { target: connector.to.shapeId } : {}),
        },
        { '@relative': '1', '@as': 'geometry', ...(points.length > 0 ? { mxPoint: points } : {}) },
      ),
    );
  }
  return { '@grid': '1', '@gridSize': '10', '@page': '0', root: { mxCell: cells } };
}

function endStyle(end: ConnectorEnd, prefix: 'exit' | 'entry'): string[] {
  if (end.kind !== 'shape' || end.port === 'outline') return [];
  const [x, y] = SIDE_POINT[end.port];
  return [`${prefix}X=${x};${prefix}Y=${y};${prefix}Dx=0;${prefix}Dy=0;`];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, processEntities: true });

export function boardsToDrawio(boards: readonly Board[], modified = new Date()): string {
  const file = {
    mxfile: {
      '@host': 'Verkstad',
      '@modified': modified.toISOString(),
      '@type': 'device',
      diagram: boards.map((board, i) => ({ '@id': `page-${i + 1}`, '@name': board.name || `Page ${i + 1}`, mxGraphModel: boardModel(board) })),
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(file) as string}`;
}
