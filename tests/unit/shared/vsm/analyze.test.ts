import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { chain, customer, dur, inventory, processBox, serviceStep, stampingStream, stream, supplier, wait } from './builders';

describe('a manufacturing map worked by hand', () => {
  const metrics = analyzeValueStream(stampingStream());

  it('net available time = shifts × (shift length − breaks)', () => {
    // 2 × (8 h − 20 min) = 2 × (28 800 s − 1 200 s) = 55 200 s
    expect(metrics.netAvailableTime.value).toBe(55_200);
    expect(metrics.netAvailableTime.unit).toBe('s');
    expect(metrics.netAvailableTime.basis.formula).toBe('netAvailableTime');
    expect(metrics.netAvailableTime.basis.inputs).toEqual([
      { name: 'shifts', value: 2, unit: 'count' },
      { name: 'shiftLength', value: 28_800, unit: 's' },
      { name: 'breaks', value: 1_200, unit: 's' },
    ]);
  });

  it('monthly demand is converted to daily by working days per month', () => {
    // 18 400 ÷ 20 = 920 a day
    expect(metrics.dailyDemand.value).toBe(920);
    expect(metrics.dailyDemand.basis.inputs).toContainEqual({ name: 'workingDaysPerMonth', value: 20, unit: 'count' });
  });

  it('takt = net available time ÷ daily demand', () => {
    // 55 200 s ÷ 920 = 60 s
    expect(metrics.takt.value).toBe(60);
    expect(metrics.takt.basis.formula).toBe('takt');
  });

  it('inventory time = quantity ÷ daily demand, in working days', () => {
    // raw: 5 000 ÷ 920 = 5.4348 d = 5.4348 × 55 200 s = 300 000 s
    expect(metrics.inventoryTimes.get('raw')!.value).toBeCloseTo(300_000, 6);
    expect(metrics.inventoryTimes.get('raw')!.basis.formula).toBe('inventoryByDailyDemand');
    // stamped: 4 600 ÷ 920 = 5 d exactly = 276 000 s
    expect(metrics.inventoryTimes.get('stamped')!.value).toBeCloseTo(276_000, 6);
  });

  it('lead time = Σ inventory times + Σ C/T along the main flow', () => {
    // inventories: (5 000 + 4 600 + 1 100 + 1 600) ÷ 920 = 12 300 ÷ 920 = 13.369565 d = 738 000 s
    // C/T: 1 + 39 + 62 = 102 s → 738 102 s = 738 102 ÷ 55 200 = 13.371413 d
    expect(metrics.leadTime.value).toBeCloseTo(738_102, 6);
    expect(metrics.leadTimeDays.value).toBeCloseTo(738_102 / 55_200, 12);
    expect(metrics.leadTimeDays.value).toBeCloseTo(13.371413, 6);
    expect(metrics.leadTimeDays.unit).toBe('wd');
  });

  it('value-added time = Σ C/T', () => {
    // 1 + 39 + 62 = 102 s
    expect(metrics.valueAddedTime.value).toBe(102);
  });

  it('PCE = value-added time ÷ lead time, days converted by the working day', () => {
    // 102 ÷ 738 102 × 100 = 0.013819 %
    expect(metrics.pce.value).toBeCloseTo(0.0138192, 6);
    expect(metrics.pce.unit).toBe('percent');
  });

  it('flags the step whose C/T exceeds takt as the bottleneck', () => {
    // Assembly 62 s > takt 60 s; Welding 39 s and Stamping 1 s are under it
    expect(metrics.bottlenecks).toEqual(['Assembly']);
    expect(metrics.stepLoads.map((load) => [load.elementId, load.workSeconds, load.overTakt])).toEqual([
      ['Stamping', 1, false],
      ['Welding', 39, false],
      ['Assembly', 62, true],
    ]);
    expect(metrics.stepLoads[2]!.shapeId).toBe('shape-Assembly');
  });

  it('operators needed ≈ Σ C/T ÷ takt', () => {
    // 102 s ÷ 60 s = 1.7
    expect(metrics.operatorsNeeded.value).toBeCloseTo(1.7, 12);
  });

  it('service-only figures do not apply to a manufacturing map', () => {
    expect(metrics.activityRatio).toBeNull();
    expect(metrics.rolledCompleteAccurate).toBeNull();
    expect(metrics.problems).toEqual([]);
  });

  it('the main flow runs from supplier to customer', () => {
    expect(metrics.mainFlow).toEqual(['supplier', 'raw', 'Stamping', 'stamped', 'Welding', 'welded', 'Assembly', 'finished', 'customer']);
  });

  it('quantity × takt gives the same inventory times (the two methods are two ways to the same days)', () => {
    const byTakt = stampingStream();
    byTakt.settings.inventoryTimeMethod = 'takt';
    const other = analyzeValueStream(byTakt);
    // raw: 5 000 × 60 s = 300 000 s, as above
    expect(other.inventoryTimes.get('raw')!.value).toBe(300_000);
    expect(other.inventoryTimes.get('raw')!.basis.formula).toBe('inventoryByTakt');
    expect(other.leadTime.value).toBeCloseTo(738_102, 6);
  });

  it('weekly demand is converted by working days per week', () => {
    const weekly = stampingStream();
    weekly.settings.demand = 4_600;
    weekly.settings.demandPeriod = 'week';
    weekly.settings.workingDaysPerWeek = 5;
    // 4 600 ÷ 5 = 920 a day → takt 60 s again
    const result = analyzeValueStream(weekly);
    expect(result.dailyDemand.value).toBe(920);
    expect(result.takt.value).toBe(60);
  });
});

