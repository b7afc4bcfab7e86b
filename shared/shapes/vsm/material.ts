import { z } from 'zod';
import { inset, label } from '../label';
import type { Primitive, Theme } from '../primitives';
import { defineShape, shapeRecord, sidePorts, type ShapeOf } from '../types';
import { caption, dataBoxLayout, dataRows, factory, line, outline, triangle } from './draw';
import { fifoFieldSpecs, processFieldSpecs, serviceFieldSpecs, stockFieldSpecs } from './fields';
import { CustomLine, durationValue, MAX_CUSTOM_LINES, plainValue } from './values';

/**
 * Material flow of a value-stream map (Rother & Shook): supplier and customer, process boxes with
 * their data box, service steps, the places work waits (inventory, supermarket, FIFO lane, safety
 * stock), the truck and the operator. The arrows between them are connector kinds (flows.ts).
 */

const box = (s: { x: number; y: number; w: number; h: number }) => ({ x: s.x, y: s.y, w: s.w, h: s.h });

// ---- supplier and customer ----
const endpointProps = z.object({});
type EndpointProps = z.infer<typeof endpointProps>;
const endpoint = (type: 'vsmSupplier' | 'vsmCustomer') =>
  defineShape<EndpointProps>({
    type,
    labelKey: `vsm.shapes.${type}`,
    schema: shapeRecord(type, endpointProps),
    defaultProps: () => ({}),
    defaultSize: { w: 130, h: 110 },
    minSize: { w: 60, h: 50 },
    textBox: (s) => ({ x: s.x + 4, y: s.y + s.h * 0.45, w: s.w - 8, h: s.h * 0.55 - 4 }),
    ports: sidePorts,
    draw: (s, t) => [...factory(box(s), t), ...caption(s.text, { x: s.x + 4, y: s.y + s.h * 0.45, w: s.w - 8, h: s.h * 0.55 - 4 }, t)],
  });
export const vsmSupplierSchema = shapeRecord('vsmSupplier', endpointProps);
export const vsmCustomerSchema = shapeRecord('vsmCustomer', endpointProps);
export const vsmSupplier = { ...endpoint('vsmSupplier'), schema: vsmSupplierSchema };
export const vsmCustomer = { ...endpoint('vsmCustomer'), schema: vsmCustomerSchema };

// ---- process box with data box ----
export const processProps = z.object({
  cycleTime: durationValue('s'),
  changeover: durationValue('min'),
  uptime: plainValue(),
  operators: plainValue(),
  shifts: plainValue(),
  availableTime: durationValue('h'),
  batchSize: plainValue(),
  everyPartEvery: durationValue('wd'),
  scrap: plainValue(),
  completeAccurate: plainValue(),
  customFields: z.array(CustomLine).max(MAX_CUSTOM_LINES).default([]),
});
export type ProcessProps = z.infer<typeof processProps>;

const HEADER = 48;
const headerBox = (s: ShapeOf<unknown>) => ({ x: s.x, y: s.y, w: s.w, h: Math.min(HEADER, s.h * 0.4) });
/** The data box under the header of a process box or service step. */
const dataArea = (s: ShapeOf<unknown>) => {
  const head = headerBox(s);
  return { x: s.x, y: s.y + head.h, w: s.w, h: s.h - head.h };
};

function processDrawing(s: ShapeOf<ProcessProps>, t: Theme, shared: boolean): Primitive[] {
  const head = headerBox(s);
  const data = dataArea(s);
  const out: Primitive[] = [
    { kind: 'rect', ...head, fill: t.accentFill, stroke: t.line, strokeWidth: 1.75 },
    { kind: 'rect', ...data, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.25 },
  ];
  if (shared) {
    // The shared process: its header hatched, as the notation draws a resource used by other flows.
    for (let x = head.x + 10; x < head.x + head.w + head.h; x += 12) {
      const x1 = Math.min(x, head.x + head.w);
      const y1 = head.y + (x - x1);
      const x2 = Math.max(head.x, x - head.h);
      const y2 = head.y + (x - x2);
      if (y1 <= head.y + head.h && y2 >= head.y) out.push({ kind: 'polyline', closed: false, points: [x1, Math.min(y1, head.y + head.h), x2, Math.min(y2, head.y + head.h)], stroke: t.line, strokeWidth: 0.6, opacity: 0.35 });
    }
  }
  out.push(...label(s.text, inset(head, 6, 3), t.ink, { language: t.textLanguage, bold: true }));
  out.push(...dataRows(data, processFieldSpecs, s.props, s.props.customFields, t));
  return out;
}

