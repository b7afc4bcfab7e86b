import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { FlowElement, ValueStream, type ValueStreamInput } from '../../../../shared/vsm/model';
import { DurationUnit } from '../../../../shared/vsm/units';

/** Random but valid maps: a chain from supplier to customer, with parallel branches bridging parts of it. */
const duration = (max: number) => fc.record({ value: fc.double({ min: 0, max, noNaN: true }), unit: fc.constantFrom(...DurationUnit.options) });
const clockDuration = (min: number, max: number, unit: 'min' | 'h') => fc.record({ value: fc.double({ min, max, noNaN: true }), unit: fc.constant(unit) });

const settings = fc.record({
  kind: fc.constantFrom('manufacturing' as const, 'service' as const),
  demand: fc.integer({ min: 1, max: 5_000 }),
  demandPeriod: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  shifts: fc.integer({ min: 1, max: 3 }),
  shiftLength: clockDuration(4, 12, 'h'),
  breaks: clockDuration(0, 60, 'min'),
  inventoryTimeMethod: fc.constantFrom('dailyDemand' as const, 'takt' as const),
});

type Node = Omit<Extract<ValueStreamInput['elements'][number], { kind: 'process' | 'serviceStep' | 'inventory' }>, 'id'>;

const processNode: fc.Arbitrary<Node> = fc.record({
  kind: fc.constant('process' as const),
  cycleTime: fc.record({ value: fc.double({ min: 0, max: 600, noNaN: true }), unit: fc.constant('s' as const) }),
  completeAccuratePercent: fc.integer({ min: 0, max: 100 }),
});
const serviceNode: fc.Arbitrary<Node> = fc
  .tuple(fc.double({ min: 0, max: 120, noNaN: true }), fc.double({ min: 0, max: 600, noNaN: true }), fc.integer({ min: 0, max: 100 }))
  .map(([pt, extra, ca]) => ({ kind: 'serviceStep' as const, processTime: { value: pt, unit: 'min' as const }, leadTime: { value: pt + extra, unit: 'min' as const }, completeAccuratePercent: ca }));
const inventoryNode: fc.Arbitrary<Node> = fc.oneof(
  fc.record({ kind: fc.constant('inventory' as const), quantity: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('inventory' as const), waitingTime: duration(20) }),
);
const node = fc.oneof(processNode, serviceNode, inventoryNode);

const valueStream = fc
  .record({
    settings,
    spine: fc
      .tuple(fc.array(node, { maxLength: 4 }), fc.oneof(processNode, serviceNode), fc.array(node, { maxLength: 4 }))
      .map(([before, step, after]) => [...before, step, ...after]),
    branches: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), via: fc.array(node, { maxLength: 3 }) }), { maxLength: 3 }),
  })
  .map(({ settings: mapSettings, spine, branches }) => {
    const elements: ValueStreamInput['elements'] = [{ id: 'supplier', kind: 'supplier' }];
    const edges: ValueStreamInput['edges'] = [];
    const spineIds = ['supplier', ...spine.map((_, i) => `n${i}`), 'customer'];
    spine.forEach((n, i) => elements.push({ ...n, id: `n${i}` } as ValueStreamInput['elements'][number]));
    elements.push({ id: 'customer', kind: 'customer' });
    spineIds.slice(1).forEach((to, i) => edges.push({ id: `e${i}`, from: spineIds[i]!, to }));
    branches.forEach((branch, b) => {
      // a forward bridge keeps the map free of cycles
      const a = branch.from % (spineIds.length - 1);
      const z = a + 1 + (branch.to % (spineIds.length - 1 - a));
      const ids = branch.via.map((n, i) => {
        elements.push({ ...n, id: `b${b}-${i}` } as ValueStreamInput['elements'][number]);
        return `b${b}-${i}`;
      });
      const path = [spineIds[a]!, ...ids, spineIds[z]!];
      path.slice(1).forEach((to, i) => edges.push({ id: `b${b}-e${i}`, from: path[i]!, to }));
    });
    return ValueStream.parse({ id: 'm', name: 'random', settings: mapSettings, elements, edges });
  });

