import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../../../shared/model/defaults';
import { analyzeValueStream } from '../../../../../shared/vsm/analyze';
import { valueStreamOfBoard } from '../../../../../shared/vsm/boards';
import { findBoard } from '../../../../../renderer/editor/board/access';
import { addBoard, duplicateBoard } from '../../../../../renderer/editor/board/boardCommands';
import { Editor } from '../../../../../renderer/editor/editor';
import { addVsmBoard, kaizenToAction, makeVsmBoard, setConnectorFlow, setMapSettings, setVsmValue, unlinkKaizen } from '../../../../../renderer/boards/vsm/vsmCommands';
import { createShape } from '../../../../../renderer/editor/board/shapeCommands';

const editor = () => new Editor(newWorkshop(new Date('2026-11-21T08:00:00Z')), { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null });

describe('VSM edits', () => {
  it('links a future state from the template to the current state of the same kind', () => {
    const e = editor();
    const current = addVsmBoard(e, 'service', 'current', 'sv', null);
    addVsmBoard(e, 'manufacturing', 'current', 'sv', null);
    const future = addVsmBoard(e, 'service', 'future', 'sv', null);
    expect(findBoard(e.document, future)!.vsm).toMatchObject({ state: 'future', comparesWith: current });
    // From a current-state board that is showing, that one is taken.
    const second = addVsmBoard(e, 'service', 'current', 'sv', null);
    const fromShown = addVsmBoard(e, 'service', 'future', 'sv', current);
    expect(findBoard(e.document, fromShown)!.vsm!.comparesWith).toBe(current);
    const latest = addVsmBoard(e, 'service', 'future', 'sv', null);
    expect(findBoard(e.document, latest)!.vsm!.comparesWith).toBe(second);
    // One template is one undo step.
    e.undo();
    expect(e.document.boards).toHaveLength(5);
  });

  it('typing a value letter by letter is one undo step, and the metrics follow it', () => {
    const e = editor();
    const boardId = addVsmBoard(e, 'manufacturing', 'current', 'en', null);
    setMapSettings(e, boardId, { demand: 900, shifts: 2, shiftLength: { value: 8, unit: 'h' }, breaks: { value: 30, unit: 'min' } });
    e.seal();
    const step = findBoard(e.document, boardId)!.shapes.find((s) => s.type === 'vsmProcess')!;
    for (const text of ['7', '70']) setVsmValue(e, boardId, step.id, 'cycleTime', { text, unit: 's', lang: 'en' });
    e.seal();
    const metrics = analyzeValueStream(valueStreamOfBoard(findBoard(e.document, boardId)!, 'en')!);
    // Takt = 2 × (28 800 − 1 800) ÷ 900 = 60 s; the 70 s step is over it.
    expect(metrics.takt.value).toBe(60);
    expect(metrics.bottlenecks).toEqual([step.id]);
    e.undo();
    expect((findBoard(e.document, boardId)!.shapes.find((s) => s.id === step.id)!.props as { cycleTime: { text: string } }).cycleTime.text).toBe('');
  });

  it('turns a kaizen burst into an action linked both ways, in one undo step', () => {
    const e = editor();
    const boardId = addVsmBoard(e, 'service', 'current', 'sv', null);
    const burst = createShape(e, boardId, 'vsmKaizenBurst', { x: 300, y: 600 }, 'Komplett ansökan');
    const actionId = kaizenToAction(e, boardId, burst, { what: 'Checklista för ansökan', owner: 'Lena', dueDate: '2026-12-15' });
    const action = e.document.actions.find((a) => a.id === actionId)!;
    expect(action).toMatchObject({ what: 'Checklista för ansökan', owner: 'Lena', dueDate: '2026-12-15', status: 'notStarted', origin: { kind: 'board', boardId, shapeId: burst } });
    expect(findBoard(e.document, boardId)!.shapes.find((s) => s.id === burst)!.props).toEqual({ actionId });
    unlinkKaizen(e, boardId, burst);
    expect(findBoard(e.document, boardId)!.shapes.find((s) => s.id === burst)!.props).toEqual({ actionId: null });
    e.undo();
    e.undo();
    expect(e.document.actions).toHaveLength(0);
    expect(findBoard(e.document, boardId)!.shapes.find((s) => s.id === burst)!.props).toEqual({ actionId: null });
  });

  it('makes any board a value-stream map and sets arrow kinds, which decide the flow', () => {
    const e = editor();
    const boardId = addBoard(e, 'Whiteboard');
    expect(findBoard(e.document, boardId)!.vsm).toBeUndefined();
    makeVsmBoard(e, boardId, 'service');
    expect(findBoard(e.document, boardId)!.vsm).toMatchObject({ state: 'current', settings: { kind: 'service' } });

    const vsmId = addVsmBoard(e, 'manufacturing', 'current', 'en', null);
    const board = () => findBoard(e.document, vsmId)!;
    const push = board().connectors.find((c) => c.flow === 'push')!;
    expect(valueStreamOfBoard(board(), 'en')!.edges.some((edge) => edge.id === push.id)).toBe(true);
    setConnectorFlow(e, vsmId, [push.id], 'manualInfo');
    expect(valueStreamOfBoard(board(), 'en')!.edges.some((edge) => edge.id === push.id)).toBe(false);
    setConnectorFlow(e, vsmId, [push.id], null);
    expect(board().connectors.find((c) => c.id === push.id)!.flow).toBeUndefined();
    expect(valueStreamOfBoard(board(), 'en')!.edges.some((edge) => edge.id === push.id)).toBe(true);
  });

  it('a duplicated map stays a value-stream map with its settings', () => {
    const e = editor();
    const boardId = addVsmBoard(e, 'manufacturing', 'current', 'en', null);
    setMapSettings(e, boardId, { demand: 460 });
    const copy = duplicateBoard(e, boardId, 'Copy')!;
    expect(findBoard(e.document, copy)!.vsm!.settings.demand).toBe(460);
    expect(findBoard(e.document, copy)!.connectors.filter((c) => c.flow === 'push').length).toBeGreaterThan(0);
  });
});
