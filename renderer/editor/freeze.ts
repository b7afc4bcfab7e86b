import { freeze, type Patch } from 'immer';
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
  // The rest (header, agenda, record, boards' own fields), passing over the record arrays done
  // above. Frozen objects are looked into too: a change made meanwhile froze the objects on its
  // way (freezeChanged) above others that were not yet.
  const done = new Set<unknown>(doc.boards.flatMap((b) => [b.shapes, b.connectors]));
  for (const records of done) Object.freeze(records);
  freezeAll(doc, done);
}

function freezeAll(value: unknown, done: ReadonlySet<unknown>): void {
  if (typeof value !== 'object' || value === null || done.has(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeAll(child, done);
}

/** Runs `freezeSteps` in the page's idle moments, then `done`; returns a stop function. */
export function freezeWhenIdle(doc: Workshop, done: () => void = () => {}): () => void {
  const steps = freezeSteps(doc);
  let cancel = whenIdle(work);
  function work(timeLeft: () => number): void {
    do {
      if (steps.next().done) return done();
    } while (timeLeft() > 3);
    cancel = whenIdle(work);
  }
  return () => cancel();
}

/**
 * Freezes what a change made new, found through its patches: the objects along each patch's path
 * (fresh copies) and, deeply, whatever the path leads to. Everything else in `next` is shared with
 * the state before, which was frozen, so the whole of `next` ends frozen, as with Immer's own
 * auto-freeze. That one walks every element of every copied array instead (each of a board's
 * 10,000 shapes after a nudge: about 1.4 ms of each change, against 0.1 ms here).
 */
export function freezeChanged<T>(next: T, patches: readonly Patch[]): T {
  for (const patch of patches) {
    let node: unknown = next;
    for (const key of patch.path) {
      if (typeof node !== 'object' || node === null) break;
      Object.freeze(node);
      node = (node as Record<string | number, unknown>)[key];
    }
    freeze(node, true);
  }
  return next;
}
