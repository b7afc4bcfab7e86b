import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { freezeSteps, freezeWhenIdle } from '../../../../renderer/editor/freeze';
import { generateWorkshop } from '../../../bench/canvas/generateBoard';

describe('freezing a loaded document before its first change', () => {
  it('freezes every record, a few hundred per step, and the document last', () => {
    const doc = generateWorkshop(1_200);
    const board = doc.boards[0]!;
    const steps = freezeSteps(doc, 500);
    steps.next();
    // After one step: the first 500 shapes, nothing else.
    expect(Object.isFrozen(board.shapes[0])).toBe(true);
    expect(Object.isFrozen(board.shapes[0]!.props)).toBe(true);
    expect(Object.isFrozen(board.shapes[499])).toBe(true);
    expect(Object.isFrozen(board.shapes[500])).toBe(false);
    expect(Object.isFrozen(doc)).toBe(false);
    let count = 1;
    while (!steps.next().done) count++;
    // 3 steps of shapes, 3 of connectors, then the rest.
    expect(count).toBe(6);
    expect(Object.isFrozen(board.connectors[1_198])).toBe(true);
    expect(Object.isFrozen(board.connectors[1_198]!.from)).toBe(true);
    expect(Object.isFrozen(board.shapes)).toBe(true);
    expect(Object.isFrozen(doc.header)).toBe(true);
    expect(Object.isFrozen(doc)).toBe(true);
  });

  it('a frozen document still changes through Immer as before, sharing what did not change', () => {
    const doc = generateWorkshop(50);
    for (const _ of freezeSteps(doc)) void _;
    const next = produce(doc, (draft) => {
      draft.boards[0]!.shapes[3]!.x += 10;
    });
    expect(next.boards[0]!.shapes[3]!.x).toBe(doc.boards[0]!.shapes[3]!.x + 10);
    expect(next.boards[0]!.shapes[4]).toBe(doc.boards[0]!.shapes[4]);
    expect(() => {
      (doc.boards[0]!.shapes[3] as { x: number }).x = 0;
    }).toThrow(TypeError);
  });

  it('runs in idle time (a timer without requestIdleCallback) and stops when told', async () => {
    vi.useFakeTimers();
    try {
      const doc = generateWorkshop(2_000);
      freezeWhenIdle(doc);
      expect(Object.isFrozen(doc.boards[0]!.shapes[0])).toBe(false);
      await vi.runAllTimersAsync();
      expect(Object.isFrozen(doc)).toBe(true);

      // Stopped before its first idle moment, it freezes nothing.
      const other = generateWorkshop(2_000);
      const stop = freezeWhenIdle(other);
      stop();
      await vi.runAllTimersAsync();
      expect(Object.isFrozen(other.boards[0]!.shapes[0])).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
