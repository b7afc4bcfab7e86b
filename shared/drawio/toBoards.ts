import { BoardVsm } from '../vsm/boardSettings';
import { FlowKind } from '../shapes/vsm/flows';
import type { Board, Connector, ConnectorEnd, Shape, ShapeType } from '../model/board';
import type { Side } from '../shapes/geometry';
import { shapeModule } from '../shapes/registry';
import { parseStyle, type DrawioCell, type DrawioPage, type DrawioPoint } from './cells';
import type { ImportNote, ImportReport } from './report';
import { chooseShape, isGroup, isSwimlane, stickyColour } from './shapeMap';

/**
 * draw.io pages → Verkstad boards, one board per page, positions and sizes kept: process shapes
 * to Verkstad's shapes (shapeMap.ts), pools and their lanes to swimlanes, text to text, edges to
 * connectors glued to the shapes they join, labels as plain text. What has no counterpart becomes
 * a labelled box, and the report says so. Pure: main parses the file (readDrawio.ts) and the
 * renderer adds the boards as one undo step.
 */
export interface ImportedBoards {
  boards: Board[];
  report: ImportReport;
}

const LIMITS = { text: 5_000, name: 200, connectorLabel: 500, lanes: 50 };

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const finite = (n: number, fallback = 0) => (Number.isFinite(n) ? n : fallback);

/** Counts per kind of note, so the report stays short however large the page. */
class Notes {
  private readonly mapped = new Map<string, { from: string; to: string; count: number }>();
  private readonly boxes = new Map<string, number>();
  private readonly counts = { waypoints: 0, looseEnds: 0, mergedText: 0, groups: 0, lanesDropped: 0, shortened: 0 };

  map(from: string, to: string, exact: boolean): void {
    if (!exact) {
      this.boxes.set(from, (this.boxes.get(from) ?? 0) + 1);
      return;
    }
    const key = `${from}→${to}`;
    const entry = this.mapped.get(key) ?? { from, to, count: 0 };
    entry.count += 1;
    this.mapped.set(key, entry);
  }

  add(kind: keyof Notes['counts'], count = 1): void {
    this.counts[kind] += count;
  }

  list(): ImportNote[] {
    const out: ImportNote[] = [...this.mapped.values()].sort((a, b) => b.count - a.count).map((m) => ({ kind: 'mapped' as const, from: m.from.slice(0, 200), to: m.to, count: m.count }));
    for (const [from, count] of [...this.boxes].sort((a, b) => b[1] - a[1])) out.push({ kind: 'box', from: from.slice(0, 200), count });
    for (const kind of ['waypoints', 'looseEnds', 'mergedText', 'groups', 'lanesDropped', 'shortened'] as const) if (this.counts[kind] > 0) out.push({ kind, count: this.counts[kind] });
    return out.slice(0, 500);
  }
}

function clip(text: string, max: number, notes: Notes): string {
  if (text.length <= max) return text;
  notes.add('shortened');
  return text.slice(0, max);
}

/** The side of a shape a connection point (draw.io's exitX/exitY, 0–1 across the shape) is at, or its outline. */
function portOf(x: string | undefined, y: string | undefined): Side | 'outline' {
  const fx = Number(x);
  const fy = Number(y);
  if (x === undefined || y === undefined || !Number.isFinite(fx) || !Number.isFinite(fy)) return 'outline';
  if (fy === 0 && Math.abs(fx - 0.5) < 0.01) return 'top';
  if (fy === 1 && Math.abs(fx - 0.5) < 0.01) return 'bottom';
  if (fx === 0 && Math.abs(fy - 0.5) < 0.01) return 'left';
  if (fx === 1 && Math.abs(fy - 0.5) < 0.01) return 'right';
  return 'outline';
}

/** The side of a box a point outside it lies beyond (relative to the box's size); null for a point inside. */
export function sideFacing(box: Box, point: DrawioPoint): Side | null {
  if (!(box.w > 0 && box.h > 0)) return null;
  const dx = (point.x - (box.x + box.w / 2)) / box.w;
  const dy = (point.y - (box.y + box.h / 2)) / box.h;
  if (Math.abs(dx) <= 0.5 && Math.abs(dy) <= 0.5) return null;
  return Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
}

const ORTHOGONAL = new Set(['orthogonalEdgeStyle', 'elbowEdgeStyle', 'entityRelationEdgeStyle', 'segmentEdgeStyle', 'isometricEdgeStyle']);

