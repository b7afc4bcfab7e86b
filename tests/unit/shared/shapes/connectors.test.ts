import { describe, expect, it } from 'vitest';
import type { Connector, Shape } from '../../../../shared/model/board';
import { lookupOf, orthogonalRoute, routeConnector, midpointOf, drawConnector } from '../../../../shared/shapes/connectors';
import { defaultTheme } from '../../../../shared/shapes/primitives';

const box = (id: string, x: number, y: number): Shape => ({ id, type: 'activity', x, y, w: 100, h: 60, text: '', locked: false, props: {} });
const a = box('a', 0, 0);
const b = box('b', 300, 200);
const lookup = lookupOf({ shapes: [a, b] });
const glued = (shapeId: string, port: 'top' | 'right' | 'bottom' | 'left' | 'outline') => ({ kind: 'shape' as const, shapeId, port });
const conn = (over: Partial<Connector>): Connector => ({ id: 'c', from: glued('a', 'right'), to: glued('b', 'left'), routing: 'orthogonal', arrows: 'end', label: '', ...over });

describe('connector routing', () => {
  it('starts and ends at the glued ports', () => {
    const route = routeConnector(conn({}), lookup)!;
    expect(route[0]).toEqual({ x: 100, y: 30 });
    expect(route[route.length - 1]).toEqual({ x: 300, y: 230 });
  });

  it('routes orthogonally: every segment is horizontal or vertical', () => {
    for (const [from, to] of [
      ['right', 'left'],
      ['bottom', 'top'],
      ['right', 'top'],
      ['bottom', 'left'],
      ['left', 'right'],
    ] as const) {
      const route = routeConnector(conn({ from: glued('a', from), to: glued('b', to) }), lookup)!;
      for (let i = 1; i < route.length; i++) expect(route[i]!.x === route[i - 1]!.x || route[i]!.y === route[i - 1]!.y).toBe(true);
    }
  });

  it('leaves a port in the direction it faces', () => {
    const route = routeConnector(conn({ from: glued('a', 'bottom'), to: glued('b', 'top') }), lookup)!;
    expect(route[1]!.x).toBe(route[0]!.x);
    expect(route[1]!.y).toBeGreaterThan(route[0]!.y);
  });

  it('a straight connector is one segment', () => {
    expect(routeConnector(conn({ routing: 'straight' }), lookup)).toHaveLength(2);
  });

  it('an outline end sits on the outline facing the other end', () => {
    const route = routeConnector(conn({ routing: 'straight', from: glued('a', 'outline'), to: { kind: 'point', x: 50, y: 500 } }), lookup)!;
    expect(route[0]).toEqual({ x: 50, y: 60 });
  });

  it('a connector to a shape that is gone has no route', () => {
    expect(routeConnector(conn({ to: glued('zzz', 'left') }), lookup)).toBeNull();
  });

  it('a loose end arrives from the side facing where the line comes from', () => {
    const route = orthogonalRoute({ point: { x: 0, y: 0 }, side: 'right' }, { point: { x: 200, y: 100 }, side: null });
    expect(route[route.length - 1]).toEqual({ x: 200, y: 100 });
  });

  it('puts the label at the middle of the route and draws the arrowhead', () => {
    expect(midpointOf([{ x: 0, y: 0 }, { x: 100, y: 0 }])).toEqual({ x: 50, y: 0 });
    const c = conn({ routing: 'straight', label: 'Ja', arrows: 'both' });
    const prims = drawConnector(c, routeConnector(c, lookup)!, defaultTheme);
    expect(prims.filter((p) => p.kind === 'polyline' && p.closed)).toHaveLength(2);
    expect(prims.some((p) => p.kind === 'text' && p.lines[0] === 'Ja')).toBe(true);
  });
});
