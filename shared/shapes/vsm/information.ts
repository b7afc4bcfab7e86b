import { z } from 'zod';
import { inset, label } from '../label';
import type { Primitive } from '../primitives';
import { defineShape, shapeRecord, sidePorts, type ShapeModule, type ShapeOf } from '../types';
import { line, outline } from './draw';

/**
 * Information flow: production control, the kanban cards and post, load levelling and go-see
 * scheduling. The manual and electronic information arrows are connector kinds (flows.ts).
 */
const noProps = z.object({});
type NoProps = z.infer<typeof noProps>;
type Draw = ShapeModule<NoProps>['draw'];

function icon<T extends string>(type: T, size: { w: number; h: number }, draw: Draw, textBox?: (s: ShapeOf<NoProps>) => { x: number; y: number; w: number; h: number }) {
  const schema = shapeRecord(type, noProps);
  const module = defineShape<NoProps>({
    type,
    labelKey: `vsm.shapes.${type}`,
    schema,
    defaultProps: () => ({}),
    defaultSize: size,
    minSize: { w: 30, h: 24 },
    textBox: textBox ?? ((s) => inset(s, 6)),
    ports: sidePorts,
    draw,
  });
  return { module, schema };
}

/** A label under an icon drawn in the top part of the box. */
const under = (s: ShapeOf<NoProps>) => ({ x: s.x, y: s.y + s.h * 0.66, w: s.w, h: s.h * 0.34 });

/** A kanban card: a rectangle with its top-right corner cut. */
function card(s: ShapeOf<NoProps>, t: Parameters<Draw>[1], fillColour: string): Primitive[] {
  const h = s.h * 0.62;
  const cut = Math.min(s.w, h) * 0.25;
  return [outline([s.x + 2, s.y + 2, s.x + s.w - 2 - cut, s.y + 2, s.x + s.w - 2, s.y + 2 + cut, s.x + s.w - 2, s.y + h, s.x + 2, s.y + h], t, fillColour)];
}

const productionControl = icon('vsmProductionControl', { w: 170, h: 80 }, (s, t) => [
  { kind: 'rect', x: s.x, y: s.y, w: s.w, h: s.h, fill: t.dataFill, stroke: t.line, strokeWidth: 1.75 },
  ...label(s.text, inset(s, 8), t.ink, { language: t.textLanguage, bold: true }),
]);

const productionKanban = icon('vsmProductionKanban', { w: 90, h: 80 }, (s, t) => [...card(s, t, '#d3f9d8'), ...label(s.text, under(s), t.ink, { language: t.textLanguage, fontSize: 11 })], under);

const withdrawalKanban = icon(
  'vsmWithdrawalKanban',
  { w: 90, h: 80 },
  (s, t) => {
    // A withdrawal card: the corner band shaded, so it is told apart from a production card at a glance.
    const h = s.h * 0.62;
    return [
      ...card(s, t, '#fff3bf'),
      line([s.x + 2, s.y + h * 0.45, s.x + s.w * 0.45, s.y + h], t, 1),
      line([s.x + 2, s.y + h * 0.7, s.x + s.w * 0.25, s.y + h], t, 1),
      ...label(s.text, under(s), t.ink, { language: t.textLanguage, fontSize: 11 }),
    ];
  },
  under,
);

const signalKanban = icon(
  'vsmSignalKanban',
  { w: 80, h: 80 },
  (s, t) => {
    const h = s.h * 0.62;
    return [outline([s.x + 4, s.y + 2, s.x + s.w - 4, s.y + 2, s.x + s.w / 2, s.y + h], t, '#ffe8cc'), ...label(s.text, under(s), t.ink, { language: t.textLanguage, fontSize: 11 })];
  },
  under,
);

const kanbanPost = icon(
  'vsmKanbanPost',
  { w: 70, h: 90 },
  (s, t) => {
    const boxH = s.h * 0.3;
    const cx = s.x + s.w / 2;
    return [
      { kind: 'path', d: `M ${s.x + 6} ${s.y + boxH} L ${s.x + 6} ${s.y + boxH * 0.4} A ${(s.w - 12) / 2} ${boxH * 0.4} 0 0 1 ${s.x + s.w - 6} ${s.y + boxH * 0.4} L ${s.x + s.w - 6} ${s.y + boxH} Z`, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 },
      line([cx, s.y + boxH, cx, s.y + s.h * 0.66], t, 2),
      line([cx - s.w * 0.2, s.y + s.h * 0.66, cx + s.w * 0.2, s.y + s.h * 0.66], t, 2),
      ...label(s.text, under(s), t.ink, { language: t.textLanguage, fontSize: 11 }),
    ];
  },
  under,
);

const heijunka = icon(
  'vsmHeijunka',
  { w: 120, h: 80 },
  (s, t) => {
    const h = s.h * 0.62;
    const body = { x: s.x + 2, y: s.y + 2, w: s.w - 4, h: h - 2 };
    return [
      { kind: 'rect', ...body, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 },
      ...label('O X O X', inset(body, 4), t.ink, { language: t.textLanguage, fontSize: 16, bold: true }),
      ...label(s.text, under(s), t.ink, { language: t.textLanguage, fontSize: 11 }),
    ];
  },
  under,
);

const goSee = icon(
  'vsmGoSee',
  { w: 90, h: 70 },
  (s, t) => {
    // Eyeglasses: a supervisor going to see and adjusting the schedule by hand.
    const h = s.h * 0.62;
    const r = Math.min(s.w * 0.2, h * 0.35);
    const cy = s.y + h / 2;
    const left = s.x + s.w / 2 - r * 1.3;
    const right = s.x + s.w / 2 + r * 1.3;
    return [
      { kind: 'ellipse', cx: left, cy, rx: r, ry: r, fill: t.shapeFill, stroke: t.line, strokeWidth: 2 },
      { kind: 'ellipse', cx: right, cy, rx: r, ry: r, fill: t.shapeFill, stroke: t.line, strokeWidth: 2 },
      line([left + r, cy, right - r, cy], t, 2),
      line([left - r, cy, left - r - r * 0.6, cy - r * 0.6], t, 2),
      line([right + r, cy, right + r + r * 0.6, cy - r * 0.6], t, 2),
      ...label(s.text, under(s), t.ink, { language: t.textLanguage, fontSize: 11 }),
    ];
  },
  under,
);

export const vsmProductionControl = productionControl.module;
export const vsmProductionControlSchema = productionControl.schema;
export const vsmProductionKanban = productionKanban.module;
export const vsmProductionKanbanSchema = productionKanban.schema;
export const vsmWithdrawalKanban = withdrawalKanban.module;
export const vsmWithdrawalKanbanSchema = withdrawalKanban.schema;
export const vsmSignalKanban = signalKanban.module;
export const vsmSignalKanbanSchema = signalKanban.schema;
export const vsmKanbanPost = kanbanPost.module;
export const vsmKanbanPostSchema = kanbanPost.schema;
export const vsmHeijunka = heijunka.module;
export const vsmHeijunkaSchema = heijunka.schema;
export const vsmGoSee = goSee.module;
export const vsmGoSeeSchema = goSee.schema;
