import { z } from 'zod';
import { inset, label } from './label';
import { defineShape, shapeRecord, sidePorts, type ShapeOf } from './types';

/**
 * The process-map set (start/end, activity, decision, document, data, sub-process, wait/delay):
 * shapes with no props of their own, only an outline and a centred label.
 */
const noProps = z.object({});
type NoProps = z.infer<typeof noProps>;
const box = (s: ShapeOf<NoProps>) => ({ x: s.x, y: s.y, w: s.w, h: s.h });

export const startEndSchema = shapeRecord('startEnd', noProps);
export const startEnd = defineShape<NoProps>({
  type: 'startEnd',
  labelKey: 'canvas.shapes.startEnd',
  schema: startEndSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 140, h: 56 },
  minSize: { w: 40, h: 24 },
  textBox: (s) => inset(box(s), s.h / 2, 4),
  ports: sidePorts,
  draw: (s, t) => [
    { kind: 'rect', ...box(s), radius: s.h / 2, fill: t.terminalFill, stroke: t.line, strokeWidth: 1.5 },
    ...label(s.text, inset(box(s), s.h / 3, 4), t.ink, { language: t.textLanguage, bold: true }),
  ],
});

export const activitySchema = shapeRecord('activity', noProps);
export const activity = defineShape<NoProps>({
  type: 'activity',
  labelKey: 'canvas.shapes.activity',
  schema: activitySchema,
  defaultProps: () => ({}),
  defaultSize: { w: 160, h: 80 },
  minSize: { w: 40, h: 24 },
  textBox: (s) => inset(box(s), 8),
  ports: sidePorts,
  draw: (s, t) => [
    { kind: 'rect', ...box(s), radius: 6, fill: t.accentFill, stroke: t.line, strokeWidth: 1.5 },
    ...label(s.text, inset(box(s), 8), t.ink, { language: t.textLanguage }),
  ],
});

export const decisionSchema = shapeRecord('decision', noProps);
export const decision = defineShape<NoProps>({
  type: 'decision',
  labelKey: 'canvas.shapes.decision',
  schema: decisionSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 140, h: 100 },
  minSize: { w: 40, h: 30 },
  textBox: (s) => inset(box(s), s.w / 4, s.h / 4),
  ports: sidePorts,
  hitTest: (s, p) => Math.abs(p.x - (s.x + s.w / 2)) / (s.w / 2) + Math.abs(p.y - (s.y + s.h / 2)) / (s.h / 2) <= 1,
  draw: (s, t) => [
    {
      kind: 'polyline',
      closed: true,
      points: [s.x + s.w / 2, s.y, s.x + s.w, s.y + s.h / 2, s.x + s.w / 2, s.y + s.h, s.x, s.y + s.h / 2],
      fill: t.decisionFill,
      stroke: t.line,
      strokeWidth: 1.5,
    },
    ...label(s.text, inset(box(s), s.w / 5, s.h / 5), t.ink, { language: t.textLanguage }),
  ],
});

export const documentSchema = shapeRecord('document', noProps);
export const documentShape = defineShape<NoProps>({
  type: 'document',
  labelKey: 'canvas.shapes.document',
  schema: documentSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 150, h: 90 },
  minSize: { w: 40, h: 30 },
  textBox: (s) => inset({ ...box(s), h: s.h * 0.85 }, 8),
  ports: sidePorts,
  draw: (s, t) => {
    // The wavy bottom edge of the flowchart document symbol.
    const wave = s.h * 0.12;
    const bottom = s.y + s.h - wave;
    const d = `M ${s.x} ${s.y} L ${s.x + s.w} ${s.y} L ${s.x + s.w} ${bottom} C ${s.x + s.w * 0.75} ${bottom - wave * 1.5} ${s.x + s.w * 0.5} ${bottom + wave * 1.5} ${s.x + s.w * 0.25} ${bottom} C ${s.x + s.w * 0.12} ${bottom - wave} ${s.x + s.w * 0.05} ${bottom - wave / 2} ${s.x} ${bottom} Z`;
    return [{ kind: 'path', d, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 }, ...label(s.text, inset({ ...box(s), h: s.h - wave * 1.5 }, 8), t.ink, { language: t.textLanguage })];
  },
});

export const dataSchema = shapeRecord('data', noProps);
export const data = defineShape<NoProps>({
  type: 'data',
  labelKey: 'canvas.shapes.data',
  schema: dataSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 160, h: 80 },
  minSize: { w: 50, h: 24 },
  textBox: (s) => inset(box(s), s.w * 0.15, 6),
  ports: sidePorts,
  draw: (s, t) => {
    // The parallelogram of input/output data.
    const slant = Math.min(s.w * 0.2, s.h * 0.4);
    return [
      { kind: 'polyline', closed: true, points: [s.x + slant, s.y, s.x + s.w, s.y, s.x + s.w - slant, s.y + s.h, s.x, s.y + s.h], fill: t.dataFill, stroke: t.line, strokeWidth: 1.5 },
      ...label(s.text, inset(box(s), slant + 4, 6), t.ink, { language: t.textLanguage }),
    ];
  },
});

export const subProcessSchema = shapeRecord('subProcess', noProps);
export const subProcess = defineShape<NoProps>({
  type: 'subProcess',
  labelKey: 'canvas.shapes.subProcess',
  schema: subProcessSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 160, h: 80 },
  minSize: { w: 50, h: 24 },
  textBox: (s) => inset(box(s), 18, 6),
  ports: sidePorts,
  draw: (s, t) => {
    // The predefined-process symbol: a box with a double edge left and right.
    const bar = Math.min(12, s.w / 8);
    return [
      { kind: 'rect', ...box(s), fill: t.accentFill, stroke: t.line, strokeWidth: 1.5 },
      { kind: 'polyline', closed: false, points: [s.x + bar, s.y, s.x + bar, s.y + s.h], stroke: t.line, strokeWidth: 1.5 },
      { kind: 'polyline', closed: false, points: [s.x + s.w - bar, s.y, s.x + s.w - bar, s.y + s.h], stroke: t.line, strokeWidth: 1.5 },
      ...label(s.text, inset(box(s), bar + 6, 6), t.ink, { language: t.textLanguage }),
    ];
  },
});

export const waitSchema = shapeRecord('wait', noProps);
export const wait = defineShape<NoProps>({
  type: 'wait',
  labelKey: 'canvas.shapes.wait',
  schema: waitSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 120, h: 70 },
  minSize: { w: 40, h: 24 },
  textBox: (s) => inset({ ...box(s), w: s.w * 0.8 }, 8),
  ports: sidePorts,
  draw: (s, t) => {
    // The delay symbol: flat on the left, a half circle on the right.
    const r = Math.min(s.h / 2, s.w / 2);
    const d = `M ${s.x} ${s.y} L ${s.x + s.w - r} ${s.y} A ${r} ${s.h / 2} 0 0 1 ${s.x + s.w - r} ${s.y + s.h} L ${s.x} ${s.y + s.h} Z`;
    return [{ kind: 'path', d, fill: t.waitFill, stroke: t.line, strokeWidth: 1.5 }, ...label(s.text, inset({ ...box(s), w: s.w - r / 2 }, 8), t.ink, { language: t.textLanguage })];
  },
});