const processModule = (type: 'vsmProcess' | 'vsmSharedProcess', shared: boolean) =>
  defineShape<ProcessProps>({
    type,
    labelKey: `vsm.shapes.${type}`,
    schema: shapeRecord(type, processProps),
    defaultProps: () => processProps.parse({}),
    defaultSize: { w: 170, h: 160 },
    minSize: { w: 90, h: 70 },
    textBox: (s) => inset(headerBox(s), 6, 3),
    ports: sidePorts,
    draw: (s, t) => processDrawing(s, t, shared),
    dataBox: (s, lang) => dataBoxLayout(dataArea(s), processFieldSpecs, s.props, s.props.customFields, lang),
  });
export const vsmProcessSchema = shapeRecord('vsmProcess', processProps);
export const vsmSharedProcessSchema = shapeRecord('vsmSharedProcess', processProps);
export const vsmProcess = { ...processModule('vsmProcess', false), schema: vsmProcessSchema };
export const vsmSharedProcess = { ...processModule('vsmSharedProcess', true), schema: vsmSharedProcessSchema };

// ---- service step ----
export const serviceProps = z.object({
  processTime: durationValue('min'),
  leadTime: durationValue('h'),
  completeAccurate: plainValue(),
  customFields: z.array(CustomLine).max(MAX_CUSTOM_LINES).default([]),
});
export type ServiceProps = z.infer<typeof serviceProps>;
export const vsmServiceStepSchema = shapeRecord('vsmServiceStep', serviceProps);
export const vsmServiceStep = defineShape<ServiceProps>({
  type: 'vsmServiceStep',
  labelKey: 'vsm.shapes.vsmServiceStep',
  schema: vsmServiceStepSchema,
  defaultProps: () => serviceProps.parse({}),
  defaultSize: { w: 170, h: 130 },
  minSize: { w: 90, h: 60 },
  textBox: (s) => inset(headerBox(s), 6, 3),
  ports: sidePorts,
  dataBox: (s, lang) => dataBoxLayout(dataArea(s), serviceFieldSpecs, s.props, s.props.customFields, lang),
  draw: (s, t) => {
    const head = headerBox(s);
    const data = dataArea(s);
    return [
      { kind: 'rect', ...box(s), radius: 8, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 },
      { kind: 'path', d: `M ${s.x} ${s.y + head.h} L ${s.x} ${s.y + 8} A 8 8 0 0 1 ${s.x + 8} ${s.y} L ${s.x + s.w - 8} ${s.y} A 8 8 0 0 1 ${s.x + s.w} ${s.y + 8} L ${s.x + s.w} ${s.y + head.h} Z`, fill: t.terminalFill, stroke: t.line, strokeWidth: 1.5 },
      ...label(s.text, inset(head, 6, 3), t.ink, { language: t.textLanguage, bold: true }),
      ...dataRows(data, serviceFieldSpecs, s.props, s.props.customFields, t),
    ];
  },
});

// ---- where work waits ----
export const stockProps = z.object({ quantity: plainValue(), waitingTime: durationValue('wd') });
export type StockProps = z.infer<typeof stockProps>;
export const fifoProps = stockProps.extend({ max: plainValue() });
export type FifoProps = z.infer<typeof fifoProps>;

/** The icon sits on top, the name and the quantity or time under it (what the ladder counts). */
const iconArea = (s: ShapeOf<unknown>) => ({ x: s.x, y: s.y, w: s.w, h: s.h * 0.55 });
const underArea = (s: ShapeOf<unknown>) => ({ x: s.x, y: s.y + s.h * 0.57, w: s.w, h: s.h * 0.43 });

