import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { freezeSteps, freezeWhenIdle } from '../../../../renderer/editor/freeze';
import { connectInOrder } from '../../../../renderer/editor/board/connectorCommands';
import { createShape, deleteSelection, moveShapes, setShapeText } from '../../../../renderer/editor/board/shapeCommands';
import { addAgendaItem, setHeaderField } from '../../../../renderer/editor/workshopCommands';
import { boardEditor } from './board/helpers';
import type { Shape } from '../../../../shared/model/board';
import { newWorkshop } from '../../../../shared/model/defaults';
import type { Workshop } from '../../../../shared/model/workshop';

/** A workshop with one board of `count` shapes in a row, each connected to the next. */
function generateWorkshop(count: number): Workshop {
  const w = newWorkshop(new Date('2026-11-21T08:00:00Z'));
  const shapes = Array.from({ length: count }, (_, i) => ({ id: `s${i}`, type: 'activity', x: i * 200, y: 0, w: 160, h: 80, text: `Step ${i + 1}`, locked: false, props: {} }) as Shape);
  const connectors = shapes.slice(1).map((s, i) => ({ id: `c${i}`, from: { kind: 'shape' as const, shapeId: `s${i}`, port: 'right' as const }, to: { kind: 'shape' as const, shapeId: s.id, port: 'left' as const }, routing: 'orthogonal' as const, arrows: 'end' as const, label: '' }));
  w.boards = [{ id: 'b', name: 'Board', shapes, connectors }];
  return w;
}

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

describe('every state the editor holds is frozen, without Immer walking whole arrays', () => {
  /** Every object reachable from the value, with its path, that is not frozen. */
  const unfrozen = (value: unknown, path = '$'): string[] => {
    if (typeof value !== 'object' || value === null) return [];
    const own = Object.isFrozen(value) ? [] : [path];
    return [...own, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`))];
  };

  it('after any mix of edits, moves, deletions, undo and redo', () => {
    const step = fc.oneof(
      fc.constant('add' as const),
      fc.constant('move' as const),
      fc.constant('text' as const),
      fc.constant('connect' as const),
      fc.constant('delete' as const),
      fc.constant('undo' as const),
      fc.constant('redo' as const),
      fc.constant('title' as const),
      fc.constant('agenda' as const),
      fc.constant('ignored' as const),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const { editor, boardId } = boardEditor();
        for (const [i, s] of steps.entries()) {
          // Undo may take the board itself away (adding it was a step).
          const shapes = editor.document.boards.find((b) => b.id === boardId)?.shapes ?? [];
          const some = shapes[i % Math.max(1, shapes.length)];
          if (s === 'add') createShape(editor, boardId, 'activity', { x: 100 * i, y: 50 });
          else if (s === 'move' && some) moveShapes(editor, boardId, [some.id], 10.5, -3);
          else if (s === 'text' && some) setShapeText(editor, boardId, some.id, `step ${i}`);
          else if (s === 'connect' && shapes.length >= 2) connectInOrder(editor, boardId, [shapes[0]!.id, shapes[shapes.length - 1]!.id]);
          else if (s === 'delete' && some) deleteSelection(editor, boardId, [some.id]);
          else if (s === 'undo') editor.undo();
          else if (s === 'redo') editor.redo();
          else if (s === 'title') setHeaderField(editor, 'title', `Workshop ${i}`);
          else if (s === 'agenda') addAgendaItem(editor);
          else if (s === 'ignored') editor.run('tick', (d) => void (d.header.title = `tick ${i}`), { history: 'ignore' });
          // The state as loaded is frozen in idle time in the app; here at once.
          if (i === 0) for (const _ of freezeSteps(editor.document)) void _;
          expect(unfrozen(editor.document)).toEqual([]);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a frozen state refuses to be changed outside a command', () => {
    const { editor, boardId, board } = boardEditor();
    for (const _ of freezeSteps(editor.document)) void _;
    const id = createShape(editor, boardId, 'activity', { x: 0, y: 0 });
    moveShapes(editor, boardId, [id], 5, 5);
    expect(() => {
      (board().shapes[0] as { x: number }).x = 1;
    }).toThrow(TypeError);
    expect(() => {
      (board().shapes as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