class PageMapper {
  private readonly byId = new Map<string, DrawioCell>();
  private readonly styles = new Map<string, Map<string, string>>();
  private readonly origins = new Map<string, DrawioPoint>();
  /** draw.io cell id → the id of the Verkstad shape that stands for it (a lane → its pool). */
  private readonly shapeIds = new Map<string, string>();
  readonly notes = new Notes();
  lanes = 0;

  constructor(
    private readonly page: DrawioPage,
    private readonly newId: () => string,
  ) {
    for (const cell of page.cells) this.byId.set(cell.id, cell);
  }

  private style(cell: DrawioCell): Map<string, string> {
    let style = this.styles.get(cell.id);
    if (!style) this.styles.set(cell.id, (style = parseStyle(cell.style)));
    return style;
  }

  private isLayer(cell: DrawioCell | undefined): boolean {
    return cell === undefined || (!cell.vertex && !cell.edge);
  }

  /**
   * Where a cell's coordinates are measured from: the sum of its vertex ancestors' positions. Walks
   * the chain without recursion (groups can nest thousands deep) and stops at a cycle.
   */
  private originOf(cell: DrawioCell): DrawioPoint {
    const chain: DrawioCell[] = [];
    const seen = new Set<string>();
    let parent = cell.parent === null ? undefined : this.byId.get(cell.parent);
    let base: DrawioPoint = { x: 0, y: 0 };
    while (parent && !this.isLayer(parent) && !seen.has(parent.id)) {
      const known = this.origins.get(parent.id);
      if (known) {
        base = known;
        break;
      }
      seen.add(parent.id);
      chain.push(parent);
      parent = parent.parent === null ? undefined : this.byId.get(parent.parent);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const ancestor = chain[i]!;
      // An edge's child (its label) is measured along the edge, not from a corner: no offset.
      const g = ancestor.edge ? null : ancestor.geometry;
      base = { x: base.x + finite(g?.x ?? 0), y: base.y + finite(g?.y ?? 0) };
      this.origins.set(ancestor.id, base);
    }
    return base;
  }

  /** A point of an edge's geometry (relative to the edge's parent) on the page. */
  private absolute(edge: DrawioCell, point: DrawioPoint): DrawioPoint {
    const origin = this.originOf(edge);
    return { x: origin.x + finite(point.x), y: origin.y + finite(point.y) };
  }

  private boxOf(cell: DrawioCell, fallback: { w: number; h: number }): Box {
    const origin = this.originOf(cell);
    const g = cell.geometry;
    const w = finite(g?.width ?? 0);
    const h = finite(g?.height ?? 0);
    return { x: origin.x + finite(g?.x ?? 0), y: origin.y + finite(g?.y ?? 0), w: w > 0 ? w : fallback.w, h: h > 0 ? h : fallback.h };
  }

  private parentOf(cell: DrawioCell): DrawioCell | undefined {
    return cell.parent === null ? undefined : this.byId.get(cell.parent);
  }

  private isPool(cell: DrawioCell): boolean {
    return cell.vertex && isSwimlane(this.style(cell)) && !this.isLane(cell);
  }

  private isLane(cell: DrawioCell): boolean {
    const parent = this.parentOf(cell);
    if (!cell.vertex || !isSwimlane(this.style(cell)) || !parent || !parent.vertex || !isSwimlane(this.style(parent))) return false;
    const grand = this.parentOf(parent);
    return !(grand && grand.vertex && isSwimlane(this.style(grand)));
  }

