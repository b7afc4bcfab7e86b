import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTheme } from '../../../../../shared/shapes/primitives';
import { createConnector } from '../../../../../renderer/editor/board/connectorCommands';
import { createShape, moveShapes } from '../../../../../renderer/editor/board/shapeCommands';
import { BoardIndex } from '../../../../../renderer/editor/board/spatialIndex';
import { bitmapPays, drawFar, FAR_TILE, farPicture, type FarPicture } from '../../../../../renderer/boards/canvas/sceneRenderer';
import { boardEditor } from '../../editor/board/helpers';

/** Path2D as far as the far-out picture uses it, remembering what went into each path. */
class RecordingPath {
  readonly rects: [number, number, number, number][] = [];
  readonly points: [number, number][] = [];
  rect(x: number, y: number, w: number, h: number): void {
    this.rects.push([x, y, w, h]);
  }
  moveTo(x: number, y: number): void {
    this.points.push([x, y]);
  }
  lineTo(x: number, y: number): void {
    this.points.push([x, y]);
  }
}

const hadPath2D = 'Path2D' in globalThis;
beforeAll(() => {
  if (!hadPath2D) (globalThis as Record<string, unknown>).Path2D = RecordingPath;
});
afterAll(() => {
  if (!hadPath2D) delete (globalThis as Record<string, unknown>).Path2D;
});

const rects = (p: Path2D) => (p as unknown as RecordingPath).rects;
const filled = (picture: FarPicture) => picture.tiles.flatMap((t) => [...t.fills.values()].flatMap(rects));
const outlined = (picture: FarPicture) => picture.tiles.flatMap((t) => rects(t.outlines));
const linePoints = (picture: FarPicture) => picture.tiles.flatMap((t) => (t.lines as unknown as RecordingPath).points);

