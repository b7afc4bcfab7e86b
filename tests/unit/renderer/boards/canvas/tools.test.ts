import { describe, expect, it, vi } from 'vitest';
import { pathCrosses } from '../../../../../shared/shapes/avoid';
import { createConnector } from '../../../../../renderer/editor/board/connectorCommands';
import { CanvasController } from '../../../../../renderer/boards/canvas/controller';
import { hoverArrows, portHandles } from '../../../../../renderer/boards/canvas/hits';
import { canvasStateOf, select } from '../../../../../renderer/editor/board/canvasState';
import { createShape } from '../../../../../renderer/editor/board/shapeCommands';
import type { Point } from '../../../../../shared/shapes/geometry';
import { boardEditor } from '../../editor/board/helpers';

/**
 * Each gesture of the canvas driven by synthetic pointers, headless: no stage is attached, so a
 * pointer's client position is its position on the canvas, and the view maps it to the board.
 */
function canvasAt(scale: number) {
  const env = boardEditor();
  const c = new CanvasController(env.editor);
  c.view = { x: 0, y: 0, scale };
  const screen = (p: Point) => ({ clientX: p.x * scale, clientY: p.y * scale });
  const pointer = (p: Point, init: { button?: number; shiftKey?: boolean; altKey?: boolean } = {}) => c.pointer({ ...screen(p), ...init });
  /** Press at one board point, move in steps to another, let go. */
  const drag = (from: Point, to: Point, init: { button?: number; shiftKey?: boolean; altKey?: boolean } = {}) => {
    c.pointerDown(pointer(from, init));
    for (let i = 1; i <= 5; i++) c.gesture.move(pointer({ x: from.x + ((to.x - from.x) * i) / 5, y: from.y + ((to.y - from.y) * i) / 5 }, init));
    c.pointerUp(pointer(to, init));
  };
  const hover = (p: Point) => c.gesture.move(pointer(p));
  return { ...env, c, pointer, drag, hover };
}

describe.each([0.5, 1])('at %s zoom', (scale) => {
  it('hovering a shape shows its dots, and they stay while the pointer goes out to them', () => {
    const { c, editor, boardId, hover } = canvasAt(scale);
    const id = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    hover({ x: 200, y: 100 });
    expect(c.hover.shapeId).toBe(id);
    const right = portHandles(c, c.index!.shapes.get(id)!).find((h) => h.side === 'right')!;
    // On the way out of the shape, through the gap, onto the dot.
    for (let k = 1; k <= 4; k++) hover({ x: 280 + ((right.point.x - 280) * k) / 4, y: 100 });
    expect(c.hover.shapeId).toBe(id);
    // The dot sits the same screen distance outside the side at every zoom.
    expect((right.point.x - 280) * scale).toBeCloseTo(14);
  });

  it('pressing a dot and dragging onto another shape draws a glued connector, never a marquee', () => {
    const { c, editor, boardId, board, hover, drag } = canvasAt(scale);
    const a = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    const b = createShape(editor, boardId, 'activity', { x: 600, y: 100 });
    hover({ x: 200, y: 100 });
    const dot = portHandles(c, c.index!.shapes.get(a)!).find((h) => h.side === 'right')!.point;
    hover(dot);
    c.pointerDown(c.pointer({ clientX: dot.x * scale, clientY: dot.y * scale }));
    expect(c.gesture.kind).toBe('connecting');
    c.pointerUp(c.pointer({ clientX: dot.x * scale, clientY: dot.y * scale }));
    expect(board().connectors).toHaveLength(0);
    hover(dot);
    drag(dot, { x: 600, y: 100 });
    expect(board().connectors).toHaveLength(1);
    expect(board().connectors[0]).toMatchObject({ from: { kind: 'shape', shapeId: a, port: 'right' }, to: { kind: 'shape', shapeId: b } });
    expect(c.ui.selection).toEqual([board().connectors[0]!.id]);
  });

  it('a click on a hover arrow adds a connected copy that way; a drag from it connects', () => {
    const { c, editor, boardId, board, hover, drag } = canvasAt(scale);
    const a = createShape(editor, boardId, 'decision', { x: 200, y: 200 });
    hover({ x: 200, y: 200 });
    const arrow = hoverArrows(c, c.index!.shapes.get(a)!).find((h) => h.side === 'bottom')!.point;
    hover({ x: arrow.x, y: arrow.y - 10 / scale });
    hover(arrow);
    drag(arrow, arrow);
    expect(board().shapes).toHaveLength(2);
    const copy = board().shapes[1]!;
    expect(copy).toMatchObject({ type: 'decision', x: board().shapes[0]!.x });
    expect(copy.y).toBeGreaterThan(board().shapes[0]!.y + board().shapes[0]!.h);
    expect(board().connectors[0]).toMatchObject({ from: { shapeId: a, port: 'bottom' }, to: { shapeId: copy.id, port: 'top' } });
    // Dragging the arrow of the first shape onto the copy draws a second connector instead.
    select(editor, []);
    hover({ x: 200, y: 200 });
    const right = hoverArrows(c, c.index!.shapes.get(a)!).find((h) => h.side === 'right')!.point;
    hover(right);
    drag(right, { x: copy.x + copy.w / 2, y: copy.y + copy.h / 2 });
    expect(board().shapes).toHaveLength(2);
    expect(board().connectors).toHaveLength(2);
  });
});