/** The values under a stock's name. */
const stockData = (s: ShapeOf<unknown>) => {
  const area = underArea(s);
  return { ...area, y: area.y + 16, h: area.h - 16 };
};

function underText(s: ShapeOf<StockProps>, t: Theme, specs = stockFieldSpecs): Primitive[] {
  const nameBox = { ...underArea(s), h: 18 };
  return [...label(s.text, nameBox, t.ink, { language: t.textLanguage, fontSize: 12, bold: true }), ...dataRows(stockData(s), specs, s.props, [], t)];
}

const stockModule = <P extends StockProps>(type: string, props: z.ZodType<P>, draw: (s: ShapeOf<P>, t: Theme) => Primitive[], size = { w: 90, h: 130 }, specs = stockFieldSpecs) =>
  defineShape<P>({
    type,
    labelKey: `vsm.shapes.${type}`,
    schema: shapeRecord(type, props as unknown as z.ZodObject),
    defaultProps: () => props.parse({}),
    defaultSize: size,
    minSize: { w: 50, h: 60 },
    textBox: (s) => ({ ...underArea(s), h: 18 }),
    ports: (s) => sidePorts({ ...s, h: s.h * 0.55 }),
    draw: (s, t) => [...draw(s, t), ...underText(s, t, specs)],
    dataBox: (s, lang) => dataBoxLayout(stockData(s), specs, s.props, [], lang),
  });

export const vsmInventorySchema = shapeRecord('vsmInventory', stockProps);
export const vsmInventory = {
  ...stockModule('vsmInventory', stockProps, (s, t) => {
    const icon = iconArea(s);
    const side = Math.min(icon.w, icon.h * 1.1);
    return triangle({ x: s.x + (s.w - side) / 2, y: s.y + 2, w: side, h: icon.h - 4 }, 'I', t);
  }),
  schema: vsmInventorySchema,
};

export const vsmSafetyStockSchema = shapeRecord('vsmSafetyStock', stockProps);
export const vsmSafetyStock = {
  ...stockModule('vsmSafetyStock', stockProps, (s, t) => {
    // Buffer or safety stock: stacked boxes held aside, drawn as a boxed triangle.
    const icon = iconArea(s);
    return [
      { kind: 'rect', x: s.x + 4, y: s.y + 2, w: s.w - 8, h: icon.h - 4, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 } as Primitive,
      ...triangle({ x: s.x + s.w * 0.22, y: s.y + 8, w: s.w * 0.56, h: icon.h - 16 }, 'S', t),
    ];
  }),
  schema: vsmSafetyStockSchema,
};

export const vsmSupermarketSchema = shapeRecord('vsmSupermarket', stockProps);
export const vsmSupermarket = {
  ...stockModule('vsmSupermarket', stockProps, (s, t) => {
    // Shelves open to the left, where the customer process withdraws.
    const icon = iconArea(s);
    const x = s.x + s.w * 0.2;
    const w = s.w * 0.6;
    const shelf = (icon.h - 4) / 3;
    const out: Primitive[] = [line([x, s.y + 2, x + w, s.y + 2, x + w, s.y + 2 + shelf * 3, x, s.y + 2 + shelf * 3], t, 2)];
    for (let i = 1; i < 3; i++) out.push(line([x, s.y + 2 + shelf * i, x + w, s.y + 2 + shelf * i], t, 2));
    return out;
  }),
  schema: vsmSupermarketSchema,
};

export const vsmFifoLaneSchema = shapeRecord('vsmFifoLane', fifoProps);
export const vsmFifoLane = {
  ...stockModule(
    'vsmFifoLane',
    fifoProps,
    (s, t) => {
      const icon = iconArea(s);
      const top = s.y + icon.h * 0.2;
      const bottom = s.y + icon.h * 0.85;
      return [
        line([s.x, top, s.x + s.w, top], t, 2),
        line([s.x, bottom, s.x + s.w, bottom], t, 2),
        ...label('FIFO', { x: s.x, y: top, w: s.w * 0.7, h: bottom - top }, t.ink, { language: t.textLanguage, fontSize: 14, bold: true }),
        line([s.x + s.w * 0.72, (top + bottom) / 2, s.x + s.w * 0.92, (top + bottom) / 2], t, 1.5),
        outline([s.x + s.w * 0.95, (top + bottom) / 2, s.x + s.w * 0.88, (top + bottom) / 2 - 5, s.x + s.w * 0.88, (top + bottom) / 2 + 5], t, t.line, 1),
      ];
    },
    { w: 150, h: 130 },
    fifoFieldSpecs,
  ),
  schema: vsmFifoLaneSchema,
};