/** A pool, two shapes far apart (two tiles) and a connector between them. */
function board() {
  const ctx = boardEditor();
  const pool = createShape(ctx.editor, ctx.boardId, 'swimlane', { x: 450, y: 240 });
  const a = createShape(ctx.editor, ctx.boardId, 'activity', { x: 200, y: 80 });
  const b = createShape(ctx.editor, ctx.boardId, 'sticky', { x: 200 + 3 * FAR_TILE, y: 80 });
  const c = createConnector(ctx.editor, ctx.boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' }, { routing: 'straight' });
  return { ...ctx, index: new BoardIndex(ctx.board()), pool, a, b, c };
}

describe('the far-out picture', () => {
  it('is built once per state of the board and kept while nothing it depends on changes', () => {
    const { index } = board();
    const first = farPicture(index, defaultTheme, new Set());
    expect(farPicture(index, defaultTheme, new Set())).toBe(first);
  });

  it('is built again when the board changes (the index’s version), with the moved shape where it went', () => {
    const { editor, boardId, board: current, index, a, shape } = board();
    const before = farPicture(index, defaultTheme, new Set());
    const at = shape(a);
    moveShapes(editor, boardId, [a], 40, 10);
    const updated = index.updatedTo(current());
    expect(updated).toBe(index);
    const after = farPicture(updated, defaultTheme, new Set());
    expect(after).not.toBe(before);
    expect(filled(after)).toContainEqual([at.x + 40, at.y + 10, at.w, at.h]);
    expect(filled(after)).not.toContainEqual([at.x, at.y, at.w, at.h]);
  });

  it('builds again only the tiles holding what changed', () => {
    const { editor, boardId, board: current, index, b, shape } = board();
    const before = farPicture(index, defaultTheme, new Set());
    const far = shape(b);
    const tileOf = (p: FarPicture, x: number) => p.tiles.find((t) => t.bounds.x <= x && x < t.bounds.x + t.bounds.w);
    const tileOf2 = (p: FarPicture, y: number) => p.tiles.find((t) => t.bounds.y <= y && y < t.bounds.y + t.bounds.h);
    const farTile = tileOf(before, far.x + 1);
    expect(farTile).toBeDefined();
    const alone = createShape(editor, boardId, 'activity', { x: 200, y: 80 + 3 * FAR_TILE });
    // (A shape added makes a new index.)
    const grown = index.updatedTo(current());
    const withAlone = farPicture(grown, defaultTheme, new Set());
    const aloneTile = tileOf2(withAlone, shape(alone).y + 1);
    // Nudging the far shape: its tile is new, the others are the same objects.
    moveShapes(editor, boardId, [b], 10, 0);
    const after = farPicture(grown.updatedTo(current()), defaultTheme, new Set());
    expect(after.tiles).toHaveLength(withAlone.tiles.length);
    expect(after.tiles).not.toContain(farTile);
    expect(aloneTile).toBeDefined();
    expect(after.tiles).toContain(aloneTile);
    const moved = shape(b);
    expect(rects(tileOf(after, moved.x + 1)!.outlines)).toContainEqual([moved.x, moved.y, moved.w, moved.h]);
  });

  it('takes a shape that moved to another tile out of the old one', () => {
    const { editor, boardId, board: current, index, b, shape } = board();
    const start = shape(b);
    farPicture(index, defaultTheme, new Set());
    moveShapes(editor, boardId, [b], 2 * FAR_TILE, 0);
    const after = farPicture(index.updatedTo(current()), defaultTheme, new Set());
    const moved = shape(b);
    expect(outlined(after)).toContainEqual([moved.x, moved.y, moved.w, moved.h]);
    expect(outlined(after)).not.toContainEqual([start.x, start.y, start.w, start.h]);
    expect(outlined(after).filter((r) => r[2] === moved.w && r[3] === moved.h && r[1] === moved.y)).toHaveLength(1);
  });

  it('leaves out the shapes and connectors being dragged, and is built again when that set changes', () => {
    const { index, a, c, shape } = board();
    const all = farPicture(index, defaultTheme, new Set());
    const s = shape(a);
    expect(filled(all)).toContainEqual([s.x, s.y, s.w, s.h]);
    expect(linePoints(all).length).toBeGreaterThan(0);
    const dragging = farPicture(index, defaultTheme, new Set([a, c]));
    expect(dragging).not.toBe(all);
    expect(filled(dragging)).not.toContainEqual([s.x, s.y, s.w, s.h]);
    expect(outlined(dragging)).not.toContainEqual([s.x, s.y, s.w, s.h]);
    expect(linePoints(dragging)).toEqual([]);
    // The same ids in another set object: the same picture.
    expect(farPicture(index, defaultTheme, new Set([c, a]))).toBe(dragging);
    // Let go without moving: all of it drawn again.
    const back = farPicture(index, defaultTheme, new Set());
    expect(filled(back).sort()).toEqual(filled(all).sort());
    expect(outlined(back).sort()).toEqual(outlined(all).sort());
    expect(linePoints(back)).toEqual(linePoints(all));
  });

  it('is built again for another theme, in its colours', () => {
    const { index, b, shape } = board();
    const theme = { ...defaultTheme, stickies: { ...defaultTheme.stickies, yellow: '#123456' } };
    const before = farPicture(index, defaultTheme, new Set());
    const after = farPicture(index, theme, new Set());
    expect(after).not.toBe(before);
    const sticky = shape(b);
    const colour = (p: FarPicture) => p.tiles.flatMap((t) => [...t.fills].filter(([, path]) => rects(path).some((r) => r[0] === sticky.x)).map(([c]) => c));
    expect(colour(after)).toEqual([theme.stickies[(sticky.props as { color: 'yellow' }).color]]);
  });

  it('fills pools and lanes underneath as lanes, outlined but not in a shape colour', () => {
    const { index, pool, shape } = board();
    const picture = farPicture(index, defaultTheme, new Set());
    const p = shape(pool);
    expect(picture.tiles.flatMap((t) => t.lanes)).toEqual([{ x: p.x, y: p.y, w: p.w, h: p.h }]);
    expect(outlined(picture)).toContainEqual([p.x, p.y, p.w, p.h]);
    expect(filled(picture)).not.toContainEqual([p.x, p.y, p.w, p.h]);
  });
});

describe('drawing the far-out picture', () => {
  function recordingContext() {
    const calls: { op: string; path?: Path2D; style?: unknown; rect?: number[] }[] = [];
    const ctx = {
      fillStyle: '' as unknown,
      strokeStyle: '' as unknown,
      lineWidth: 1,
      setLineDash: () => {},
      fillRect(...rect: number[]) {
        calls.push({ op: 'fillRect', rect, style: this.fillStyle });
      },
      fill(path: Path2D) {
        calls.push({ op: 'fill', path, style: this.fillStyle });
      },
      stroke(path: Path2D) {
        calls.push({ op: 'stroke', path, style: this.lineWidth });
      },
    };
    return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
  }

  it('draws only the tiles the view touches, lanes first, then fills, then lines one screen pixel wide', () => {
    const { index, a, b, shape } = board();
    const picture = farPicture(index, defaultTheme, new Set());
    const s = shape(a);
    const { ctx, calls } = recordingContext();
    drawFar(ctx, picture, { x: s.x - 10, y: s.y - 10, w: 200, h: 200 }, 0.25);
    const filledRects = calls.filter((c) => c.op === 'fill').flatMap((c) => rects(c.path!));
    expect(filledRects).toContainEqual([s.x, s.y, s.w, s.h]);
    const far = shape(b);
    expect(filledRects).not.toContainEqual([far.x, far.y, far.w, far.h]);
    const ops = calls.map((c) => c.op);
    expect(ops.indexOf('fillRect')).toBeLessThan(ops.indexOf('fill'));
    expect(ops.lastIndexOf('fill')).toBeLessThan(ops.indexOf('stroke'));
    expect(calls.filter((c) => c.op === 'stroke').every((c) => c.style === 4)).toBe(true);
  });

  it('draws nothing for a view away from the board', () => {
    const { index } = board();
    const { ctx, calls } = recordingContext();
    drawFar(ctx, farPicture(index, defaultTheme, new Set()), { x: -50_000, y: -50_000, w: 1000, h: 1000 }, 0.1);
    expect(calls).toEqual([]);
  });

  it('uses a bitmap only while the whole board is a screen or two', () => {
    const { index } = board();
    const picture = farPicture(index, defaultTheme, new Set());
    const b = picture.bounds!;
    const screen = { w: 1000, h: 700 };
    const fits = Math.min(screen.w / b.w, screen.h / b.h);
    expect(bitmapPays(picture, fits * 0.9, screen)).toBe(true);
    expect(bitmapPays(picture, fits * 10, screen)).toBe(false);
  });
});
