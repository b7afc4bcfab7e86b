import RBush from 'rbush';
import type { Board, Connector, Shape } from '../../../shared/model/board';
import { lookupOf, routeConnector } from '../../../shared/shapes/connectors';
import { contains, distanceToSegment, encloses, type Point, type Rect } from '../../../shared/shapes/geometry';
import { shapeModule } from '../../../shared/shapes/registry';

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

export interface RoutedConnector {
  connector: Connector;
  route: Point[];
}

/**
 * An R-tree over a board's shapes and connector routes. The canvas asks it what is in view (so it
 * draws only that) and what is under the pointer; both stay fast at tens of thousands of shapes.
 * Built once per board version (boards are immutable, so a changed board is a new index).
 */
export class BoardIndex {
  private readonly tree = new RBush<Entry>();
  readonly shapes = new Map<string, Shape>();
  readonly routes = new Map<string, RoutedConnector>();
  readonly order = new Map<string, number>();

  constructor(readonly board: Board) {
    const entries: Entry[] = [];
    board.shapes.forEach((s, i) => {
      this.shapes.set(s.id, s);
      this.order.set(s.id, i);
      entries.push({ minX: s.x, minY: s.y, maxX: s.x + s.w, maxY: s.y + s.h, id: s.id, order: i, kind: 'shape' });
    });
    const lookup = lookupOf(board);
    board.connectors.forEach((c, i) => {
      const route = routeConnector(c, lookup);
      if (!route) return;
      this.routes.set(c.id, { connector: c, route });
      const order = board.shapes.length + i;
      this.order.set(c.id, order);
      const xs = route.map((p) => p.x);
      const ys = route.map((p) => p.y);
      entries.push({ minX: Math.min(...xs) - 12, minY: Math.min(...ys) - 12, maxX: Math.max(...xs) + 12, maxY: Math.max(...ys) + 12, id: c.id, order, kind: 'connector' });
    });
    this.tree.load(entries);
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
      if (shapeModule(shape.type).container) continue;
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
