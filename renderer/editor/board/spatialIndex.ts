import RBush from 'rbush';
import type { Board, Connector, Shape } from '../../../shared/model/board';
import { pathCrosses } from '../../../shared/shapes/avoid';
import { routeConnectorIn } from '../../../shared/shapes/connectors';
import { contains, distanceToSegment, encloses, type Point, type Rect } from '../../../shared/shapes/geometry';
import { shapeModule } from '../../../shared/shapes/registry';

const NONE: ReadonlySet<string> = new Set();

/** Pools and lanes: connectors run inside them, so routes do not go round them. */
const containerTypes = new Map<string, boolean>();
function isContainer(s: Shape): boolean {
  let container = containerTypes.get(s.type);
  if (container === undefined) containerTypes.set(s.type, (container = Boolean(shapeModule(s.type).container)));
  return container;
}

const shapeEntry = (s: Shape, order: number): Entry => ({ minX: s.x, minY: s.y, maxX: s.x + s.w, maxY: s.y + s.h, id: s.id, order, kind: 'shape' });

/** Which shapes a connector is glued to: when that changes, the glue map must be rebuilt. */
const endKey = (c: Connector) => `${c.from.kind === 'shape' ? c.from.shapeId : ''}>${c.to.kind === 'shape' ? c.to.shapeId : ''}`;

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  id: string;
  /** Position in drawing order, so hits and culled drawing keep the z-order. */
  order: number;
  kind: 'shape' | 'connector';
}

/** The area whose shapes an orthogonal route was routed around. */
interface RegionEntry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  id: string;
}

export interface RoutedConnector {
  connector: Connector;
  route: Point[];
}

/**
 * An R-tree over a board's shapes and connector routes. The canvas asks it what is in view (so it
 * draws only that) and what is under the pointer; both stay fast at tens of thousands of shapes.
 * Built once for a board; when shapes only move or change (a drag, a nudge, a resize, typing), the
 * next version of the board updates it in place (`updatedTo`): the changed shapes and the
 * connectors glued to them, the clear orthogonal routes a moved shape now crosses, and the routes
 * whose routing region (the shapes they go round) a moved shape left or entered; never the whole tree.
 */
export class BoardIndex {
  private readonly tree = new RBush<Entry>();
  private readonly entries = new Map<string, Entry>();
  readonly shapes = new Map<string, Shape>();
  readonly routes = new Map<string, RoutedConnector>();
  readonly order = new Map<string, number>();
  /** The areas orthogonal routes went round shapes in, so a moved shape re-routes the routes it could change. */
  private readonly regions = new RBush<RegionEntry>();
  private readonly regionEntries = new Map<string, RegionEntry>();
  /**
   * Orthogonal routes that nothing is in the way of: only a shape moving onto one can change it
   * (most routes of a tidy map; a long one may span a whole row of shapes without touching any).
   */
  private readonly clear = new Set<string>();
  /**
   * The shapes a route goes round: all but pools and lanes, as they stand in the tree. Every
   * orthogonal route asks this at least once, so it is a plain loop (a `flatMap` with an array
   * per hit cost a third of building the index of a 10,000-shape map).
   */
  readonly obstacles: (area: Rect) => Shape[] = (r) => {
    const found = this.tree.search({ minX: r.x, minY: r.y, maxX: r.x + r.w, maxY: r.y + r.h });
    const out: Shape[] = [];
    for (const e of found) {
      if (e.kind !== 'shape') continue;
      const shape = this.shapes.get(e.id)!;
      if (!isContainer(shape)) out.push(shape);
    }
    return out;
  };
  /** The connectors glued to each shape, so a moved shape re-routes only its own. */
  private readonly glued = new Map<string, Set<string>>();
  /**
   * Routes a move made out of date without being glued to what moved (a long connector a shape
   * was moved onto, or whose detour area it entered), by drawing order: kept as they were until
   * `routePending` re-routes them in the page's idle time, so a move costs its own connectors only.
   */
  private readonly pending = new Map<string, number>();
  /** Bumped on every change, for caches of pictures of the board. */
  version = 0;

  constructor(public board: Board) {
    const shapes: Entry[] = new Array<Entry>(board.shapes.length);
    for (let i = 0; i < board.shapes.length; i++) {
      const s = board.shapes[i]!;
      this.shapes.set(s.id, s);
      this.order.set(s.id, i);
      shapes[i] = this.remember(shapeEntry(s, i));
    }
    // Shapes first: orthogonal routes ask the tree which shapes to go round.
    this.tree.load(shapes);
    const lookup = (id: string) => this.shapes.get(id);
    const connectors: Entry[] = [];
    const regions: RegionEntry[] = [];
    for (let i = 0; i < board.connectors.length; i++) {
      const c = board.connectors[i]!;
      this.glue(c);
      const entry = this.routeEntry(c, board.shapes.length + i, lookup, regions);
      if (entry) connectors.push(entry);
    }
    this.tree.load(connectors);
    this.regions.load(regions);
  }

