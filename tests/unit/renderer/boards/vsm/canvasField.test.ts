import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../../../shared/model/defaults';
import { dataRows } from '../../../../../shared/shapes/vsm/draw';
import { processFieldSpecs } from '../../../../../shared/shapes/vsm/fields';
import { defaultTheme } from '../../../../../shared/shapes/primitives';
import { analyzeValueStream } from '../../../../../shared/vsm/analyze';
import { valueStreamOfBoard } from '../../../../../shared/vsm/boards';
import { findBoard } from '../../../../../renderer/editor/board/access';
import { Editor } from '../../../../../renderer/editor/editor';
import { commitFieldText, fieldEditing, fieldTextError } from '../../../../../renderer/boards/vsm/canvasField';
import { addVsmBoard } from '../../../../../renderer/boards/vsm/vsmCommands';

const editor = () => new Editor(newWorkshop(new Date('2026-11-21T08:00:00Z')), { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null });

function setUp(lang: 'en' | 'sv') {
  const e = editor();
  const boardId = addVsmBoard(e, 'manufacturing', 'current', lang, null);
  e.seal();
  const board = () => findBoard(e.document, boardId)!;
  const step = board().shapes.find((s) => s.type === 'vsmProcess')!;
  return { e, boardId, board, stepId: step.id };
}

describe('a data-box value typed on the canvas', () => {
  it('is stored through the panel’s command as one undo step and counts in the metrics', () => {
    const { e, board, stepId } = setUp('en');
    const before = e.document;
    commitFieldText(e, board(), stepId, 'cycleTime', '45', 'en');
    const shape = board().shapes.find((s) => s.id === stepId)!;
    expect((shape.props as Record<string, unknown>).cycleTime).toEqual({ text: '45', unit: 's', lang: 'en' });
    // One undo takes the whole edit back.
    e.undo();
    expect(e.document).toEqual(before);
    // Every step typed on the canvas: 45 + 60 + 50 + 55 s of value-added time.
    const steps = board().shapes.filter((s) => s.type === 'vsmProcess');
    ['45', '60', '50', '55'].forEach((text, i) => commitFieldText(e, board(), steps[i]!.id, 'cycleTime', text, 'en'));
    expect(analyzeValueStream(valueStreamOfBoard(board(), 'en')!).valueAddedTime.value).toBe(210);
  });

  it('reads a decimal comma in Swedish and keeps the unit of the field', () => {
    const { e, board, stepId } = setUp('sv');
    commitFieldText(e, board(), stepId, 'changeover', '1,5', 'sv');
    expect(fieldEditing(board(), stepId, 'changeover', 'sv')).toEqual({ label: 'C/O', text: '1,5' });
    const shape = board().shapes.find((s) => s.id === stepId)!;
    expect((shape.props as Record<string, unknown>).changeover).toEqual({ text: '1,5', unit: 'min', lang: 'sv' });
    expect(fieldTextError(board(), stepId, 'changeover', '1,5', 'sv')).toBeNull();
  });

  it('keeps a wrong value as typed and marks it, never zero', () => {
    const { e, board, stepId } = setUp('en');
    commitFieldText(e, board(), stepId, 'uptime', 'abc', 'en');
    const shape = board().shapes.find((s) => s.id === stepId)!;
    expect((shape.props as Record<string, unknown>).uptime).toEqual({ text: 'abc', lang: 'en' });
    expect(fieldTextError(board(), stepId, 'uptime', 'abc', 'en')).toBe('“abc” is not a number.');
    // Drawn in red with a "!" on the map.
    const texts = dataRows({ x: 0, y: 0, w: 170, h: 110 }, processFieldSpecs, shape.props as Record<string, unknown>, [], defaultTheme).filter((p) => p.kind === 'text');
    expect(texts.some((p) => p.kind === 'text' && p.lines.join(' ').startsWith('!') && p.color === '#c92a2a')).toBe(true);
  });

  it('an unchanged value makes no undo step', () => {
    const { e, board, stepId } = setUp('en');
    const before = e.document;
    commitFieldText(e, board(), stepId, 'cycleTime', '', 'en');
    expect(e.document).toBe(before);
  });
});
