import { describe, expect, it } from 'vitest';
import { snapMove, snapToGrid } from '../../../../../renderer/editor/board/snapping';

const box = (x: number, y: number, w = 100, h = 50) => ({ x, y, w, h });

describe('snapping', () => {
  it('snaps centres to the grid when nothing else is near', () => {
    expect(snapMove(box(13, 27), [], { grid: 10, threshold: 5 })).toMatchObject({ dx: -3, dy: -2, guides: [] });
    expect(snapToGrid(14, 10)).toBe(10);
    expect(snapToGrid(14, null)).toBe(14);
  });

  it('leaves the box alone without a grid or neighbours', () => {
    expect(snapMove(box(13, 27), [], { grid: null, threshold: 5 })).toMatchObject({ dx: 0, dy: 0 });
  });

  it('catches another shape’s left edge and shows a vertical guide', () => {
    const result = snapMove(box(203, 305), [box(200, 0)], { grid: 10, threshold: 6 });
    expect(result.dx).toBe(-3);
    expect(result.guides).toContainEqual({ axis: 'x', at: 200, from: 0, to: 355, kind: 'edge' });
  });

  it('catches centres: a box centred under another', () => {
    const result = snapMove(box(0, 200, 60, 40), [box(0, 0, 100, 50)], { grid: null, threshold: 6 });
    // its centre (30) is too far from 50; its left edge (0) catches the other's left edge
    expect(result.dx).toBe(0);
    const centred = snapMove(box(22, 200, 60, 40), [box(0, 0, 100, 50)], { grid: null, threshold: 6 });
    expect(centred.dx).toBe(-2);
  });

  it('prefers the nearest of several lines', () => {
    expect(snapMove(box(104, 300), [box(100, 0), box(103, 100)], { grid: null, threshold: 6 }).dx).toBe(-1);
  });

  it('evens out the spacing between two neighbours in a row', () => {
    const result = snapMove(box(248, 0), [box(0, 0), box(500, 0)], { grid: null, threshold: 6 });
    // room between 100 and 500 is 400; the 100-wide box sits with 150 on each side
    expect(result.dx).toBe(2);
    expect(result.guides.filter((g) => g.kind === 'spacing')).toHaveLength(2);
  });

  it('ignores neighbours further than the threshold', () => {
    expect(snapMove(box(230, 300), [box(200, 0)], { grid: null, threshold: 6 }).guides).toEqual([]);
  });
});