  map(): Board {
    const cells = this.page.cells;
    // Text placed inside a plain shape (draw.io's VSM process has its name so) joins that shape's label.
    const merged = new Map<string, string[]>();
    const mergedInto = new Map<string, string>();
    const edgeLabels = new Map<string, string[]>();
    const skip = new Set<string>();
    for (const cell of cells) {
      if (!cell.vertex) continue;
      const parent = this.parentOf(cell);
      if (parent?.edge) {
        if (cell.label.trim()) edgeLabels.set(parent.id, [...(edgeLabels.get(parent.id) ?? []), cell.label.trim()]);
        skip.add(cell.id);
        continue;
      }
      const style = this.style(cell);
      if (parent && parent.vertex && (style.has('text') || style.get('shape') === 'text') && !isSwimlane(this.style(parent)) && !isGroup(this.style(parent))) {
        if (cell.label.trim()) merged.set(parent.id, [...(merged.get(parent.id) ?? []), cell.label.trim()]);
        mergedInto.set(cell.id, parent.id);
        skip.add(cell.id);
        this.notes.add('mergedText');
      }
    }

    const shapes: Shape[] = [];
    let vsm = false;
    for (const cell of cells) {
      if (!cell.vertex || skip.has(cell.id)) continue;
      const style = this.style(cell);
      if (isGroup(style)) {
        this.notes.add('groups');
        continue;
      }
      if (this.isLane(cell)) continue;
      if (this.isPool(cell)) {
        shapes.push(this.pool(cell));
        continue;
      }
      const label = [...(merged.get(cell.id) ?? []), cell.label.trim()].filter((t) => t.length > 0).join('\n');
      const choice = chooseShape(style, label);
      if (choice.type.startsWith('vsm')) vsm = true;
      this.notes.map(choice.from, choice.type, choice.exact);
      shapes.push(this.shape(cell, choice.type, label, style));
    }
    // A connector glued to merged text is glued to the shape the text went into.
    for (const [textId, parentId] of mergedInto) {
      const shapeId = this.shapeIds.get(parentId);
      if (shapeId) this.shapeIds.set(textId, shapeId);
    }

    const connectors: Connector[] = [];
    for (const cell of cells) if (cell.edge) connectors.push(this.connector(cell, edgeLabels.get(cell.id) ?? [], vsm));

    const name = clip(this.page.name.trim(), LIMITS.name, this.notes);
    // Checked against the file schema where it lands: the IPC contract's answer (the app) or the saved file (the command line).
    return { id: this.newId(), name, shapes, connectors, ...(vsm ? { vsm: BoardVsm.parse({}) } : {}) };
  }

  private shape(cell: DrawioCell, type: ShapeType, label: string, style: Map<string, string>): Shape {
    const module = shapeModule(type);
    const box = this.boxOf(cell, module.defaultSize);
    const id = this.newId();
    this.shapeIds.set(cell.id, id);
    let props = module.defaultProps() as Record<string, unknown>;
    if (type === 'sticky') props = { color: stickyColour(style.get('fillColor')) };
    if (type === 'text') {
      const size = Number(style.get('fontSize') ?? 12);
      const align = style.get('align');
      props = { fontSize: Math.min(144, Math.max(8, Number.isFinite(size) ? size : 12)), align: align === 'left' || align === 'right' ? align : 'center' };
    }
    return { id, type, x: box.x, y: box.y, w: box.w, h: box.h, text: clip(label, LIMITS.text, this.notes), locked: false, props } as Shape;
  }

  private pool(cell: DrawioCell): Shape {
    const style = this.style(cell);
    // draw.io's horizontal=0 writes the pool's title up its left side, with the lanes stacked under each other.
    const orientation = style.get('horizontal') === '0' ? 'horizontal' : 'vertical';
    const box = this.boxOf(cell, shapeModule('swimlane').defaultSize);
    const id = this.newId();
    this.shapeIds.set(cell.id, id);
    const laneCells = this.page.cells.filter((c) => c.parent === cell.id && this.isLane(c));
    const along = (c: DrawioCell) => finite(orientation === 'horizontal' ? (c.geometry?.y ?? 0) : (c.geometry?.x ?? 0));
    const extentOf = (c: DrawioCell) => finite(orientation === 'horizontal' ? (c.geometry?.height ?? 0) : (c.geometry?.width ?? 0));
    laneCells.sort((a, b) => along(a) - along(b));
    for (const lane of laneCells) this.shapeIds.set(lane.id, id);
    if (laneCells.length > LIMITS.lanes) this.notes.add('lanesDropped', laneCells.length - LIMITS.lanes);
    const kept = laneCells.slice(0, LIMITS.lanes);
    const total = orientation === 'horizontal' ? box.h : box.w;
    const sizes = kept.map((lane) => Math.max(1, extentOf(lane)));
    const sum = sizes.reduce((a, b) => a + b, 0);
    // The lanes fill the pool across, as in draw.io; rounding is given to the last lane.
    const lanes =
      kept.length === 0
        ? [{ id: this.newId(), name: '', size: total }]
        : kept.map((lane, i) => ({ id: this.newId(), name: clip(lane.label.trim(), LIMITS.name, this.notes), size: (sizes[i]! * total) / sum }));
    this.lanes += lanes.length;
    this.notes.map('swimlane', 'swimlane', true);
    return { id, type: 'swimlane', x: box.x, y: box.y, w: box.w, h: box.h, text: clip(cell.label.trim(), LIMITS.text, this.notes), locked: false, props: { orientation, lanes } } as Shape;
  }

