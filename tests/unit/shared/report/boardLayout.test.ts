import { describe, expect, it } from 'vitest';
import { drawingArea, layoutBoard, MIN_READABLE_SCALE } from '../../../../shared/report/boardLayout';

describe('fitting a board to paper', () => {
  it('prints a board wider than tall on a landscape page, and a tall one on a portrait page', () => {
    expect(layoutBoard({ x: 0, y: 0, w: 1200, h: 500 }, 'A4', 'split').orientation).toBe('landscape');
    expect(layoutBoard({ x: 0, y: 0, w: 500, h: 900 }, 'A4', 'split').orientation).toBe('portrait');
  });

  it('fits a board that is readable at page size onto one page', () => {
    const layout = layoutBoard({ x: -40, y: 10, w: 1200, h: 500 }, 'A4', 'split');
    expect(layout.tiles).toEqual([{ region: { x: -40, y: 10, w: 1200, h: 500 }, row: 1, column: 1 }]);
    const area = drawingArea('A4', 'landscape');
    expect(1200 * layout.scale).toBeLessThanOrEqual(area.w + 0.001);
  });

  it('splits a board too large to read into overlapping parts that cover all of it', () => {
    const bounds = { x: 0, y: 0, w: 6000, h: 2500 };
    const layout = layoutBoard(bounds, 'A4', 'split');
    expect(layout.scale).toBe(MIN_READABLE_SCALE);
    expect(layout.tiles.length).toBe(layout.rows * layout.columns);
    expect(layout.columns).toBeGreaterThan(1);
    const row = layout.tiles.filter((t) => t.row === 1);
    expect(row[0]!.region.x).toBe(0);
    expect(row.at(-1)!.region.x + row.at(-1)!.region.w).toBeCloseTo(6000);
    for (let i = 1; i < row.length; i++) expect(row[i]!.region.x).toBeLessThan(row[i - 1]!.region.x + row[i - 1]!.region.w);
  });

  it('scales a large board down to one page when the user chooses so', () => {
    const layout = layoutBoard({ x: 0, y: 0, w: 6000, h: 2500 }, 'A4', 'scale');
    expect(layout.tiles).toHaveLength(1);
    expect(layout.scale).toBeLessThan(MIN_READABLE_SCALE);
  });

  it('needs fewer parts on A3 than on A4', () => {
    const bounds = { x: 0, y: 0, w: 6000, h: 2500 };
    expect(layoutBoard(bounds, 'A3', 'split').tiles.length).toBeLessThan(layoutBoard(bounds, 'A4', 'split').tiles.length);
  });
});
