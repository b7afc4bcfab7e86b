import { describe, expect, it } from 'vitest';
import { ScalePoll } from '../../../../shared/model/record';
import { emptyCounts, pollStats } from '../../../../shared/record/polls';

describe('scale poll statistics', () => {
  it('the mean of answers 3, 5, 5 and 6 on a 1–6 scale is 4.75', () => {
    const stats = pollStats({ scaleMin: 1, counts: [0, 0, 1, 0, 2, 1] });
    expect(stats.answers).toBe(4);
    expect(stats.mean).toBe(4.75);
    expect(stats.maxCount).toBe(2);
  });

  it('the histogram has one bar per value with its count and share', () => {
    const stats = pollStats({ scaleMin: 1, counts: [1, 0, 0, 0, 0, 3] });
    expect(stats.histogram).toEqual([
      { value: 1, count: 1, share: 0.25 },
      { value: 2, count: 0, share: 0 },
      { value: 3, count: 0, share: 0 },
      { value: 4, count: 0, share: 0 },
      { value: 5, count: 0, share: 0 },
      { value: 6, count: 3, share: 0.75 },
    ]);
  });

  it('a poll nobody has answered has no mean', () => {
    const stats = pollStats({ scaleMin: 1, counts: emptyCounts(1, 6) });
    expect(stats).toMatchObject({ answers: 0, mean: null, maxCount: 0 });
    expect(stats.histogram).toHaveLength(6);
  });

  it('a scale starting at 0 weights each count by its own value', () => {
    expect(pollStats({ scaleMin: 0, counts: [2, 0, 2] }).mean).toBe(1);
  });

  it('the file refuses a poll whose counts do not match its scale', () => {
    const poll = { id: 'p', question: 'q', agendaItemId: null, scaleMin: 1, scaleMax: 6, counts: [1, 2, 3] };
    expect(ScalePoll.safeParse(poll).success).toBe(false);
    expect(ScalePoll.safeParse({ ...poll, counts: emptyCounts(1, 6) }).success).toBe(true);
    expect(ScalePoll.safeParse({ ...poll, scaleMin: 6, scaleMax: 6, counts: [0] }).success).toBe(false);
  });
});
