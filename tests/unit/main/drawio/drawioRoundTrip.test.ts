import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDrawioFile, readDrawioText } from '../../../../main/services/drawio/readDrawio';
import { boardsToDrawio } from '../../../../shared/drawio/fromBoard';
import { drawioToBoards } from '../../../../shared/drawio/toBoards';
import type { Board } from '../../../../shared/model/board';
import { fixturesDir } from '../../helpers/fixtures';
import { reportWorkshop } from '../../helpers/reportWorkshop';

/** What a reader of the diagram sees: every shape's kind and label, each lane, every connection by the labels it joins. */
function essence(board: Board) {
  const textOf = (end: Board['connectors'][number]['from']) => (end.kind === 'shape' ? (board.shapes.find((s) => s.id === end.shapeId)?.text ?? '?') : 'point');
  return {
    name: board.name,
    shapes: board.shapes.map((s) => `${s.type}: ${s.text}`).sort(),
    lanes: board.shapes.flatMap((s) => (s.type === 'swimlane' ? s.props.lanes.map((l) => l.name) : [])),
    connections: board.connectors.map((c) => `${textOf(c.from)} → ${textOf(c.to)} [${c.label}] ${c.arrows} ${c.flow ?? ''}`).sort(),
  };
}

const fixtures = ['basic-flowchart.drawio', 'swimlanes.drawio', 'flowchart.drawio', 'process-swimlanes-sv.drawio', 'vsm-hemtjanst.drawio'];

describe('draw.io round trip', () => {
  it.each(fixtures)('%s → Verkstad → draw.io → Verkstad keeps every label, lane and connection', async (name) => {
    const first = drawioToBoards(await readDrawioFile(join(fixturesDir, 'drawio', name)), name).boards;
    const again = drawioToBoards(readDrawioText(boardsToDrawio(first)), name).boards;
    expect(again.map(essence)).toEqual(first.map(essence));
    // Positions and sizes too, shape by shape (the lanes' members sit inside their lanes in draw.io).
    for (const [a, b] of first.map((board, i) => [board, again[i]!] as const)) {
      expect(b.shapes.map((s) => [s.type, Math.round(s.x), Math.round(s.y), Math.round(s.w), Math.round(s.h)])).toEqual(a.shapes.map((s) => [s.type, Math.round(s.x), Math.round(s.y), Math.round(s.w), Math.round(s.h)]));
    }
  });

  it('Verkstad’s own boards (process map with a pool, ideas, value-stream maps) go out as draw.io diagrams and come back the same', () => {
    const boards = reportWorkshop().boards;
    const xml = boardsToDrawio(boards);
    const back = drawioToBoards(readDrawioText(xml)).boards;
    expect(back.map(essence)).toEqual(boards.map(essence));
  });

  it('writes plain draw.io XML: one page per board, lanes inside their pool, shapes inside their lane, edges glued by id and side', () => {
    const board = reportWorkshop().boards[0]!;
    const xml = boardsToDrawio([board], new Date('2026-04-20T08:00:00Z'));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="Verkstad" modified="2026-04-20T08:00:00.000Z"')).toBe(true);
    expect(readDrawioText(xml)).toHaveLength(1);
    const pool = board.shapes.find((s) => s.type === 'swimlane')!;
    expect(xml).toContain(`<mxCell id="${pool.id}" value="${pool.text}" style="swimlane;horizontal=0;`);
    const member = board.shapes.find((s) => s.text === 'Registrera ärendet')!;
    expect(xml).toMatch(new RegExp(`<mxCell id="${member.id}" value="Registrera ärendet" style="[^"]*" vertex="1" parent="(?!1")`));
    const glued = board.connectors.find((c) => c.from.kind === 'shape' && c.to.kind === 'shape')!;
    expect(xml).toContain(`source="${glued.from.kind === 'shape' ? glued.from.shapeId : ''}"`);
  });

  it('escapes what users type: markup in a label stays text', () => {
    const board = { ...reportWorkshop().boards[0]!, name: 'A & B <c>' };
    board.shapes = board.shapes.map((s, i) => (i === 1 ? { ...s, text: '<script>alert("x")</script> & "citat"\nrad två' } : s));
    const back = drawioToBoards(readDrawioText(boardsToDrawio([board]))).boards[0]!;
    expect(back.name).toBe('A & B <c>');
    expect(back.shapes[1]!.text).toBe('<script>alert("x")</script> & "citat"\nrad två');
  });
});
