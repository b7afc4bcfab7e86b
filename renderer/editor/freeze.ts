import { freeze } from 'immer';
import type { Workshop } from '../../shared/model/workshop';
import { whenIdle } from './idle';

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

/** Runs `freezeSteps` in the page's idle moments; returns a stop function. */
export function freezeWhenIdle(doc: Workshop): () => void {
  const steps = freezeSteps(doc);
  let cancel = whenIdle(work);
  function work(timeLeft: () => number): void {
    do {
      if (steps.next().done) return;
    } while (timeLeft() > 3);
    cancel = whenIdle(work);
  }
  return () => cancel();
}
