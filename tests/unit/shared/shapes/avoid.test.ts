import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connector, Shape } from '../../../../shared/model/board';
import { pathCrosses, segmentCrosses } from '../../../../shared/shapes/avoid';
import { lookupOf, obstaclesOf, routeConnector } from '../../../../shared/shapes/connectors';

const box = (id: string, x: number, y: number, w = 100, h = 60): Shape => ({ id, type: 'activity', x, y, w, h, text: '', locked: false, props: {} });
const glued = (shapeId: string, port: 'top' | 'right' | 'bottom' | 'left') => ({ kind: 'shape' as const, shapeId, port });
const conn = (id: string, from: string, to: string, over: Partial<Connector> = {}): Connector => ({ id, from: glued(from, 'right'), to: glued(to, 'left'), routing: 'orthogonal', arrows: 'end', label: '', ...over });
const orthogonal = (route: readonly { x: number; y: number }[]) => route.every((p, i) => i === 0 || p.x === route[i - 1]!.x || p.y === route[i - 1]!.y);

describe('orthogonal connectors go round shapes', () => {
  it('a step between two glued steps is gone round, not crossed; without shapes asked the line is the old straight one', () => {
    const a = box('a', 0, 0);
    const x = box('x', 200, -20, 100, 100);
    const b = box('b', 400, 0);
    const shapes = [a, x, b];
    const c = conn('c', 'a', 'b');
    const plain = routeConnector(c, lookupOf({ shapes }))!;
    expect(pathCrosses(plain, [x])).toBe(true);
    const route = routeConnector(c, lookupOf({ shapes }), obstaclesOf(shapes))!;
    expect(pathCrosses(route, shapes)).toBe(false);
    expect(orthogonal(route)).toBe(true);
    expect(route[0]).toEqual({ x: 100, y: 30 });
    expect(route[route.length - 1]).toEqual({ x: 400, y: 30 });
    // Round the top or the bottom, with the fewest bends: out, over (or under), back, in.
    expect(route.length).toBeLessThanOrEqual(6);
  });

  it('a free straight line stays the simple route, and pools do not count as obstacles', () => {
    const a = box('a', 0, 0);
    const b = box('b', 400, 0);
    const pool: Shape = { id: 'p', type: 'swimlane', x: -50, y: -50, w: 700, h: 300, text: 'Pool', locked: false, props: { orientation: 'horizontal', lanes: [{ id: 'l', name: 'Lane', size: 300 }] } } as Shape;
    const shapes = [pool, a, b];
    expect(routeConnector(conn('c', 'a', 'b'), lookupOf({ shapes }), obstaclesOf(shapes))).toEqual([
      { x: 100, y: 30 },
      { x: 400, y: 30 },
    ]);
  });

  it('never crosses a shape where a way round exists (random separated shapes between the ends)', () => {
    const cell = fc.record({ x: fc.integer({ min: 0, max: 7 }), y: fc.integer({ min: 0, max: 5 }), w: fc.integer({ min: 20, max: 110 }), h: fc.integer({ min: 20, max: 110 }) });
    fc.assert(
      fc.property(fc.uniqueArray(cell, { minLength: 1, maxLength: 14, selector: (c) => `${c.x},${c.y}` }), fc.integer({ min: -200, max: 500 }), fc.constantFrom('right', 'bottom', 'top', 'left'), fc.constantFrom('left', 'top', 'right', 'bottom'), (cells, dy, fromPort, toPort) => {
        // Shapes on a 150-unit lattice (each within its cell, so they never touch), between the two ends.
        const a = box('a', -300, 200);
        const b = box('b', 1500, 200 + dy);
        const obstacles = cells.map((c, i) => box(`o${i}`, 150 + c.x * 150, -100 + c.y * 150, c.w, c.h));
        const shapes = [a, ...obstacles, b];
        const route = routeConnector(conn('c', 'a', 'b', { from: glued('a', fromPort), to: glued('b', toPort) }), lookupOf({ shapes }), obstaclesOf(shapes))!;
        expect(orthogonal(route)).toBe(true);
        expect(pathCrosses(route, obstacles)).toBe(false);
        for (let i = 2; i < route.length - 1; i++) for (const end of [a, b]) expect(segmentCrosses(route[i - 1]!, route[i]!, end)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
