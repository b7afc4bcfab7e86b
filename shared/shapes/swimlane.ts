import { z } from 'zod';
import { Id } from '../model/ids';
import { contains, type Rect } from './geometry';
import { label } from './label';
import type { Primitive } from './primitives';
import { defineShape, shapeRecord, ShapeLength, sidePorts, type ShapeOf } from './types';

/**
 * A swimlane pool: a title band and lanes side by side (vertical) or stacked (horizontal). The
 * lanes' sizes add up to the pool's size across them; a shape whose centre lies in a lane belongs
 * to it (computed, never stored), so moving or resizing the pool and lanes carries the shapes.
 */
export const Lane = z.object({ id: Id, name: z.string().max(200), size: ShapeLength });
export type Lane = z.infer<typeof Lane>;

export const swimlaneProps = z.object({
  orientation: z.enum(['horizontal', 'vertical']),
  lanes: z.array(Lane).min(1).max(50),
});
export type SwimlaneProps = z.infer<typeof swimlaneProps>;

/** The title band of the pool and the name band of each lane, in board units. */
export const POOL_BAND = 36;
export const LANE_BAND = 32;
export const MIN_LANE = 60;

type Pool = ShapeOf<SwimlaneProps>;

/** Each lane's whole area (its name band included), in order. */
export function laneRects(pool: Pool): { lane: Lane; rect: Rect }[] {
  const out: { lane: Lane; rect: Rect }[] = [];
  let offset = 0;
  for (const lane of pool.props.lanes) {
    out.push({
      lane,
      rect:
        pool.props.orientation === 'horizontal'
          ? { x: pool.x + POOL_BAND, y: pool.y + offset, w: pool.w - POOL_BAND, h: lane.size }
          : { x: pool.x + offset, y: pool.y + POOL_BAND, w: lane.size, h: pool.h - POOL_BAND },
    });
    offset += lane.size;
  }
  return out;
}

/** The lane's name band, where its label is drawn and edited. */
export function laneBand(pool: Pool, rect: Rect): Rect {
  return pool.props.orientation === 'horizontal' ? { ...rect, w: LANE_BAND } : { ...rect, h: LANE_BAND };
}

export function poolBand(pool: Pool): Rect {
  return pool.props.orientation === 'horizontal' ? { x: pool.x, y: pool.y, w: POOL_BAND, h: pool.h } : { x: pool.x, y: pool.y, w: pool.w, h: POOL_BAND };
}

export const swimlaneSchema = shapeRecord('swimlane', swimlaneProps);
export const swimlane = defineShape<SwimlaneProps>({
  type: 'swimlane',
  labelKey: 'canvas.shapes.swimlane',
  schema: swimlaneSchema,
  defaultProps: () => ({
    orientation: 'horizontal',
    lanes: [0, 1, 2].map(() => ({ id: globalThis.crypto.randomUUID(), name: '', size: 160 })),
  }),
  defaultSize: { w: 900, h: 480 },
  minSize: { w: 200, h: 120 },
  container: true,
  textBox: poolBand,
  ports: sidePorts,
  // The pool answers on its bands; its lane bodies let clicks through to the board (marquee, placing).
  hitTest: (s, p) => contains(poolBand(s), p) || laneRects(s).some(({ rect }) => contains(laneBand(s, rect), p)),
  draw: (s, t) => {
    const vertical = s.props.orientation === 'horizontal';
    const out: Primitive[] = [{ kind: 'rect', x: s.x, y: s.y, w: s.w, h: s.h, fill: t.laneFill, stroke: t.line, strokeWidth: 1.5 }];
    const band = poolBand(s);
    out.push({ kind: 'rect', ...band, fill: t.laneHeaderFill, stroke: t.line, strokeWidth: 1.5 });
    out.push(...label(s.text, band, t.ink, { language: t.textLanguage, bold: true, fontSize: 15, vertical }));
    laneRects(s).forEach(({ lane, rect }, index) => {
      const name = laneBand(s, rect);
      out.push({ kind: 'rect', ...name, fill: index % 2 === 0 ? '#eef2f7' : '#f4f6fa', stroke: t.line, strokeWidth: 1 });
      if (index > 0) {
        const divider =
          s.props.orientation === 'horizontal' ? [rect.x, rect.y, rect.x + rect.w, rect.y] : [rect.x, rect.y, rect.x, rect.y + rect.h];
        out.push({ kind: 'polyline', closed: false, points: divider, stroke: t.line, strokeWidth: 1 });
      }
      out.push(...label(lane.name, name, t.mutedInk, { language: t.textLanguage, fontSize: 13, bold: true, vertical }));
    });
    return out;
  },
});
