import { describe, expect, it } from 'vitest';
import { copySelection, pasteReading, readClipboard } from '../../../../../renderer/editor/board/clipboard';
import { createConnector } from '../../../../../renderer/editor/board/connectorCommands';
import { createShape, setShapeText } from '../../../../../renderer/editor/board/shapeCommands';
import { addBoard } from '../../../../../renderer/editor/board/boardCommands';
import { findBoard } from '../../../../../renderer/editor/board/access';
import { boardEditor } from './helpers';

function twoConnected() {
  const ctx = boardEditor();
  const a = createShape(ctx.editor, ctx.boardId, 'activity', { x: 80, y: 40 });
  const b = createShape(ctx.editor, ctx.boardId, 'sticky', { x: 480, y: 40 });
  setShapeText(ctx.editor, ctx.boardId, a, 'Registrera');
  createConnector(ctx.editor, ctx.boardId, { kind: 'shape', shapeId: a, port: 'right' }, { kind: 'shape', shapeId: b, port: 'left' }, { label: 'sen' });
  return { ...ctx, a, b };
}

describe('copy and paste', () => {
  it('round-trips shapes and the connector between them, with new ids, centred where pasted', () => {
    const { editor, boardId, board, a, b } = twoConnected();
    const text = copySelection(editor, boardId, [a, b])!;
    const reading = readClipboard(text);
    expect(reading.kind).toBe('shapes');
    const pasted = pasteReading(editor, boardId, reading, { x: 1000, y: 1000 });
    expect(pasted).toHaveLength(3);
    const shapes = board().shapes.filter((s) => pasted.includes(s.id));
    expect(shapes.map((s) => s.text)).toEqual(['Registrera', '']);
    expect(shapes.map((s) => s.type)).toEqual(['activity', 'sticky']);
    const centreX = (Math.min(...shapes.map((s) => s.x)) + Math.max(...shapes.map((s) => s.x + s.w))) / 2;
    expect(centreX).toBe(1000);
    const connector = board().connectors.find((c) => pasted.includes(c.id))!;
    expect(connector.label).toBe('sen');
    expect(connector.from.kind === 'shape' && pasted.includes(connector.from.shapeId)).toBe(true);
  });

  it('pastes into another board of the same file, and into another file', () => {
    const { editor, boardId, a } = twoConnected();
    const text = copySelection(editor, boardId, [a])!;
    const other = addBoard(editor, 'Idéer');
    pasteReading(editor, other, readClipboard(text), { x: 0, y: 0 });
    expect(findBoard(editor.document, other)!.shapes[0]!.text).toBe('Registrera');
    const second = boardEditor();
    pasteReading(second.editor, second.boardId, readClipboard(text), { x: 0, y: 0 });
    expect(second.board().shapes[0]!.text).toBe('Registrera');
  });

  it('a connector copied without one of its shapes keeps a loose end', () => {
    const { editor, boardId, board, a } = twoConnected();
    const c = board().connectors[0]!.id;
    const reading = readClipboard(copySelection(editor, boardId, [a, c])!);
    if (reading.kind !== 'shapes') throw new Error('expected shapes');
    expect(reading.payload.connectors[0]!.to.kind).toBe('point');
  });

  it('pastes plain text as a text shape', () => {
    const { editor, boardId, board } = boardEditor();
    const reading = readClipboard('Ring sökande innan beslut');
    expect(reading).toEqual({ kind: 'text', text: 'Ring sökande innan beslut' });
    pasteReading(editor, boardId, reading, { x: 0, y: 0 });
    expect(board().shapes[0]).toMatchObject({ type: 'text', text: 'Ring sökande innan beslut' });
  });

  it('refuses a damaged payload of ours instead of pasting garbage', () => {
    const { editor, boardId, board } = boardEditor();
    const garbage = JSON.stringify({ kind: 'verkstad.shapes', version: 1, shapes: [{ id: 'x', type: 'activity', x: 'far' }], connectors: [] });
    expect(readClipboard(garbage)).toEqual({ kind: 'refused', reason: 'damaged' });
    expect(pasteReading(editor, boardId, readClipboard(garbage), { x: 0, y: 0 })).toEqual([]);
    expect(board().shapes).toHaveLength(0);
  });

  it('refuses an empty clipboard and pastes other JSON as text', () => {
    expect(readClipboard('   ')).toEqual({ kind: 'refused', reason: 'empty' });
    expect(readClipboard('{"a":1}').kind).toBe('text');
  });

  it('copies nothing when nothing is selected', () => {
    const { editor, boardId } = boardEditor();
    expect(copySelection(editor, boardId, [])).toBeNull();
  });
});
