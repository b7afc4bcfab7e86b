import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Connector, Shape } from '../../../../../shared/model/board';
import { pathCrosses } from '../../../../../shared/shapes/avoid';
import { BoardIndex } from '../../../../../renderer/editor/board/spatialIndex';

const box = (id: string, x: number, y: number, w = 100, h = 60): Shape => ({ id, type: 'activity', x, y, w, h, text: '', locked: false, props: {} });
const glued = (shapeId: string, port: 'top' | 'right' | 'bottom' | 'left') => ({ kind: 'shape' as const, shapeId, port });
const conn = (id: string, from: string, to: string, over: Partial<Connector> = {}): Connector => ({ id, from: glued(from, 'right'), to: glued(to, 'left'), routing: 'orthogonal', arrows: 'end', label: '', ...over });

describe('a move re-routes only what it can change', () => {
  const board = (shapes: Shape[], connectors: Connector[]): Board => ({ id: 'b', name: 'B', shapes, connectors }) as unknown as Board;

  it('moving a shape into a connector it is not glued to re-routes that connector round it, and moving it away straightens it again', () => {
    const a = box('a', 0, 0);
    const b = box('b', 400, 0);
    const x = box('x', 200, 300, 100, 100);
    const c = conn('c', 'a', 'b');
    let doc = board([a, b, x], [c]);
    const index = new BoardIndex(doc);
    expect(index.routes.get('c')!.route).toHaveLength(2);
    doc = { ...doc, shapes: [a, b, { ...x, y: -20 }] };
    index.updatedTo(doc);
    // Not glued to what moved: re-routed in the next idle moment, after the move is drawn.
    expect(index.routes.get('c')!.route).toHaveLength(2);
    expect(index.hasPending).toBe(true);
    expect(index.routePending()).toBe(true);
    expect(index.hasPending).toBe(false);
    expect(pathCrosses(index.routes.get('c')!.route, doc.shapes)).toBe(false);
    expect(index.routes.get('c')!.route.length).toBeGreaterThan(2);
    doc = { ...doc, shapes: [a, b, { ...x, y: 500 }] };
    index.updatedTo(doc);
    index.routePending();
    expect(index.routes.get('c')!.route).toHaveLength(2);
  });

  it('after any sequence of moves the index holds the same routes as one built afresh', () => {
    const start = [box('a', 0, 0), box('b', 600, 100), box('c', 300, 400), box('d', 300, -50), box('e', 900, 300)];
    const connectors = [conn('ab', 'a', 'b'), conn('ac', 'a', 'c', { from: glued('a', 'bottom'), to: glued('c', 'top') }), conn('be', 'b', 'e'), conn('de', 'd', 'e', { to: glued('e', 'top') })];
    const move = fc.record({ shape: fc.integer({ min: 0, max: start.length - 1 }), x: fc.integer({ min: -100, max: 1000 }), y: fc.integer({ min: -200, max: 600 }) });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 8 }), (moves) => {
        let doc = board(start, connectors);
        const index = new BoardIndex(doc);
        for (const m of moves) {
          doc = { ...doc, shapes: doc.shapes.map((s, i) => (i === m.shape ? { ...s, x: m.x, y: m.y } : s)) };
          index.updatedTo(doc);
          // Idle moments come between some moves and not others.
          if (m.x % 2 === 0) index.routePending(() => 0);
        }
        index.routePending();
        const fresh = new BoardIndex(doc);
        for (const c of connectors) expect(index.routes.get(c.id)?.route).toEqual(fresh.routes.get(c.id)?.route);
      }),
      { numRuns: 60 },
    );
  });

  it('a shape moving within the area of a long clear route, without crossing it, leaves that route alone', () => {
    // A row of shapes and a connector from the row's last shape to the next row's first: its
    // route runs the length of the row in the gap below it, clear of every shape, so moving a
    // shape in the row (not onto the route) cannot change it and must not re-route it.
    const row = Array.from({ length: 12 }, (_, i) => box(`r${i}`, i * 240, 0, 160, 100));
    const next = box('n', 0, 180, 160, 100);
    const wrap = conn('wrap', 'r11', 'n', { from: glued('r11', 'bottom'), to: glued('n', 'top') });
    const chain = row.slice(1).map((s, i) => conn(`c${i}`, `r${i}`, s.id));
    let doc = board([...row, next], [...chain, wrap]);
    const index = new BoardIndex(doc);
    const before = index.routes.get('wrap');
    expect(pathCrosses(before!.route, doc.shapes)).toBe(false);
    const unrelated = index.routes.get('c8');
    doc = { ...doc, shapes: doc.shapes.map((s) => (s.id === 'r5' ? { ...s, x: s.x + 10, y: s.y - 10 } : s)) };
    index.updatedTo(doc);
    expect(index.hasPending).toBe(false);
    expect(index.routes.get('wrap')).toBe(before);
    expect(index.routes.get('c8')).toBe(unrelated);
    // Moved onto the route, the shape does make it go round.
    doc = { ...doc, shapes: doc.shapes.map((s) => (s.id === 'r5' ? { ...s, y: 100 } : s)) };
    index.updatedTo(doc);
    // The moved shape's own connectors at once; the long route it was moved onto when idle.
    expect(index.routes.get('c4')!.route).toEqual(new BoardIndex(doc).routes.get('c4')!.route);
    expect(index.routes.get('wrap')).toBe(before);
    const version = index.version;
    index.routePending(() => 0);
    expect(index.version).toBeGreaterThan(version);
    expect(index.routes.get('wrap')).not.toBe(before);
    expect(pathCrosses(index.routes.get('wrap')!.route, doc.shapes)).toBe(false);
    expect(index.routes.get('wrap')!.route).toEqual(new BoardIndex(doc).routes.get('wrap')!.route);
  });
});
