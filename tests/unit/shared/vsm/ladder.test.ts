import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { formatWithUnit } from '../../../../shared/vsm/format';
import type { LadderSegment } from '../../../../shared/vsm/ladder';
import { chain, customer, dur, inventory, processBox, serviceStep, stampingStream, stream, supplier, wait } from './builders';

const summary = (segments: LadderSegment[]) =>
  segments.map((segment) => (segment.kind === 'wait' ? ['wait', segment.elementIds, segment.seconds] : ['process', segment.elementId, segment.flowSeconds]));

describe('the timeline ladder', () => {
  it('alternates waits and steps along the main flow, built from the figures', () => {
    const metrics = analyzeValueStream(stampingStream());
    const segments = metrics.ladder!.segments;
    // 5 000 ÷ 920 × 55 200 = 300 000 s; 4 600 → 276 000; 1 100 → 66 000; 1 600 → 96 000
    expect(summary(segments).map(([kind, what]) => [kind, what])).toEqual([
      ['wait', ['raw']],
      ['process', 'Stamping'],
      ['wait', ['stamped']],
      ['process', 'Welding'],
      ['wait', ['welded']],
      ['process', 'Assembly'],
      ['wait', ['finished']],
    ]);
    const seconds = segments.map((segment) => (segment.kind === 'wait' ? segment.seconds! : segment.flowSeconds!));
    [300_000, 1, 276_000, 39, 66_000, 62, 96_000].forEach((expected, i) => expect(seconds[i]).toBeCloseTo(expected, 6));
    // 4 600 ÷ 920 = 5 days exactly
    expect(segments[2]!.days).toBeCloseTo(5, 12);
  });

  it('its segments add up to the lead time', () => {
    const metrics = analyzeValueStream(stampingStream());
    const total = metrics.ladder!.segments.reduce((sum, segment) => sum + (segment.kind === 'wait' ? segment.seconds! : segment.flowSeconds!), 0);
    expect(total).toBeCloseTo(metrics.leadTime.value!, 6);
  });

  it('two steps side by side get a zero wait between them; two waits in a row are one rung', () => {
    const metrics = analyzeValueStream(
      stream({
        settings: { shifts: 1, shiftLength: dur(8, 'h') },
        elements: [supplier(), processBox('Cut', 20), processBox('Drill', 30), wait('w1', dur(1, 'h')), wait('w2', dur(30, 'min')), processBox('Pack', 10), customer()],
        edges: chain('supplier', 'Cut', 'Drill', 'w1', 'w2', 'Pack', 'customer'),
      }),
    );
    expect(summary(metrics.ladder!.segments)).toEqual([
      ['wait', [], 0],
      ['process', 'Cut', 20],
      ['wait', [], 0],
      ['process', 'Drill', 30],
      ['wait', ['w1', 'w2'], 5_400], // 3 600 + 1 800
      ['process', 'Pack', 10],
      ['wait', [], 0],
    ]);
  });

  it('service steps show their LT on the ladder and their PT as work', () => {
    const metrics = analyzeValueStream(
      stream({
        settings: { kind: 'service', shifts: 1, shiftLength: dur(8, 'h') },
        elements: [serviceStep('Intake', dur(10, 'min'), dur(2, 'h'), 100)],
        edges: [],
      }),
    );
    expect(metrics.ladder!.segments[1]).toMatchObject({ kind: 'process', flowSeconds: 7_200, workSeconds: 600, days: 0.25 });
  });

  it('an unknown wait shows as unknown, the rest of the ladder stays', () => {
    const map = stampingStream();
    map.settings.demand = null;
    const segments = analyzeValueStream(map).ladder!.segments;
    expect(segments[0]).toMatchObject({ kind: 'wait', seconds: null, days: null });
    expect(segments[1]).toMatchObject({ kind: 'process', flowSeconds: 1 });
  });
});

describe('rounding only at display time', () => {
  // Demand 3 a day, one 8 h shift (28 800 s). Three inventories of 1 piece: each 1 ÷ 3 = 0.333… d.
  const thirds = () =>
    analyzeValueStream(
      stream({
        settings: { demand: 3, shifts: 1, shiftLength: dur(8, 'h') },
        elements: [supplier(), inventory('i1', 1), inventory('i2', 1), inventory('i3', 1), processBox('P', 0), customer()],
        edges: chain('supplier', 'i1', 'i2', 'i3', 'P', 'customer'),
      }),
    );

  it('sums full-precision values: three thirds of a day are one day, not 0.99', () => {
    const metrics = thirds();
    // 3 × (1 ÷ 3 × 28 800) = 28 800 s = 1 d
    expect(metrics.leadTimeDays.value).toBeCloseTo(1, 12);
    expect(formatWithUnit(metrics.leadTimeDays.value!, 'wd', 'en')).toBe('1 wd');
    // each third shows rounded to two decimals only as text
    expect(formatWithUnit(1 / 3, 'wd', 'sv')).toBe('0,33 arb.d');
    expect(3 * Number((1 / 3).toFixed(2))).toBeCloseTo(0.99, 12); // what rounding first would have given
  });

  it('figures keep their full precision', () => {
    const metrics = analyzeValueStream(stampingStream());
    // 738 102 ÷ 55 200 = 13.3714130…: not cut to the 13.4 d the panel shows
    expect(metrics.leadTimeDays.value).toBeCloseTo(13.371413043478, 11);
    expect(formatWithUnit(metrics.leadTimeDays.value!, 'wd', 'en')).toBe('13.4 wd');
    expect(metrics.pce.value).toBeCloseTo((102 / 738_102) * 100, 15);
  });
});
