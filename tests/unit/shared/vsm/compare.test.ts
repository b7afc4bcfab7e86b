import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { compareValueStreams, pairStates } from '../../../../shared/vsm/compare';
import { formatComparison, formatFigure, formatWithUnit } from '../../../../shared/vsm/format';
import { chain, customer, dur, inventory, processBox, stream, supplier } from './builders';

/**
 * Current state: demand 100 a day, one 7 h shift (25 200 s); takt 252 s.
 * 2 200 pieces waiting before P (C/T 100 s) and 100 after: (2 200 + 100) ÷ 100 = 23 d + 100 s.
 * Future state: 400 and 100 waiting: 500 ÷ 100 = 5 d + 100 s.
 */
function map(before: number, after: number) {
  return analyzeValueStream(
    stream({
      settings: { demand: 100, shifts: 1, shiftLength: dur(7, 'h') },
      elements: [supplier(), inventory('i1', before), processBox('P', 100), inventory('i2', after), customer()],
      edges: chain('supplier', 'i1', 'P', 'i2', 'customer'),
    }),
  );
}

describe('current vs future state', () => {
  const rows = compareValueStreams(map(2_200, 100), map(400, 100));
  const lead = rows.find((row) => row.metric === 'leadTime')!;

  it('puts each metric side by side with the change', () => {
    // 23 d + 100 s = 23.003968 d → 5 d + 100 s = 5.003968 d; change −18 d = −78.25 %
    expect(lead.current).toBeCloseTo(23 + 100 / 25_200, 12);
    expect(lead.future).toBeCloseTo(5 + 100 / 25_200, 12);
    expect(lead.change).toBeCloseTo(-18, 12);
    expect(lead.changePercent).toBeCloseTo((-18 / (23 + 100 / 25_200)) * 100, 10);
    expect(lead.better).toBe(true);
    expect(rows.map((row) => row.metric)).toEqual(['leadTime', 'valueAddedTime', 'pce', 'takt', 'netAvailableTime', 'operatorsNeeded']);
  });

  it('says it the way the facilitator does: “lead time 23 wd → 5 wd, −78 %”', () => {
    expect(formatComparison(lead, 'en')).toBe('Lead time 23 wd → 5 wd, -78 %');
    expect(formatComparison(lead, 'sv')).toBe('Ledtid 23 arb.d → 5 arb.d, −78 %');
    expect(formatComparison(lead, 'nb')).toBe('Ledetid 23 arb.d → 5 arb.d, −78 %');
  });

  it('a higher PCE is better; takt is neither', () => {
    // PCE: 100 ÷ (23 × 25 200 + 100) = 0.01725 % → 100 ÷ (5 × 25 200 + 100) = 0.0793 %
    const pce = rows.find((row) => row.metric === 'pce')!;
    expect(pce.better).toBe(true);
    expect(pce.future!).toBeGreaterThan(pce.current!);
    const takt = rows.find((row) => row.metric === 'takt')!;
    expect(takt.change).toBe(0);
    expect(takt.better).toBeNull();
    expect(formatComparison(takt, 'en')).toBe('Takt time 4.2 min → 4.2 min, 0 %');
  });

  it('a figure missing on one side gives no change, shown as a dash', () => {
    const broken = map(400, 100);
    const future = { ...broken, leadTimeDays: { ...broken.leadTimeDays, value: null, problems: [{ code: 'missing' as const, field: 'demand' as const, elementIds: [] }] } };
    const row = compareValueStreams(map(2_200, 100), future).find((r) => r.metric === 'leadTime')!;
    expect(row.change).toBeNull();
    expect(formatComparison(row, 'sv')).toBe('Ledtid 23 arb.d → –, –');
    expect(formatFigure(future.leadTimeDays, 'sv')).toBe('–');
  });

  it('from zero the change can only be absolute', () => {
    const row = { metric: 'operatorsNeeded' as const, unit: 'operators' as const, current: 0, future: 2, change: 2, changePercent: null, better: false };
    expect(formatComparison(row, 'en')).toBe('Operators needed 0 → 2, +2');
  });

  it('numbers use the language’s decimal separator', () => {
    expect(formatWithUnit(13.371413, 'wd', 'sv')).toBe('13,4 arb.d');
    expect(formatWithUnit(0.0138192, 'percent', 'nb')).toBe('0,014 %'); // two significant digits
    expect(formatWithUnit(0.5, 'percent', 'en')).toBe('0.5 %');
    expect(formatWithUnit(1250.5, 's', 'en')).toBe('1,251 s');
    expect(formatWithUnit(1.7, 'operators', 'sv')).toBe('1,7 operatörer');
  });
});

describe('pairing current and future states', () => {
  it('pairs a future state with the current state it names, and ignores the rest', () => {
    const current = { ...map(2_200, 100), id: 'now' };
    const future = { ...map(400, 100), id: 'next' };
    const orphan = { ...map(300, 100), id: 'orphan' };
    const metrics = new Map([current, future, orphan].map((m) => [m.id, m]));
    const pairs = pairStates(
      [
        { id: 'now', state: 'current', comparesWith: null },
        { id: 'next', state: 'future', comparesWith: 'now' },
        { id: 'orphan', state: 'future', comparesWith: 'deleted-board' },
      ],
      metrics,
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.current.id).toBe('now');
    expect(pairs[0]!.future.id).toBe('next');
    expect(formatComparison(pairs[0]!.rows[0]!, 'en')).toBe('Lead time 23 wd → 5 wd, -78 %');
  });
});
