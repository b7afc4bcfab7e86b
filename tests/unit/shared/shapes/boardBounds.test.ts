import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Shape } from '../../../../shared/model/board';
import { boardBounds } from '../../../../shared/shapes/drawBoard';
import { unionOf } from '../../../../shared/shapes/geometry';

const box = (id: string, x: number, y: number, w = 100, h = 60): Shape => ({ id, type: 'activity', x, y, w, h, text: '', locked: false, props: {} }) as Shape;
const fresh = (board: Board) => unionOf([...board.shapes]);

describe('a board’s bounds, carried from one version to the next', () => {
  it('after any sequence of moves and resizes equal the bounds worked out from scratch', () => {
    const change = fc.record({ shape: fc.nat(5), x: fc.integer({ min: -500, max: 1500 }), y: fc.integer({ min: -500, max: 1500 }), w: fc.integer({ min: 1, max: 400 }) });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 20 }), (changes) => {
        let board = { id: 'b', name: 'B', shapes: Array.from({ length: 6 }, (_, i) => box(`s${i}`, i * 150, (i % 2) * 100)), connectors: [] } as unknown as Board;
        expect(boardBounds(board)).toEqual(fresh(board));
        for (const c of changes) {
          board = { ...board, shapes: board.shapes.map((s, i) => (i === c.shape ? { ...s, x: c.x, y: c.y, w: c.w } : s)) };
          expect(boardBounds(board)).toEqual(fresh(board));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a shape moved inward from the edge shrinks them', () => {
    const a = box('a', 0, 0);
    const b = box('b', 1000, 0);
    const board = { id: 'b', name: 'B', shapes: [a, b], connectors: [] } as unknown as Board;
    expect(boardBounds(board)).toMatchObject({ x: 0, w: 1100 });
    const moved = { ...board, shapes: [a, { ...b, x: 200 }] };
    expect(boardBounds(moved)).toMatchObject({ x: 0, w: 300 });
  });
});
