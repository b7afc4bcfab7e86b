import { describe, expect, it } from 'vitest';
import { drawingArea, layoutBoard, MIN_READABLE_SCALE } from '../../../../shared/report/boardLayout';
import { intersects } from '../../../../shared/shapes/geometry';

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

describe('splitting by what the board shows', () => {
  const bounds = { x: 0, y: 0, w: 100_200, h: 100_200 };
  const near = { x: 16, y: 16, w: 160, h: 120 };
  const far = { x: 100_000, y: 100_000, w: 160, h: 120 };

  it('keeps only the parts that show some of the content, however large the board between them', () => {
    const layout = layoutBoard(bounds, 'A4', 'split', [near, far]);
    // The whole grid would be thousands of pages; two stickies far apart are two parts.
    expect(layout.rows * layout.columns).toBeGreaterThan(1_000);
    expect(layout.tiles).toHaveLength(2);
    expect(layout.tiles.map((t) => t.content)).toEqual([[0], [1]]);
    expect(layout.tiles[0]).toMatchObject({ row: 1, column: 1 });
    expect(layout.tiles[1]).toMatchObject({ row: layout.rows, column: layout.columns });
  });

  it('gives a shape on a cut to every part it overlaps, in drawing order, and each part only what it overlaps', () => {
    const wide = { x: 0, y: 0, w: 6000, h: 2500 };
    const grid = layoutBoard(wide, 'A4', 'split');
    const cut = grid.tiles[0]!.region.x + grid.tiles[0]!.region.w - 10;
    const onCut = { x: cut, y: 100, w: 40, h: 40 };
    const layout = layoutBoard(wide, 'A4', 'split', [{ x: 5_900, y: 2_400, w: 50, h: 50 }, onCut]);
    const withCut = layout.tiles.filter((t) => t.content?.includes(1));
    expect(withCut.map((t) => [t.row, t.column])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    for (const tile of layout.tiles) for (const i of tile.content!) expect(intersects(tile.region, [{ x: 5_900, y: 2_400, w: 50, h: 50 }, onCut][i]!)).toBe(true);
    expect(layout.tiles.at(-1)).toMatchObject({ row: grid.rows, column: grid.columns, content: [0] });
  });

  it('finds the parts of a board at the edge of the coordinate range without walking its grid', () => {
    const huge = { x: -10_000_000, y: -10_000_000, w: 20_000_200, h: 20_000_200 };
    const layout = layoutBoard(huge, 'A4', 'split', [
      { x: -10_000_000, y: -10_000_000, w: 160, h: 120 },
      { x: 10_000_000, y: 10_000_000, w: 160, h: 120 },
    ]);
    // Walking the grid of about 100 million parts did not finish.
    expect(layout.tiles).toHaveLength(2);
  });
});