  private end(cell: DrawioCell, which: 'source' | 'target', style: Map<string, string>): { end: ConnectorEnd; loose: boolean } {
    const ref = which === 'source' ? cell.source : cell.target;
    const shapeId = ref === null ? undefined : this.shapeIds.get(ref);
    if (shapeId) {
      const port = which === 'source' ? portOf(style.get('exitX'), style.get('exitY')) : portOf(style.get('entryX'), style.get('entryY'));
      // Verkstad has no bend points: the nearest one decides the side the line leaves or enters by
      // (unless the diagram fixed that side), so the route keeps the bend's direction.
      const points = cell.geometry?.points ?? [];
      const bend = which === 'source' ? points[0] : points[points.length - 1];
      const target = ref === null ? undefined : this.byId.get(ref);
      const facing = port === 'outline' && bend && target?.geometry ? sideFacing(this.boxOf(target, { w: 0, h: 0 }), this.absolute(cell, bend)) : null;
      return { end: { kind: 'shape', shapeId, port: facing ?? port }, loose: false };
    }
    const origin = this.originOf(cell);
    const point = which === 'source' ? cell.geometry?.sourcePoint : cell.geometry?.targetPoint;
    if (point) return { end: { kind: 'point', x: origin.x + finite(point.x), y: origin.y + finite(point.y) }, loose: ref !== null };
    // Attached to something that did not come in (a group, another edge): where that thing was.
    const other = ref === null ? undefined : this.byId.get(ref);
    const at = other?.geometry ? this.boxOf(other, { w: 0, h: 0 }) : { ...origin, w: 0, h: 0 };
    return { end: { kind: 'point', x: at.x + at.w / 2, y: at.y + at.h / 2 }, loose: true };
  }

  private connector(cell: DrawioCell, childLabels: string[], vsm: boolean): Connector {
    const style = this.style(cell);
    const source = this.end(cell, 'source', style);
    const target = this.end(cell, 'target', style);
    this.notes.add('looseEnds', Number(source.loose) + Number(target.loose));
    if ((cell.geometry?.points.length ?? 0) > 0) this.notes.add('waypoints');
    const endArrow = style.get('endArrow') ?? 'classic';
    const startArrow = style.get('startArrow') ?? 'none';
    const atEnd = endArrow !== 'none' && endArrow !== '';
    const atStart = startArrow !== 'none' && startArrow !== '';
    // An arrow only at the start is an arrow the other way round.
    const [from, to] = atStart && !atEnd ? [target.end, source.end] : [source.end, target.end];
    const label = [cell.label.trim(), ...childLabels].filter((t) => t.length > 0).join(' ');
    const shape = style.get('shape');
    const own = FlowKind.safeParse(style.get('verkstadFlow'));
    const flow = own.success
      ? own.data
      : !vsm
      ? undefined
      : shape === 'mxgraph.lean_mapping.electronic_info_flow_edge'
        ? 'electronicInfo'
        : shape === 'mxgraph.lean_mapping.manual_info_flow_edge'
          ? 'manualInfo'
          : shape === 'flexArrow'
            ? 'shipment'
            : undefined;
    return {
      id: this.newId(),
      from,
      to,
      routing: ORTHOGONAL.has(style.get('edgeStyle') ?? '') ? 'orthogonal' : 'straight',
      arrows: atStart && atEnd ? 'both' : atStart || atEnd ? 'end' : 'none',
      label: clip(label, LIMITS.connectorLabel, this.notes),
      ...(flow ? { flow } : {}),
    };
  }
}

/** `fallbackName` names a page that has none (a bare mxGraphModel, draw.io's templates): the file's name. */
export function drawioToBoards(pages: readonly DrawioPage[], fallbackName = '', newId: () => string = () => globalThis.crypto.randomUUID()): ImportedBoards {
  const boards: Board[] = [];
  const report: ImportReport = { pages: [] };
  for (const [i, page] of pages.entries()) {
    const named = page.name.trim() ? page : { ...page, name: pages.length > 1 ? `${fallbackName} ${i + 1}`.trim() : fallbackName };
    const mapper = new PageMapper(named, newId);
    const board = mapper.map();
    boards.push(board);
    report.pages.push({ name: board.name, shapes: board.shapes.length, connectors: board.connectors.length, lanes: mapper.lanes, notes: mapper.notes.list() });
  }
  return { boards, report };
}
