import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { describeProblem } from '../../../../shared/vsm/describe';
import { FlowElement } from '../../../../shared/vsm/model';
import { chain, customer, dur, inventory, processBox, stampingStream, stream, supplier, wait } from './builders';

describe('figures that cannot be computed say why', () => {
  it('missing demand: takt is null with a problem, and so is everything that needs it', () => {
    const map = stampingStream();
    map.settings.demand = null;
    const metrics = analyzeValueStream(map);
    const missingDemand = { code: 'missing', field: 'demand', elementIds: [] };
    expect(metrics.takt.value).toBeNull();
    expect(metrics.takt.problems).toEqual([missingDemand]);
    // inventory quantities need the demand to become days
    expect(metrics.leadTime.value).toBeNull();
    expect(metrics.leadTime.problems).toContainEqual(missingDemand);
    expect(metrics.pce.value).toBeNull();
    expect(metrics.operatorsNeeded.value).toBeNull();
    expect(metrics.stepLoads.every((load) => load.overTakt === null)).toBe(true);
    // what does not need demand is still there
    expect(metrics.valueAddedTime.value).toBe(102);
    expect(metrics.netAvailableTime.value).toBe(55_200);
    expect(metrics.problems).toEqual([missingDemand]);
    expect(describeProblem(missingDemand as never, map, 'en')).toBe('The customer demand is missing.');
    expect(describeProblem(missingDemand as never, map, 'sv')).toBe('Det saknas värde för kundbehovet.');
  });

  it('waits in hours need no demand: lead time is still computed', () => {
    const metrics = analyzeValueStream(
      stream({
        settings: { shifts: 1, shiftLength: dur(8, 'h') },
        elements: [supplier(), wait('w', dur(2, 'h')), processBox('P', 30), customer()],
        edges: chain('supplier', 'w', 'P', 'customer'),
      }),
    );
    // 7 200 + 30 = 7 230 s = 7 230 ÷ 28 800 d
    expect(metrics.leadTime.value).toBe(7_230);
    expect(metrics.leadTimeDays.value).toBeCloseTo(7_230 / 28_800, 12);
    expect(metrics.takt.value).toBeNull();
  });

  it('a wrong value is reported with what was typed, never read as zero', () => {
    const map = stampingStream();
    const welding = map.elements.find((element) => element.id === 'Welding')!;
    if (welding.kind === 'process') welding.cycleTime = { invalid: 'fyrtio' };
    const metrics = analyzeValueStream(map);
    const problem = { code: 'invalid', field: 'cycleTime', elementIds: ['Welding'], entered: 'fyrtio' };
    expect(metrics.valueAddedTime.value).toBeNull();
    expect(metrics.valueAddedTime.problems).toEqual([problem]);
    expect(metrics.leadTime.value).toBeNull();
    expect(metrics.stepLoads.find((load) => load.elementId === 'Welding')!.overTakt).toBeNull();
    expect(describeProblem(problem as never, map, 'sv')).toBe('”fyrtio” är inte ett giltigt värde för cykeltiden (C/T) i ”Welding”.');
    expect(describeProblem(problem as never, map, 'nb')).toBe('«fyrtio» er ikke en gyldig verdi for syklustiden (C/T) i «Welding».');
  });

  it('an empty C/T is missing', () => {
    const map = stampingStream();
    const stamping = map.elements.find((element) => element.id === 'Stamping')!;
    if (stamping.kind === 'process') stamping.cycleTime = null;
    const metrics = analyzeValueStream(map);
    expect(metrics.valueAddedTime.problems).toEqual([{ code: 'missing', field: 'cycleTime', elementIds: ['Stamping'] }]);
    expect(describeProblem(metrics.valueAddedTime.problems[0]!, map, 'en')).toBe('The cycle time (C/T) of “Stamping” is missing.');
  });

  it('zero demand cannot give a takt', () => {
    const map = stampingStream();
    map.settings.demand = 0;
    expect(analyzeValueStream(map).takt.problems).toEqual([{ code: 'zero', field: 'demand', elementIds: [] }]);
  });

  it('breaks as long as the shift, and a shift length in days, are problems', () => {
    const map = stampingStream();
    map.settings.breaks = dur(8, 'h');
    expect(analyzeValueStream(map).netAvailableTime.problems).toEqual([{ code: 'breaksExceedShift', field: 'breaks', elementIds: [] }]);
    map.settings.breaks = null;
    map.settings.shiftLength = dur(1, 'wd');
    expect(analyzeValueStream(map).netAvailableTime.problems).toEqual([{ code: 'unitNotAllowed', field: 'shiftLength', elementIds: [] }]);
  });

  it('no breaks entered counts as none, and says so in the basis', () => {
    const map = stampingStream();
    map.settings.breaks = null;
    const available = analyzeValueStream(map).netAvailableTime;
    // 2 × 8 h = 57 600 s
    expect(available.value).toBe(57_600);
    expect(available.basis.assumptions).toEqual([{ code: 'noBreaks' }]);
  });

  it('days of waiting without a working day: the lead time waits for shifts', () => {
    const map = stream({
      elements: [supplier(), wait('queue', dur(2, 'wd')), processBox('P', 30), customer()],
      edges: chain('supplier', 'queue', 'P', 'customer'),
    });
    const metrics = analyzeValueStream(map);
    expect(metrics.leadTime.value).toBeNull();
    expect(metrics.leadTime.problems).toContainEqual({ code: 'missing', field: 'netAvailableTime', elementIds: ['queue'] });
    expect(metrics.leadTime.problems).toContainEqual({ code: 'missing', field: 'shifts', elementIds: [] });
    expect(describeProblem({ code: 'missing', field: 'netAvailableTime', elementIds: ['queue'] }, map, 'en')).toBe(
      'The days in “queue” need the length of a working day: enter shifts and shift length.',
    );
  });

  it('a cycle in the flow is reported with the elements in it', () => {
    const map = stampingStream();
    map.edges.push({ id: 'back', shapeId: null, from: 'welded', to: 'Stamping' });
    const metrics = analyzeValueStream(map);
    expect(metrics.leadTime.value).toBeNull();
    expect(metrics.mainFlow).toBeNull();
    expect(metrics.ladder).toBeNull();
    const cycle = metrics.problems.find((problem) => problem.code === 'cycle')!;
    expect(cycle.elementIds).toEqual(['Stamping', 'stamped', 'Welding', 'welded']);
    expect(describeProblem(cycle, map, 'en')).toBe('The flow goes round in a circle: “Stamping” → “stamped” → “Welding” → “welded”.');
    expect(metrics.valueAddedTime.value).toBeNull();
  });

  it('a step joined to nothing is reported and not counted', () => {
    const map = stampingStream();
    map.elements.push({ ...map.elements.find((element) => element.id === 'Welding')!, id: 'Painting', name: 'Painting' });
    const metrics = analyzeValueStream(map);
    expect(metrics.problems).toContainEqual({ code: 'notOnMainFlow', elementIds: ['Painting'] });
    expect(metrics.leadTime.value).toBeCloseTo(738_102, 6);
    expect(metrics.operatorsNeeded.value).toBeCloseTo(1.7, 12);
    expect(describeProblem({ code: 'notOnMainFlow', elementIds: ['Painting'] }, map, 'nb')).toBe(
      '«Painting» er ikke koblet til hovedflyten fra leverandør til kunde og telles ikke.',
    );
  });

  it('a dead-end branch that never reaches the customer is not on the main flow', () => {
    const map = stampingStream();
    map.elements.push(FlowElement.parse(inventory('scrap-pile', 50)));
    map.edges.push({ id: 'to-scrap', shapeId: null, from: 'Welding', to: 'scrap-pile' });
    expect(analyzeValueStream(map).problems).toEqual([{ code: 'notOnMainFlow', elementIds: ['scrap-pile'] }]);
  });

  it('no path from supplier to customer', () => {
    const metrics = analyzeValueStream(
      stream({ settings: {}, elements: [supplier(), processBox('P', 3), customer()], edges: chain('supplier', 'P') }),
    );
    expect(metrics.mainFlow).toBeNull();
    expect(metrics.problems).toContainEqual({ code: 'noMainFlow', elementIds: [] });
    expect(metrics.leadTime.value).toBeNull();
  });

  it('an arrow to nowhere is reported', () => {
    const map = stampingStream();
    map.edges.push({ id: 'loose', shapeId: null, from: 'Assembly', to: 'gone' });
    expect(analyzeValueStream(map).problems).toContainEqual({ code: 'edgeNotConnected', elementIds: ['loose'] });
  });

  it('a main flow without steps has no value-added time', () => {
    const metrics = analyzeValueStream(stream({ settings: {}, elements: [supplier(), wait('w', dur(1, 'h')), customer()], edges: chain('supplier', 'w', 'customer') }));
    expect(metrics.valueAddedTime.problems).toEqual([{ code: 'noSteps', elementIds: [] }]);
  });

  it('an inventory with both a quantity and a waiting time uses the waiting time, and says so', () => {
    const map = stampingStream();
    const raw = map.elements.find((element) => element.id === 'raw')!;
    if (raw.kind === 'inventory') raw.waitingTime = dur(1, 'wd');
    const time = analyzeValueStream(map).inventoryTimes.get('raw')!;
    expect(time.value).toBe(55_200);
    expect(time.basis.assumptions).toEqual([{ code: 'waitingTimeOverQuantity', elementId: 'raw' }]);
  });

  it('service %C&A missing on a step: rolled %C&A is null with the step named', () => {
    const metrics = analyzeValueStream(
      stream({
        settings: { kind: 'service' },
        elements: [
          { id: 'a', kind: 'serviceStep', name: 'Intake', processTime: dur(5, 'min'), completeAccuratePercent: 90 },
          { id: 'b', kind: 'serviceStep', name: 'Decision', processTime: dur(5, 'min') },
        ],
        edges: chain('a', 'b'),
      }),
    );
    expect(metrics.rolledCompleteAccurate!.value).toBeNull();
    expect(metrics.rolledCompleteAccurate!.problems).toEqual([{ code: 'missing', field: 'completeAccuratePercent', elementIds: ['b'] }]);
    // LT from PTs: 600 s, PT 600 s → activity ratio 100 %
    expect(metrics.activityRatio!.value).toBe(100);
  });
});
