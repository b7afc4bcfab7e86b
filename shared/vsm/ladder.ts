import type { FlowElement } from './model';

/** The upper rung: the work waiting between two steps (all inventories and waits there together). */
export type LadderWait = {
  kind: 'wait';
  elementIds: string[];
  /** Seconds of working time; null when one of the waits is unknown. */
  seconds: number | null;
  days: number | null;
};

/** The lower rung: a step. flowSeconds is how long it holds the work (C/T, or a service step's LT); workSeconds its C/T or PT. */
export type LadderProcess = {
  kind: 'process';
  elementId: string;
  shapeId: string | null;
  name: string;
  flowSeconds: number | null;
  workSeconds: number | null;
  days: number | null;
};

export type LadderSegment = LadderWait | LadderProcess;

/** Always wait, process, wait, process, …, wait: the ladder's rungs along the main flow. */
export type Ladder = { segments: LadderSegment[] };

type Timed = { seconds: number | null };

/**
 * Builds the timeline ladder from the main flow's elements in order. Its segments add up to the
 * lead time (waits + the time each step holds the work); a wait of 0 stands where two steps touch.
 */
export function buildLadder(path: readonly FlowElement[], flowTimes: ReadonlyMap<string, Timed>, workTimes: ReadonlyMap<string, Timed>, secondsPerDay: number | null): Ladder {
  const days = (seconds: number | null) => (seconds === null || secondsPerDay === null || secondsPerDay <= 0 ? null : seconds / secondsPerDay);
  const segments: LadderSegment[] = [];
  let wait: { elementIds: string[]; seconds: number | null } = { elementIds: [], seconds: 0 };
  const closeWait = () => {
    segments.push({ kind: 'wait', elementIds: wait.elementIds, seconds: wait.seconds, days: days(wait.seconds) });
    wait = { elementIds: [], seconds: 0 };
  };
  for (const element of path) {
    if (element.kind === 'inventory') {
      const seconds = flowTimes.get(element.id)?.seconds ?? null;
      wait = { elementIds: [...wait.elementIds, element.id], seconds: wait.seconds === null || seconds === null ? null : wait.seconds + seconds };
    } else if (element.kind === 'process' || element.kind === 'serviceStep') {
      closeWait();
      const flowSeconds = flowTimes.get(element.id)?.seconds ?? null;
      segments.push({
        kind: 'process',
        elementId: element.id,
        shapeId: element.shapeId,
        name: element.name,
        flowSeconds,
        workSeconds: workTimes.get(element.id)?.seconds ?? null,
        days: days(flowSeconds),
      });
    }
  }
  closeWait();
  return { segments };
}