const tolerance = (value: number) => 1e-9 * Math.max(1, Math.abs(value));

describe('properties of every valid map', () => {
  it('every figure is computed for a valid map, without problems (PCE needs a lead time above zero)', () => {
    fc.assert(
      fc.property(valueStream, (stream) => {
        const metrics = analyzeValueStream(stream);
        // the one thing a valid map can still lack: a lead time above zero to divide by
        const expected = metrics.leadTime.value === 0 ? [{ code: 'zero', field: 'leadTime', elementIds: [] }] : [];
        expect(metrics.problems).toEqual(expected);
        expect(metrics.leadTime.value).not.toBeNull();
        expect(metrics.valueAddedTime.value).not.toBeNull();
      }),
    );
  });

  it('lead time ≥ value-added time', () => {
    fc.assert(
      fc.property(valueStream, (stream) => {
        const { leadTime, valueAddedTime } = analyzeValueStream(stream);
        expect(leadTime.value!).toBeGreaterThanOrEqual(valueAddedTime.value! - tolerance(leadTime.value!));
      }),
    );
  });

  it('PCE is between 0 and 100 % (or not computed when the lead time is zero)', () => {
    fc.assert(
      fc.property(valueStream, (stream) => {
        const { pce, leadTime, activityRatio } = analyzeValueStream(stream);
        if (leadTime.value === 0) {
          expect(pce.problems).toEqual([{ code: 'zero', field: 'leadTime', elementIds: [] }]);
          return;
        }
        expect(pce.value!).toBeGreaterThanOrEqual(0);
        expect(pce.value!).toBeLessThanOrEqual(100 + 1e-9);
        if (activityRatio) expect(activityRatio.value).toBe(pce.value);
      }),
    );
  });

  it('adding an inventory never shortens the lead time (in the flow or as a new branch)', () => {
    fc.assert(
      fc.property(valueStream, inventoryNode, fc.nat(), fc.boolean(), (stream, extra, at, split) => {
        const before = analyzeValueStream(stream).leadTime.value!;
        const edge = stream.edges[at % stream.edges.length]!;
        const added = FlowElement.parse({ ...extra, id: 'added' });
        const edges = split
          ? [...stream.edges.filter((e) => e !== edge), { id: 'x1', shapeId: null, from: edge.from, to: 'added' }, { id: 'x2', shapeId: null, from: 'added', to: edge.to }]
          : [...stream.edges, { id: 'x1', shapeId: null, from: edge.from, to: 'added' }, { id: 'x2', shapeId: null, from: 'added', to: edge.to }];
        const after = analyzeValueStream({ ...stream, elements: [...stream.elements, added], edges }).leadTime.value!;
        expect(after).toBeGreaterThanOrEqual(before - tolerance(before));
      }),
    );
  });

  it('quantity ÷ daily demand and quantity × takt give the same lead time', () => {
    fc.assert(
      fc.property(valueStream, (stream) => {
        const byDemand = analyzeValueStream({ ...stream, settings: { ...stream.settings, inventoryTimeMethod: 'dailyDemand' } }).leadTime.value!;
        const byTakt = analyzeValueStream({ ...stream, settings: { ...stream.settings, inventoryTimeMethod: 'takt' } }).leadTime.value!;
        expect(Math.abs(byDemand - byTakt)).toBeLessThanOrEqual(1e-6 * Math.max(1, byDemand));
      }),
    );
  });

  it('the ladder adds up to the lead time, and the main flow runs supplier → customer', () => {
    fc.assert(
      fc.property(valueStream, (stream) => {
        const metrics = analyzeValueStream(stream);
        const total = metrics.ladder!.segments.reduce((sum, s) => sum + (s.kind === 'wait' ? s.seconds! : s.flowSeconds!), 0);
        expect(Math.abs(total - metrics.leadTime.value!)).toBeLessThanOrEqual(1e-6 * Math.max(1, total));
        expect(metrics.mainFlow![0]).toBe('supplier');
        expect(metrics.mainFlow!.at(-1)).toBe('customer');
      }),
    );
  });
});