describe('translating', () => {
  it('moves the selection by the drag, snapped to the grid, as one undo step', () => {
    const { c, editor, boardId, shape, drag } = canvasAt(1);
    const id = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    drag({ x: 200, y: 100 }, { x: 263, y: 148 });
    expect(shape(id)).toMatchObject({ x: 180, y: 110 });
    expect(c.ui.selection).toEqual([id]);
    editor.undo();
    expect(shape(id)).toMatchObject({ x: 120, y: 60 });
  });

  it('moves by whole board units at any zoom, with Alt (no snapping) too', () => {
    const { editor, boardId, shape, pointer, c } = canvasAt(0.75);
    const id = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    c.pointerDown(pointer({ x: 200, y: 100 }, { altKey: true }));
    c.gesture.move(pointer({ x: 237.4, y: 111.7 }, { altKey: true }));
    c.pointerUp(pointer({ x: 237.4, y: 111.7 }, { altKey: true }));
    expect(shape(id)).toMatchObject({ x: 120 + 37, y: 60 + 12 });
  });

  it('is a click below the drag threshold, and Escape drops a drag', () => {
    const { c, editor, boardId, shape, pointer } = canvasAt(1);
    const id = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    c.pointerDown(pointer({ x: 200, y: 100 }));
    c.gesture.move(pointer({ x: 201, y: 101 }));
    c.pointerUp(pointer({ x: 201, y: 101 }));
    expect(shape(id)).toMatchObject({ x: 120, y: 60 });
    c.pointerDown(pointer({ x: 200, y: 100 }));
    c.gesture.move(pointer({ x: 300, y: 200 }));
    expect(c.gesture.hidden?.has(id)).toBe(true);
    c.runAction('edit.escape');
    expect(c.gesture.kind).toBe('idle');
    c.pointerUp(pointer({ x: 300, y: 200 }));
    expect(shape(id)).toMatchObject({ x: 120, y: 60 });
  });
});

describe('resizing', () => {
  it('drags a corner of one shape', () => {
    const { c, editor, boardId, shape, drag } = canvasAt(1);
    const id = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    select(editor, [id]);
    drag({ x: 280, y: 140 }, { x: 320, y: 180 });
    expect(shape(id)).toMatchObject({ x: 120, y: 60, w: 200, h: 120 });
    expect(c.gesture.kind).toBe('idle');
  });

  it('scales several selected shapes together in their box', () => {
    const { editor, boardId, shape, drag } = canvasAt(1);
    const a = createShape(editor, boardId, 'activity', { x: 80, y: 40 });
    const b = createShape(editor, boardId, 'activity', { x: 320, y: 40 });
    select(editor, [a, b]);
    // The box runs 0..400 × 0..80; its east handle dragged to 800 doubles it across.
    drag({ x: 400, y: 40 }, { x: 800, y: 40 });
    expect(shape(a)).toMatchObject({ x: 0, w: 320 });
    expect(shape(b)).toMatchObject({ x: 480, w: 320 });
    editor.undo();
    expect(shape(b)).toMatchObject({ x: 240, w: 160 });
  });
});

