import { describe, expect, it } from 'vitest';
import { MIN_THUMB, SCROLL_MARGIN, scrollbar, scrollbars } from '../../../../renderer/boards/canvas/scrollbars';

describe('canvas scrollbars', () => {
  it('the thumb shows which part of the extent is in view and how much of it', () => {
    // Extent 0..1000, view 250..500 on a 400-pixel track: a quarter of it, a third of the free run along.
    const bar = scrollbar(250, 250, 0, 1000, 400);
    expect(bar.needed).toBe(true);
    expect(bar.length).toBeCloseTo(100);
    expect(bar.start).toBeCloseTo((250 / 750) * 300);
    expect(bar.percent).toBe(33);
    // Dragging the thumb over its whole run moves the view over the extent's whole free run.
    expect(bar.unitsPerPixel * (400 - bar.length)).toBeCloseTo(750);
  });

  it('the thumb meets the track ends when the view is at the extent ends, and keeps a size that can be caught', () => {
    expect(scrollbar(0, 100, 0, 1000, 400).start).toBe(0);
    const end = scrollbar(900, 100, 0, 1000, 400);
    expect(end.start + end.length).toBeCloseTo(400);
    expect(scrollbar(0, 1, 0, 1_000_000, 400).length).toBe(MIN_THUMB);
  });

  it('no bar when the whole board is in view; the extent holds the board with a margin and the view', () => {
    const content = { x: 0, y: 0, w: 500, h: 300 };
    const all = scrollbars(content, { x: -400, y: -400, w: 2000, h: 1500 }, { w: 800, h: 600 });
    expect(all.x.needed).toBe(false);
    expect(all.y.needed).toBe(false);
    const zoomedIn = scrollbars(content, { x: 0, y: 0, w: 200, h: 150 }, { w: 800, h: 600 });
    expect(zoomedIn.x.needed).toBe(true);
    expect(zoomedIn.x.start).toBeCloseTo((SCROLL_MARGIN / (500 + 2 * SCROLL_MARGIN - 200)) * (800 - zoomedIn.x.length));
    // Scrolled far past the board, the view is the extent's end: the thumb is at the track's end.
    const past = scrollbars(content, { x: 3000, y: 0, w: 200, h: 150 }, { w: 800, h: 600 });
    expect(past.x.start + past.x.length).toBeCloseTo(800);
  });
});
