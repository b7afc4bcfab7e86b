import { describe, expect, it } from 'vitest';
import { Board } from '../../../../shared/model/board';
import { newWorkshop } from '../../../../shared/model/defaults';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { vsmBoardsOf } from '../../../../shared/vsm/boards';
import { describeBasis } from '../../../../shared/vsm/describe';
import { metricsJson, metricsText } from '../../../../shared/vsm/report';
import { chain, dur, serviceStep, stampingStream, stream, wait } from './builders';

const serviceMap = () =>
  stream({
    id: 'board-2',
    name: 'Ansökan om bistånd',
    settings: { kind: 'service', demand: 8, shifts: 1, shiftLength: dur(8, 'h'), breaks: dur(1, 'h') },
    elements: [serviceStep('Mottagning', dur(15, 'min'), dur(1, 'h'), 80), wait('Inkorg', dur(2, 'wd')), serviceStep('Beslut', dur(30, 'min'), dur(2, 'h'), 95)],
    edges: chain('Mottagning', 'Inkorg', 'Beslut'),
  });

describe('the metrics report (what `verkstad metrics` prints)', () => {
  it('--json: exactly the documented keys, full precision, null where a figure does not apply', () => {
    const json = metricsJson([stampingStream()], 'en');
    expect(Object.keys(json)).toEqual(['boards']);
    const board = json.boards[0]!;
    expect(Object.keys(board)).toEqual([
      'id',
      'name',
      'kind',
      'taktSeconds',
      'leadTimeDays',
      'valueAddedSeconds',
      'pcePercent',
      'activityRatioPercent',
      'rolledCompleteAccuratePercent',
      'problems',
    ]);
    expect(board).toMatchObject({ id: 'board-1', name: 'VSM current state', kind: 'manufacturing', taktSeconds: 60, valueAddedSeconds: 102 });
    // 738 102 ÷ 55 200, unrounded
    expect(board.leadTimeDays).toBe(738_102 / 55_200);
    expect(board.pcePercent).toBeCloseTo((102 / 738_102) * 100, 15);
    expect(board.activityRatioPercent).toBeNull();
    expect(board.rolledCompleteAccuratePercent).toBeNull();
    expect(board.problems).toEqual([]);
  });

  it('--json: service maps carry activity ratio and rolled %C&A', () => {
    const board = metricsJson([serviceMap()], 'en').boards[0]!;
    // LT 3 600 + 2 × 25 200 + 7 200 = 61 200 s = 61 200 ÷ 25 200 = 2.428571 d; PT 900 + 1 800 = 2 700 s
    expect(board.leadTimeDays).toBeCloseTo(61_200 / 25_200, 12);
    expect(board.valueAddedSeconds).toBe(2_700);
    // 2 700 ÷ 61 200 = 4.4118 %; 0.8 × 0.95 = 76 %
    expect(board.activityRatioPercent).toBeCloseTo(4.411765, 5);
    expect(board.rolledCompleteAccuratePercent).toBeCloseTo(76, 10);
    // demand 8 a day: takt 25 200 ÷ 8 = 3 150 s
    expect(board.taktSeconds).toBe(3_150);
  });

  it('--json: a figure that cannot be computed is null and the problem says why, in the chosen language', () => {
    const map = stampingStream();
    map.settings.demand = null;
    const board = metricsJson([map], 'sv').boards[0]!;
    expect(board.taktSeconds).toBeNull();
    expect(board.leadTimeDays).toBeNull();
    expect(board.valueAddedSeconds).toBe(102);
    expect(board.problems).toEqual([{ code: 'missing', field: 'demand', elementIds: [], message: 'Det saknas värde för kundbehovet.' }]);
  });

  it('prints each board readably, rounded only for reading, in Swedish with decimal commas', () => {
    expect(metricsText([stampingStream(), serviceMap()], 'sv')).toBe(
      [
        'VSM current state (Värdeflöde i tillverkning)',
        '  Takttid                   60 s',
        '  Ledtid                    13,4 arb.d',
        '  Värdeskapande tid         102 s',
        '  Flödeseffektivitet (PCE)  0,014 %',
        '',
        'Ansökan om bistånd (Värdeflöde i tjänst och administration)',
        '  Takttid                            52,5 min',
        '  Ledtid                             2,43 arb.d',
        '  Värdeskapande tid                  45 min',
        '  Flödeseffektivitet                 4,41 %',
        '  Aktivitetsgrad                     4,41 %',
        '  Sammanlagd % komplett och korrekt  76 %',
        '  i Ingen leverantör på kartan: flödet börjar där inget flödar in.',
        '  i Ingen kund på kartan: flödet slutar där inget flödar ut.',
      ]
        .join('\n')
        .replace(/(\d) (\d{3} s)/g, '$1\u00a0$2'), // Swedish groups thousands with a no-break space
    );
  });

  it('prints the problems under the board', () => {
    const map = stampingStream();
    map.settings.demand = null;
    const text = metricsText([map], 'en');
    expect(text).toContain('  Takt time                       –');
    expect(text).toContain('  ! The customer demand is missing.');
  });
});

describe('vsmBoardsOf', () => {
  it('finds no value-stream maps while boards carry no VSM content (format version 2)', () => {
    const workshop = newWorkshop(new Date('2026-03-16T07:30:00.000Z'));
    workshop.boards = [Board.parse({ id: 'b1', name: 'VSM nuläge' })];
    expect(vsmBoardsOf(workshop)).toEqual([]);
  });
});

describe('the basis shown beside a figure', () => {
  it('names the formula and the inputs with their values, in the user’s language', () => {
    const map = stampingStream();
    const metrics = analyzeValueStream(map);
    expect(describeBasis(metrics.takt, map, 'sv')).toEqual({
      formula: 'tillgänglig nettotid ÷ kundbehov per dag',
      inputs: ['tillgänglig tid: 55\u00a0200 s', 'kundbehovet per dag: 920 per dag'],
      assumptions: [],
    });
    expect(describeBasis(metrics.netAvailableTime, map, 'en').inputs).toEqual(['shifts: 2', 'shift length: 28,800 s', 'breaks: 1,200 s']);
    expect(describeBasis(metrics.valueAddedTime, map, 'en').inputs).toEqual([
      'cycle time (C/T) (Stamping): 1 s',
      'cycle time (C/T) (Welding): 39 s',
      'cycle time (C/T) (Assembly): 62 s',
    ]);
    const service = serviceMap();
    const serviceMetrics = analyzeValueStream(service);
    expect(describeBasis(serviceMetrics.rolledCompleteAccurate!, service, 'nb')).toEqual({
      formula: 'produktet av hvert trinns %C&A',
      inputs: ['% komplett og korrekt (%C&A) (Mottagning): 80 %', '% komplett og korrekt (%C&A) (Beslut): 95 %'],
      assumptions: [],
    });
    expect(describeBasis(serviceMetrics.leadTime, service, 'en').assumptions).toEqual([
      'No supplier on the map: the flow starts where nothing flows in.',
      'No customer on the map: the flow ends where nothing flows out.',
    ]);
  });
});
