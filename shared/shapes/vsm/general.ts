import { z } from 'zod';
import { Id } from '../../model/ids';
import { inset, label } from '../label';
import { defineShape, shapeRecord, sidePorts } from '../types';
import { INVALID_INK, KAIZEN_FILL, outline } from './draw';

/** General icons: the kaizen burst (which can become a linked action) and the quality problem. */

export const kaizenProps = z.object({
  /** The workshop action (record.actions) this burst was turned into; it stays linked both ways. */
  actionId: Id.nullable().default(null),
});
export type KaizenProps = z.infer<typeof kaizenProps>;

/** The points of a starburst inside a box. */
function burst(x: number, y: number, w: number, h: number, spikes: number): number[] {
  const points: number[] = [];
  const cx = x + w / 2;
  const cy = y + h / 2;
  for (let i = 0; i < spikes * 2; i++) {
    const angle = (Math.PI * i) / spikes - Math.PI / 2;
    const scale = i % 2 === 0 ? 1 : 0.72;
    points.push(cx + Math.cos(angle) * (w / 2) * scale, cy + Math.sin(angle) * (h / 2) * scale);
  }
  return points;
}

export const vsmKaizenBurstSchema = shapeRecord('vsmKaizenBurst', kaizenProps);
export const vsmKaizenBurst = defineShape<KaizenProps>({
  type: 'vsmKaizenBurst',
  labelKey: 'vsm.shapes.vsmKaizenBurst',
  schema: vsmKaizenBurstSchema,
  defaultProps: () => ({ actionId: null }),
  defaultSize: { w: 150, h: 110 },
  minSize: { w: 50, h: 40 },
  textBox: (s) => inset(s, s.w * 0.22, s.h * 0.24),
  ports: sidePorts,
  draw: (s, t) => [
    outline(burst(s.x, s.y, s.w, s.h, 11), t, KAIZEN_FILL, 1.5),
    ...label(s.text, inset(s, s.w * 0.22, s.h * 0.24), t.ink, { language: t.textLanguage, fontSize: 13, bold: true }),
    // A linked burst carries a small check, so the map shows which improvements are already actions.
    ...(s.props.actionId !== null ? [{ kind: 'ellipse' as const, cx: s.x + s.w * 0.86, cy: s.y + s.h * 0.16, rx: 8, ry: 8, fill: '#2f9e44', stroke: t.paper, strokeWidth: 1.5 }] : []),
  ],
});

const noProps = z.object({});
type NoProps = z.infer<typeof noProps>;
export const vsmQualityProblemSchema = shapeRecord('vsmQualityProblem', noProps);
export const vsmQualityProblem = defineShape<NoProps>({
  type: 'vsmQualityProblem',
  labelKey: 'vsm.shapes.vsmQualityProblem',
  schema: vsmQualityProblemSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 110, h: 100 },
  minSize: { w: 40, h: 40 },
  textBox: (s) => ({ x: s.x, y: s.y + s.h * 0.62, w: s.w, h: s.h * 0.38 }),
  ports: sidePorts,
  draw: (s, t) => {
    const h = s.h * 0.6;
    const side = Math.min(s.w, h * 1.15);
    const x = s.x + (s.w - side) / 2;
    return [
      { kind: 'polyline', closed: true, points: [x + side / 2, s.y + 2, x + side, s.y + h, x, s.y + h], fill: '#fff5f5', stroke: INVALID_INK, strokeWidth: 2.5 },
      ...label('!', { x: x + side * 0.3, y: s.y + h * 0.3, w: side * 0.4, h: h * 0.65 }, INVALID_INK, { language: t.textLanguage, fontSize: Math.min(26, h * 0.5), bold: true }),
      ...label(s.text, { x: s.x, y: s.y + s.h * 0.62, w: s.w, h: s.h * 0.38 }, t.ink, { language: t.textLanguage, fontSize: 12 }),
    ];
  },
});
