import { z } from 'zod';
import type { Point } from '../geometry';
import type { Primitive, Theme } from '../primitives';

/**
 * The arrows of a value-stream map are connectors with a kind, so they stay glued to the shapes
 * they join. Material flows (push, pull, shipment, plain flow) make the main flow the arithmetic
 * follows; information flows (manual, electronic) never count as flow.
 */
export const FlowKind = z.enum(['material', 'push', 'pull', 'shipment', 'manualInfo', 'electronicInfo']);
export type FlowKind = z.infer<typeof FlowKind>;

export const isInformationFlow = (kind: FlowKind | undefined): boolean => kind === 'manualInfo' || kind === 'electronicInfo';

const flat = (points: Point[]) => points.flatMap((p) => [p.x, p.y]);

function head(tip: Point, from: Point, size: number, spread: number, fill: string | null, stroke: string, width = 1): Primitive {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  return {
    kind: 'polyline',
    closed: true,
    points: [tip.x, tip.y, tip.x - size * Math.cos(angle - spread), tip.y - size * Math.sin(angle - spread), tip.x - size * Math.cos(angle + spread), tip.y - size * Math.sin(angle + spread)],
    fill,
    stroke,
    strokeWidth: width,
  };
}

/** The route shortened at its end, so a broad arrow's body stops where its head begins. */
function trimEnd(route: Point[], by: number): Point[] {
  const out = route.map((p) => ({ ...p }));
  const n = out.length;
  const a = out[n - 2]!;
  const b = out[n - 1]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len <= by) return out;
  out[n - 1] = { x: b.x - ((b.x - a.x) * by) / len, y: b.y - ((b.y - a.y) * by) / len };
  return out;
}

/** The lightning bolt of an electronic information flow, in the middle of the longest leg. */
function lightning(route: Point[]): Point[] {
  let best = 1;
  for (let i = 1; i < route.length; i++) {
    const len = (k: number) => Math.hypot(route[k]!.x - route[k - 1]!.x, route[k]!.y - route[k - 1]!.y);
    if (len(i) > len(best)) best = i;
  }
  const a = route[best - 1]!;
  const b = route[best]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const along = (t: number, off: number) => ({ x: a.x + ux * len * t - uy * off, y: a.y + uy * len * t + ux * off });
  const zig = Math.min(14, len * 0.12);
  return [...route.slice(0, best), along(0.42, 0), along(0.52, -zig), along(0.48, zig), along(0.58, 0), ...route.slice(best)];
}

export function drawFlow(kind: FlowKind, route: Point[], theme: Theme): Primitive[] {
  const n = route.length;
  if (n < 2) return [];
  const tip = route[n - 1]!;
  const before = route[n - 2]!;
  switch (kind) {
    case 'push': {
      // The push arrow: a broad striped band.
      const body = trimEnd(route, 16);
      return [
        { kind: 'polyline', closed: false, points: flat(body), stroke: theme.line, strokeWidth: 12 },
        { kind: 'polyline', closed: false, points: flat(body), stroke: theme.paper, strokeWidth: 8, dash: [7, 7] },
        head(tip, before, 22, 0.6, theme.line, theme.line),
      ];
    }
    case 'shipment': {
      // The shipment arrow: a broad hollow band.
      const body = trimEnd(route, 18);
      return [
        { kind: 'polyline', closed: false, points: flat(body), stroke: theme.line, strokeWidth: 12 },
        { kind: 'polyline', closed: false, points: flat(body), stroke: theme.paper, strokeWidth: 8 },
        head(tip, before, 24, 0.6, theme.paper, theme.line, 2),
      ];
    }
    case 'pull': {
      // Withdrawal: the curved pull arrow, drawn as a circling arc where the line starts.
      const start = route[0]!;
      const r = 12;
      return [
        { kind: 'polyline', closed: false, points: flat(route), stroke: theme.line, strokeWidth: 2 },
        { kind: 'path', d: `M ${start.x + r} ${start.y - r * 1.6} A ${r} ${r} 0 1 0 ${start.x + r * 1.9} ${start.y - r * 0.2}`, fill: null, stroke: theme.line, strokeWidth: 2.5 },
        head(tip, before, 12, 0.45, theme.line, theme.line),
      ];
    }
    case 'manualInfo':
      return [{ kind: 'polyline', closed: false, points: flat(route), stroke: theme.line, strokeWidth: 1.25 }, head(tip, before, 10, 0.4, theme.line, theme.line)];
    case 'electronicInfo': {
      const bolt = lightning(route);
      return [{ kind: 'polyline', closed: false, points: flat(bolt), stroke: theme.line, strokeWidth: 1.5 }, head(tip, bolt[bolt.length - 2]!, 10, 0.4, theme.line, theme.line)];
    }
    case 'material':
      return [{ kind: 'polyline', closed: false, points: flat(route), stroke: theme.line, strokeWidth: 2 }, head(tip, before, 12, 0.45, theme.line, theme.line)];
  }
}
