import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../../shared/model/load';
import { boardsV2 } from '../../../../shared/model/migrations/v2/boards';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url)), 'utf8');

describe('boards in format version 2', () => {
  it('a version 1 board opens as an empty board with its name kept', () => {
    const opened = parseWorkshopText(read('v1/agenda.verkstad'));
    if (!opened.ok) throw new Error(opened.detail);
    expect(opened.document.boards).toEqual([{ id: '2c3d4e5f-6071-4c8d-9eaf-b0c1d2e3f405', name: 'VSM nuläge', shapes: [], connectors: [] }]);
  });

  it('the migration step leaves shapes and connectors that are already there', () => {
    const doc = { formatVersion: 1, boards: [{ id: 'b', name: 'x', shapes: [1], connectors: [2] }] };
    expect(boardsV2(doc).boards).toEqual([{ id: 'b', name: 'x', shapes: [1], connectors: [2] }]);
    expect(boardsV2({ formatVersion: 1 })).toEqual({ formatVersion: 1 });
  });

  it('the boards fixture has every process-map shape type, lanes both ways, glued and loose connector ends', () => {
    const opened = parseWorkshopText(read('v2/boards.verkstad'));
    if (!opened.ok) throw new Error(opened.detail);
    const shapes = opened.document.boards.flatMap((b) => b.shapes);
    expect(new Set(shapes.map((s) => s.type))).toEqual(new Set(['startEnd', 'activity', 'decision', 'document', 'data', 'subProcess', 'wait', 'sticky', 'text', 'swimlane']));
    const pools = shapes.filter((s) => s.type === 'swimlane');
    expect(new Set(pools.map((p) => p.type === 'swimlane' && p.props.orientation))).toEqual(new Set(['horizontal', 'vertical']));
    const ends = opened.document.boards.flatMap((b) => b.connectors.flatMap((c) => [c.from.kind, c.to.kind]));
    expect(new Set(ends)).toEqual(new Set(['shape', 'point']));
  });

  it('refuses a connector end that is neither glued nor a point', () => {
    const doc = JSON.parse(read('v2/boards.verkstad'));
    doc.boards[0].connectors[0].to = { kind: 'nowhere' };
    expect(parseWorkshopText(JSON.stringify(doc)).ok).toBe(false);
  });
});