  private remember(e: Entry): Entry {
    this.entries.set(e.id, e);
    return e;
  }

  private glue(c: Connector): void {
    if (c.from.kind === 'shape') this.glueEnd(c.from.shapeId, c.id);
    if (c.to.kind === 'shape') this.glueEnd(c.to.shapeId, c.id);
  }

  private glueEnd(shapeId: string, connectorId: string): void {
    let set = this.glued.get(shapeId);
    if (!set) this.glued.set(shapeId, (set = new Set()));
    set.add(connectorId);
  }

  /** Routes a connector and records its entry; `bulk` collects new regions to load at once (building). */
  private routeEntry(c: Connector, order: number, lookup: (id: string) => Shape | undefined, bulk?: RegionEntry[]): Entry | null {
    this.order.set(c.id, order);
    const routed = routeConnectorIn(c, lookup, this.obstacles);
    const oldRegion = this.regionEntries.get(c.id);
    if (oldRegion) {
      this.regions.remove(oldRegion);
      this.regionEntries.delete(c.id);
    }
    if (!routed) {
      this.routes.delete(c.id);
      this.clear.delete(c.id);
      return null;
    }
    const { route, region } = routed;
    if (routed.clear) this.clear.add(c.id);
    else this.clear.delete(c.id);
    if (region) {
      const entry: RegionEntry = { minX: region.x, minY: region.y, maxX: region.x + region.w, maxY: region.y + region.h, id: c.id };
      if (bulk) bulk.push(entry);
      else this.regions.insert(entry);
      this.regionEntries.set(c.id, entry);
    }
    this.routes.set(c.id, { connector: c, route });
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const p of route) {
      if (p.x < minX) minX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.x > maxX) maxX = p.x;
      if (p.y > maxY) maxY = p.y;
    }
    return this.remember({ minX: minX - 12, minY: minY - 12, maxX: maxX + 12, maxY: maxY + 12, id: c.id, order, kind: 'connector' });
  }

  /** The connectors glued to a shape. */
  connectorsOf(shapeId: string): ReadonlySet<string> {
    return this.glued.get(shapeId) ?? NONE;
  }

  /**
   * This index brought to a newer version of the same board. When the shapes and connectors are
   * the same ones in the same order, only records that changed are replaced (and the connectors
   * glued to changed shapes re-routed); anything else (added, removed, reordered) builds anew.
   */
  updatedTo(board: Board): BoardIndex {
    if (board === this.board) return this;
    const old = this.board;
    if (board.id !== old.id || board.shapes.length !== old.shapes.length || board.connectors.length !== old.connectors.length) return new BoardIndex(board);
    const changedShapes: Shape[] = [];
    for (let i = 0; i < board.shapes.length; i++) {
      const s = board.shapes[i]!;
      if (s === old.shapes[i]) continue;
      if (s.id !== old.shapes[i]!.id) return new BoardIndex(board);
      changedShapes.push(s);
    }
    const changedConnectors = new Map<string, number>();
    for (let i = 0; i < board.connectors.length; i++) {
      const c = board.connectors[i]!;
      const before = old.connectors[i]!;
      if (c === before) continue;
      if (c.id !== before.id || endKey(c) !== endKey(before)) return new BoardIndex(board);
      changedConnectors.set(c.id, board.shapes.length + i);
    }
    // Routes the change may have put out of date without touching their ends: re-routed later.
    const affected = new Map<string, number>();
    for (const s of changedShapes) {
      const entry = this.entries.get(s.id);
      if (entry) this.tree.remove(entry);
      this.shapes.set(s.id, s);
      const next = this.remember(shapeEntry(s, this.order.get(s.id)!));
      this.tree.insert(next);
      for (const id of this.connectorsOf(s.id)) if (!changedConnectors.has(id)) changedConnectors.set(id, this.order.get(id)!);
      // A shape that moved or changed size may now be in the way of other routes, or out of it:
      // a clear route only if the shape now crosses it, a route that goes round shapes if the
      // shape left or entered the area it went round them in.
      if (!isContainer(s)) {
        for (const e of this.tree.search(next)) {
          if (e.kind !== 'connector' || !this.clear.has(e.id)) continue;
          if (pathCrosses(this.routes.get(e.id)!.route, [s])) affected.set(e.id, e.order);
        }
      }
      const moved = !entry || entry.minX !== next.minX || entry.minY !== next.minY || entry.maxX !== next.maxX || entry.maxY !== next.maxY;
      if (!moved) continue;
      for (const box of entry ? [entry, next] : [next]) {
        for (const r of this.regions.search(box)) affected.set(r.id, this.order.get(r.id)!);
      }
    }
    for (const [id, order] of affected) if (!changedConnectors.has(id)) this.pending.set(id, order);
    this.board = board;
    for (const [id, order] of changedConnectors) this.reroute(id, order);
    this.version++;
    return this;
  }

  private reroute(id: string, order: number): void {
    this.pending.delete(id);
    const entry = this.entries.get(id);
    if (entry) {
      this.tree.remove(entry);
      this.entries.delete(id);
    }
    // A connector's drawing order is its place in the array after the shapes.
    const next = this.routeEntry(this.board.connectors[order - this.board.shapes.length]!, order, (shapeId) => this.shapes.get(shapeId));
    if (next) this.tree.insert(next);
  }

  /** Some routes wait to be re-routed (`routePending`). */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /**
   * Re-routes waiting routes while `timeLeft()` says there is time (at least one), in drawing
   * order. Returns whether any were re-routed (the picture of the board changed).
   */
  routePending(timeLeft: () => number = () => Infinity): boolean {
    if (this.pending.size === 0) return false;
    do {
      const [id, order] = this.pending.entries().next().value!;
      this.reroute(id, order);
    } while (this.pending.size > 0 && timeLeft() > 1);
    this.version++;
    return true;
  }

  private search(r: Rect): Entry[] {
    return this.tree.search({ minX: r.x, minY: r.y, maxX: r.x + r.w, maxY: r.y + r.h }).sort((a, b) => a.order - b.order);
  }

  /** Shapes and routed connectors touching a rectangle, in drawing order: what to draw for a view. */
  inView(view: Rect): { shapes: Shape[]; connectors: RoutedConnector[] } {
    const shapes: Shape[] = [];
    const connectors: RoutedConnector[] = [];
    for (const e of this.search(view)) {
      if (e.kind === 'shape') shapes.push(this.shapes.get(e.id)!);
      else connectors.push(this.routes.get(e.id)!);
    }
    return { shapes, connectors };
  }

  /** The topmost shape or connector under a point; `tolerance` in board units for thin lines. */
  hitTest(point: Point, tolerance = 6): { kind: 'shape' | 'connector'; id: string } | null {
    const hits = this.search({ x: point.x - tolerance, y: point.y - tolerance, w: 2 * tolerance, h: 2 * tolerance });
    for (let i = hits.length - 1; i >= 0; i--) {
      const e = hits[i]!;
      if (e.kind === 'connector') {
        const route = this.routes.get(e.id)!.route;
        for (let k = 1; k < route.length; k++) if (distanceToSegment(point, route[k - 1]!, route[k]!) <= tolerance) return { kind: 'connector', id: e.id };
        continue;
      }
      const shape = this.shapes.get(e.id)!;
      const module = shapeModule(shape.type);
      if (module.hitTest ? module.hitTest(shape, point) : contains(shape, point)) return { kind: 'shape', id: e.id };
    }
    return null;
  }

  /** The topmost shape whose box holds the point, pools included (for dropping and gluing). */
  shapeAt(point: Point, except: ReadonlySet<string> = new Set()): Shape | null {
    const hits = this.search({ x: point.x, y: point.y, w: 0, h: 0 });
    for (let i = hits.length - 1; i >= 0; i--) {
      const e = hits[i]!;
      if (e.kind !== 'shape' || except.has(e.id)) continue;
      const shape = this.shapes.get(e.id)!;
      if (isContainer(shape)) continue;
      return shape;
    }
    return null;
  }

  /** What a marquee selects: shapes and connectors lying wholly inside it. */
  enclosedBy(marquee: Rect): string[] {
    return this.search(marquee)
      .filter((e) => {
        if (e.kind === 'shape') return encloses(marquee, this.shapes.get(e.id)!);
        return this.routes.get(e.id)!.route.every((p) => contains(marquee, p));
      })
      .map((e) => e.id);
  }

  /** Shapes near a rectangle, for smart guides (only neighbours in view matter). */
  near(r: Rect, except: ReadonlySet<string>): Shape[] {
    return this.inView(r).shapes.filter((s) => !except.has(s.id));
  }
}