describe('a service map worked by hand', () => {
  // 40 cases a week over 5 working days = 8 a day; 1 shift × (8 h − 1 h) = 25 200 s a day; takt = 3 150 s.
  // Intake PT 15 min LT 1 h 80 % → wait 2 working days → Assessment PT 45 min LT 4 h 90 %
  // → wait 3 calendar days → Decision PT 30 min LT 2 h 95 %
  const serviceMap = () =>
    stream({
      settings: { kind: 'service', demand: 40, demandPeriod: 'week', shifts: 1, shiftLength: dur(8, 'h'), breaks: dur(1, 'h') },
      elements: [
        supplier('citizen'),
        serviceStep('Intake', dur(15, 'min'), dur(1, 'h'), 80),
        wait('inbox', dur(2, 'wd')),
        serviceStep('Assessment', dur(45, 'min'), dur(4, 'h'), 90),
        wait('queue', dur(3, 'd')),
        serviceStep('Decision', dur(30, 'min'), dur(2, 'h'), 95),
        customer('citizen-out'),
      ],
      edges: chain('citizen', 'Intake', 'inbox', 'Assessment', 'queue', 'Decision', 'citizen-out'),
    });
  const metrics = analyzeValueStream(serviceMap());

  it('takt from weekly demand', () => {
    // 25 200 s ÷ (40 ÷ 5) = 25 200 ÷ 8 = 3 150 s
    expect(metrics.takt.value).toBe(3_150);
  });

  it('total lead time = Σ waits + Σ step LT', () => {
    // steps: 3 600 + 14 400 + 7 200 = 25 200 s
    // waits: 2 wd × 25 200 = 50 400 s; 3 calendar days = 3 × 5/7 wd = 15/7 × 25 200 = 54 000 s
    // total 129 600 s = 129 600 ÷ 25 200 = 5.142857 working days
    expect(metrics.leadTime.value).toBeCloseTo(129_600, 6);
    expect(metrics.leadTimeDays.value).toBeCloseTo(36 / 7, 12);
  });

  it('total process time = Σ PT', () => {
    // 900 + 2 700 + 1 800 = 5 400 s
    expect(metrics.valueAddedTime.value).toBe(5_400);
  });

  it('activity ratio = PT ÷ LT, and flow efficiency is the same ratio', () => {
    // 5 400 ÷ 129 600 × 100 = 4.1667 %
    expect(metrics.activityRatio!.value).toBeCloseTo(4.166667, 5);
    expect(metrics.pce.value).toBeCloseTo(metrics.activityRatio!.value!, 12);
  });

  it('rolled %C&A = Π %C&A', () => {
    // 0.80 × 0.90 × 0.95 = 0.684 → 68.4 %
    expect(metrics.rolledCompleteAccurate!.value).toBeCloseTo(68.4, 10);
    expect(metrics.rolledCompleteAccurate!.basis.inputs.map((input) => input.value)).toEqual([80, 90, 95]);
  });

  it('a step without its own LT counts its PT, and says so', () => {
    const map = serviceMap();
    const intake = map.elements.find((element) => element.id === 'Intake')!;
    if (intake.kind === 'serviceStep') intake.leadTime = null;
    const result = analyzeValueStream(map);
    // 129 600 − 3 600 + 900 = 126 900 s
    expect(result.leadTime.value).toBeCloseTo(126_900, 6);
    expect(result.leadTime.basis.assumptions).toContainEqual({ code: 'stepLeadTimeFromProcessTime', elementId: 'Intake' });
  });

  it('a step whose LT is shorter than its PT is a problem, not a figure', () => {
    const map = serviceMap();
    const decision = map.elements.find((element) => element.id === 'Decision')!;
    if (decision.kind === 'serviceStep') decision.leadTime = dur(10, 'min');
    const result = analyzeValueStream(map);
    expect(result.leadTime.value).toBeNull();
    expect(result.leadTime.problems).toContainEqual({ code: 'stepLeadTimeBelowProcessTime', field: 'leadTime', elementIds: ['Decision'] });
  });

  it('a map without supplier and customer flows from where nothing comes in to where nothing goes out', () => {
    const map = serviceMap();
    map.elements = map.elements.filter((element) => element.kind !== 'supplier' && element.kind !== 'customer');
    map.edges = chain('Intake', 'inbox', 'Assessment', 'queue', 'Decision').map((edge) => ({ ...edge, shapeId: null }));
    const result = analyzeValueStream(map);
    expect(result.leadTime.value).toBeCloseTo(129_600, 6);
    expect(result.leadTime.basis.assumptions).toEqual(expect.arrayContaining([{ code: 'flowFromSources' }, { code: 'flowToSinks' }]));
  });
});