describe('marquee', () => {
  it('selects what lies wholly inside the box dragged on empty board', () => {
    const { c, editor, boardId, drag } = canvasAt(1);
    const a = createShape(editor, boardId, 'activity', { x: 200, y: 100 });
    createShape(editor, boardId, 'activity', { x: 600, y: 100 });
    drag({ x: 100, y: 40 }, { x: 420, y: 200 });
    expect(c.ui.selection).toEqual([a]);
  });
});

describe('lane drag', () => {
  it('drags a lane’s dividing line to resize it, as one undo step', () => {
    const { editor, boardId, shape, drag } = canvasAt(1);
    const pool = createShape(editor, boardId, 'swimlane', { x: 400, y: 240 });
    const p = shape(pool);
    if (p.type !== 'swimlane') throw new Error('not a pool');
    const first = p.props.lanes[0]!;
    const edgeY = p.y + first.size;
    drag({ x: p.x + p.w / 2, y: edgeY }, { x: p.x + p.w / 2, y: edgeY + 40 });
    const after = shape(pool);
    expect(after.type === 'swimlane' && after.props.lanes[0]!.size).toBe(first.size + 40);
    editor.undo();
    const undone = shape(pool);
    expect(undone.type === 'swimlane' && undone.props.lanes[0]!.size).toBe(first.size);
  });
});

describe('panning', () => {
  it('moves the view with the middle button and puts it back when cancelled', () => {
    const { c, pointer, drag } = canvasAt(1);
    drag({ x: 100, y: 100 }, { x: 160, y: 130 }, { button: 1 });
    expect(c.view).toMatchObject({ x: 60, y: 30 });
    c.pointerDown(pointer({ x: 100, y: 100 }, { button: 1 }));
    c.gesture.move(pointer({ x: 300, y: 300 }, { button: 1 }));
    c.cancelGesture();
    expect(c.view).toMatchObject({ x: 60, y: 30 });
  });
});

describe('placing', () => {
  it('puts the chosen palette shape where the board is clicked and goes back to selecting', () => {
    const { c, editor, board, drag } = canvasAt(1);
    canvasStateOf(editor).setState({ tool: { kind: 'place', type: 'decision' } });
    drag({ x: 300, y: 200 }, { x: 300, y: 200 });
    expect(board().shapes).toHaveLength(1);
    const s = board().shapes[0]!;
    expect(s.type).toBe('decision');
    expect(s.x + s.w / 2).toBe(300);
    expect(c.ui.tool).toEqual({ kind: 'select' });
  });
});

describe('a move and the routes it did not hold', () => {
  it('a shape dragged onto a connector it is not glued to: the connector goes round it at the next idle moment', async () => {
    vi.useFakeTimers();
    try {
      const { c, editor, boardId, board, drag } = canvasAt(1);
      const a = createShape(editor, boardId, 'activity', { x: 100, y: 100 });
      const b = createShape(editor, boardId, 'activity', { x: 700, y: 100 });
      const x = createShape(editor, boardId, 'activity', { x: 400, y: 400 });
      const id = createConnector(editor, boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' }, { routing: 'orthogonal' });
      expect(c.index!.routes.get(id)!.route).toHaveLength(2);
      drag({ x: 400, y: 400 }, { x: 400, y: 100 });
      expect(board().shapes.find((s) => s.id === x)).toMatchObject({ y: 100 - 40 });
      // The move is drawn first; the long line is re-routed when the page is idle.
      expect(c.index!.routes.get(id)!.route).toHaveLength(2);
      await vi.runAllTimersAsync();
      const route = c.index!.routes.get(id)!.route;
      expect(route.length).toBeGreaterThan(2);
      expect(pathCrosses(route, board().shapes)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
