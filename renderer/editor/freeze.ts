import { freeze } from 'immer';
import type { Workshop } from '../../shared/model/workshop';

/**
 * The document's records are immutable (Immer freezes what a change produces), but Immer freezes
 * the untouched parts of a document only at its first change: on a 10,000-shape map that first
 * move or nudge paid about 15 ms of freezing. These steps freeze a freshly loaded document
 * bottom-up, a few hundred records at a time, so it can be done in the page's idle moments
 * before the user's first change. Freezing what Immer would freeze anyway changes nothing else.
 */
export function* freezeSteps(doc: Workshop, perStep = 500): Generator<void, void, void> {
  for (const board of doc.boards) {
    for (const records of [board.shapes, board.connectors] as readonly (readonly object[])[]) {
      for (let i = 0; i < records.length; i += perStep) {
        const end = Math.min(records.length, i + perStep);
        for (let k = i; k < end; k++) freeze(records[k], true);
        yield;
      }
    }
  }
  // The rest (header, agenda, record, boards' own fields): the frozen records are passed over.
  freeze(doc, true);
}

type IdleDeadline = { timeRemaining(): number };
type IdleScheduler = { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void) => number; cancelIdleCallback?: (handle: number) => void };

/** Runs `freezeSteps` in the page's idle time (a timer where there is none); returns a stop function. */
export function freezeWhenIdle(doc: Workshop): () => void {
  const steps = freezeSteps(doc);
  const { requestIdleCallback: idle, cancelIdleCallback: cancelIdle } = globalThis as IdleScheduler;
  let stopped = false;
  let handle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const work = (deadline: IdleDeadline) => {
    if (stopped) return;
    do {
      if (steps.next().done) return;
    } while (deadline.timeRemaining() > 3);
    schedule();
  };
  const schedule = () => {
    if (idle) handle = idle(work);
    else timer = setTimeout(() => work({ timeRemaining: () => 0 }), 0);
  };
  schedule();
  return () => {
    stopped = true;
    if (handle !== null) cancelIdle?.(handle);
    if (timer !== null) clearTimeout(timer);
  };
}
