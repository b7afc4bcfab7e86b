import type { ScalePoll } from '../model/record';

/** Poll statistics, computed from the counts the facilitator entered; never stored. */

export interface PollBar {
  value: number;
  count: number;
  /** Share of all answers, 0–1 (0 when nobody answered). */
  share: number;
}

export interface PollStats {
  answers: number;
  histogram: PollBar[];
  /** The mean answer, or null when nobody answered. */
  mean: number | null;
  /** The most frequent count, for scaling bars so the tallest fills its space. */
  maxCount: number;
}

export function pollStats(poll: Pick<ScalePoll, 'scaleMin' | 'counts'>): PollStats {
  const answers = poll.counts.reduce((sum, count) => sum + count, 0);
  const weighted = poll.counts.reduce((sum, count, index) => sum + count * (poll.scaleMin + index), 0);
  return {
    answers,
    histogram: poll.counts.map((count, index) => ({ value: poll.scaleMin + index, count, share: answers === 0 ? 0 : count / answers })),
    mean: answers === 0 ? null : weighted / answers,
    maxCount: Math.max(0, ...poll.counts),
  };
}

/** Zero answers for every value from min to max: a new poll. */
export function emptyCounts(scaleMin: number, scaleMax: number): number[] {
  return Array.from({ length: scaleMax - scaleMin + 1 }, () => 0);
}