// ---- truck and operator ----
const noProps = z.object({});
type NoProps = z.infer<typeof noProps>;

export const vsmShipmentSchema = shapeRecord('vsmShipment', noProps);
export const vsmShipment = defineShape<NoProps>({
  type: 'vsmShipment',
  labelKey: 'vsm.shapes.vsmShipment',
  schema: vsmShipmentSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 110, h: 90 },
  minSize: { w: 50, h: 40 },
  textBox: (s) => ({ x: s.x, y: s.y + s.h * 0.68, w: s.w, h: s.h * 0.32 }),
  ports: sidePorts,
  draw: (s, t) => {
    const h = s.h * 0.62;
    const body = { x: s.x + 2, y: s.y + 4, w: s.w * 0.62, h: h * 0.75 };
    const cabX = body.x + body.w + 2;
    const cabW = s.w - 4 - body.w - 2;
    const groundY = s.y + 4 + h * 0.75;
    const wheel = Math.min(9, h * 0.14);
    return [
      { kind: 'rect', ...body, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 },
      outline([cabX, groundY, cabX, s.y + 4 + h * 0.3, cabX + cabW * 0.6, s.y + 4 + h * 0.3, cabX + cabW, s.y + 4 + h * 0.5, cabX + cabW, groundY], t),
      { kind: 'ellipse', cx: s.x + s.w * 0.18, cy: groundY + wheel, rx: wheel, ry: wheel, fill: t.line, stroke: t.line, strokeWidth: 1 },
      { kind: 'ellipse', cx: s.x + s.w * 0.48, cy: groundY + wheel, rx: wheel, ry: wheel, fill: t.line, stroke: t.line, strokeWidth: 1 },
      { kind: 'ellipse', cx: cabX + cabW * 0.55, cy: groundY + wheel, rx: wheel, ry: wheel, fill: t.line, stroke: t.line, strokeWidth: 1 },
      ...label(s.text, { x: s.x, y: s.y + s.h * 0.68, w: s.w, h: s.h * 0.32 }, t.ink, { language: t.textLanguage, fontSize: 12 }),
    ];
  },
});

export const vsmOperatorSchema = shapeRecord('vsmOperator', noProps);
export const vsmOperator = defineShape<NoProps>({
  type: 'vsmOperator',
  labelKey: 'vsm.shapes.vsmOperator',
  schema: vsmOperatorSchema,
  defaultProps: () => ({}),
  defaultSize: { w: 70, h: 90 },
  minSize: { w: 30, h: 40 },
  textBox: (s) => ({ x: s.x, y: s.y + s.h * 0.74, w: s.w, h: s.h * 0.26 }),
  ports: sidePorts,
  draw: (s, t) => {
    // The operator: a head over shoulders, as in Learning to See.
    const r = Math.min(s.w, s.h) * 0.2;
    const cx = s.x + s.w / 2;
    const body = s.h * 0.72;
    return [
      { kind: 'ellipse', cx, cy: s.y + r + 1, rx: r, ry: r, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 },
      { kind: 'path', d: `M ${s.x + 2} ${s.y + body} A ${s.w / 2 - 2} ${body - 2 * r - 4} 0 0 1 ${s.x + s.w - 2} ${s.y + body} Z`, fill: t.shapeFill, stroke: t.line, strokeWidth: 1.5 },
      ...label(s.text, { x: s.x, y: s.y + s.h * 0.74, w: s.w, h: s.h * 0.26 }, t.ink, { language: t.textLanguage, fontSize: 11 }),
    ];
  },
});