describe('the longest-path rule with parallel branches', () => {
  // supplier → A 10 s → { 1 h wait → B 20 s | 2 h wait → C 30 s } → D 5 s → customer
  const branched = () =>
    stream({
      settings: { shifts: 1, shiftLength: dur(8, 'h'), demand: 100 },
      elements: [supplier(), processBox('A', 10), wait('w1', dur(1, 'h')), processBox('B', 20), wait('w2', dur(2, 'h')), processBox('C', 30), processBox('D', 5), customer()],
      edges: [...chain('supplier', 'A', 'w1', 'B', 'D', 'customer'), ...chain('A', 'w2', 'C', 'D')],
    });

  it('lead time follows the longer branch', () => {
    const metrics = analyzeValueStream(branched());
    // A 10 + 2 h (7 200) + C 30 + D 5 = 7 245 s (the other branch: 10 + 3 600 + 20 + 5 = 3 635 s)
    expect(metrics.leadTime.value).toBe(7_245);
    expect(metrics.mainFlow).toEqual(['supplier', 'A', 'w2', 'C', 'D', 'customer']);
  });

  it('value-added time is Σ C/T along that same path; operators count every step', () => {
    const metrics = analyzeValueStream(branched());
    // path: 10 + 30 + 5 = 45 s; all steps: 10 + 20 + 30 + 5 = 65 s
    expect(metrics.valueAddedTime.value).toBe(45);
    // takt: 1 × 8 h = 28 800 s ÷ 100 = 288 s; 65 ÷ 288 = 0.225694
    expect(metrics.operatorsNeeded.value).toBeCloseTo(65 / 288, 12);
  });

  it('the longest path counts waits and steps together, not the number of elements', () => {
    const map = branched();
    const w1 = map.elements.find((element) => element.id === 'w1')!;
    if (w1.kind === 'inventory') w1.waitingTime = dur(3, 'h');
    const metrics = analyzeValueStream(map);
    // now: 10 + 10 800 + 20 + 5 = 10 835 s beats 7 245 s
    expect(metrics.leadTime.value).toBe(10_835);
    expect(metrics.mainFlow).toEqual(['supplier', 'A', 'w1', 'B', 'D', 'customer']);
    expect(metrics.valueAddedTime.value).toBe(35);
  });

  it('an unknown time on the shorter-looking branch leaves the lead time unknown: that branch might be the longest', () => {
    const map = branched();
    const b = map.elements.find((element) => element.id === 'B')!;
    if (b.kind === 'process') b.cycleTime = null;
    const metrics = analyzeValueStream(map);
    expect(metrics.mainFlow).toEqual(['supplier', 'A', 'w2', 'C', 'D', 'customer']); // tentative, for the ladder
    expect(metrics.leadTime.value).toBeNull();
    expect(metrics.leadTime.problems).toEqual([{ code: 'missing', field: 'cycleTime', elementIds: ['B'] }]);
    expect(metrics.valueAddedTime.value).toBeNull();
    expect(metrics.ladder!.segments.find((s) => s.kind === 'process' && s.elementId === 'C')).toMatchObject({ flowSeconds: 30 });
  });

  it('two separate suppliers feeding one assembly: the longer feed counts', () => {
    const metrics = analyzeValueStream(
      stream({
        elements: [supplier('s1'), supplier('s2'), inventory('i1', 100), inventory('i2', 300), processBox('Assembly', 40), customer()],
        edges: [...chain('s1', 'i1', 'Assembly', 'customer'), ...chain('s2', 'i2', 'Assembly')],
        settings: { demand: 100, shifts: 1, shiftLength: dur(7, 'h') },
      }),
    );
    // 7 h = 25 200 s a day, 100 a day; i2: 300 ÷ 100 = 3 d = 75 600 s; + 40 s = 75 640 s
    expect(metrics.leadTime.value).toBeCloseTo(75_640, 6);
    expect(metrics.mainFlow).toEqual(['s2', 'i2', 'Assembly', 'customer']);
  });
});
