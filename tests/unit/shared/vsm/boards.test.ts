import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Board, type Shape } from '../../../../shared/model/board';
import { parseWorkshopText } from '../../../../shared/model/load';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { flowElementOfShape, valueStreamOfBoard, vsmBoardsOf } from '../../../../shared/vsm/boards';
import { vsmTemplateBoard } from '../../../../shared/vsm/templates';

const fixtureText = readFileSync(fileURLToPath(new URL('../../../fixtures/v2/vsm.verkstad', import.meta.url)), 'utf8');

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

function shape(type: string, props: Record<string, unknown>, text = 'Svets'): Shape {
  return Board.parse({ id: 'b', name: 'x', shapes: [{ id: 's1', type, x: 0, y: 0, w: 100, h: 100, text, locked: false, props }] }).shapes[0]!;
}

describe('a board as a value stream', () => {
  it('is null for a board without VSM settings', () => {
    expect(valueStreamOfBoard(Board.parse({ id: 'b', name: 'Process' }), 'en')).toBeNull();
  });

  it('reads a process box’s typed values with their units, in the language they were typed in', () => {
    const element = flowElementOfShape(
      shape('vsmProcess', { cycleTime: { text: '2,5', unit: 'min', lang: 'sv' }, changeover: { text: '1.5 h' }, uptime: { text: '85 %' }, operators: { text: '' } }),
      'en',
    );
    expect(element).toMatchObject({ kind: 'process', shapeId: 's1', name: 'Svets', cycleTime: { value: 2.5, unit: 'min' }, changeover: { value: 1.5, unit: 'h' }, uptimePercent: 85, operators: null });
  });

  it('keeps a wrong value as typed instead of reading it as zero', () => {
    const element = flowElementOfShape(shape('vsmProcess', { cycleTime: { text: 'ungefär 40', unit: 's' }, operators: { text: '-2' }, scrap: { text: '120' } }), 'sv');
    expect(element).toMatchObject({ cycleTime: { invalid: 'ungefär 40' }, operators: { invalid: '-2' }, scrapPercent: { invalid: '120' } });
  });

  it('maps service steps and every kind of stock, and leaves information icons out', () => {
    expect(flowElementOfShape(shape('vsmServiceStep', { processTime: { text: '45', unit: 'min' }, leadTime: { text: '3', unit: 'wd' }, completeAccurate: { text: '90' } }), 'sv')).toMatchObject({
      kind: 'serviceStep',
      processTime: { value: 45, unit: 'min' },
      leadTime: { value: 3, unit: 'wd' },
      completeAccuratePercent: 90,
    });
    expect(flowElementOfShape(shape('vsmFifoLane', { quantity: { text: '1 250' } }), 'sv')).toMatchObject({ kind: 'inventory', variant: 'fifoLane', quantity: 1250, waitingTime: null });
    expect(flowElementOfShape(shape('vsmSupermarket', {}), 'sv')).toMatchObject({ kind: 'inventory', variant: 'supermarket' });
    expect(flowElementOfShape(shape('vsmSafetyStock', {}), 'sv')).toMatchObject({ kind: 'inventory', variant: 'safetyStock' });
    expect(flowElementOfShape(shape('vsmSupplier', {}, 'Stålverket'), 'sv')).toMatchObject({ kind: 'supplier', name: 'Stålverket' });
    expect(flowElementOfShape(shape('vsmProductionControl', {}), 'sv')).toBeNull();
    expect(flowElementOfShape(shape('vsmKaizenBurst', {}), 'sv')).toBeNull();
    expect(flowElementOfShape(shape('activity', {}), 'sv')).toBeNull();
  });

  it('takes material arrows glued at both ends as the flow, never information arrows or loose ends', () => {
    const board = vsmTemplateBoard({ kind: 'manufacturing', state: 'current', lang: 'en', newId: counter() });
    const stream = valueStreamOfBoard(board, 'en')!;
    const flowShapes = new Set(stream.elements.map((e) => e.id));
    // supplier → I → P1 → I → P2 → I → P3 → I → P4 → I → customer: 10 flow arrows.
    expect(stream.edges).toHaveLength(10);
    for (const edge of stream.edges) expect(flowShapes.has(edge.from) && flowShapes.has(edge.to)).toBe(true);
    const info = board.connectors.filter((c) => c.flow === 'manualInfo' || c.flow === 'electronicInfo');
    expect(info).toHaveLength(3);
    expect(stream.edges.some((edge) => info.some((c) => c.id === edge.id))).toBe(false);
    const loose = Board.parse({ ...board, connectors: [...board.connectors, { id: 'loose', from: { kind: 'point', x: 0, y: 0 }, to: board.connectors[0]!.to, routing: 'straight', arrows: 'end', label: '', flow: 'push' }] });
    expect(valueStreamOfBoard(loose, 'en')!.edges).toHaveLength(10);
  });

  it('finds the fixture’s two maps and their main flows end to end', () => {
    const result = parseWorkshopText(fixtureText);
    if (!result.ok) throw new Error(result.detail);
    const streams = vsmBoardsOf(result.document);
    expect(streams.map((s) => s.settings.kind)).toEqual(['manufacturing', 'service']);
    const manufacturing = analyzeValueStream(streams[0]!);
    // supplier, 5 inventories, 4 steps, customer along one path.
    expect(manufacturing.mainFlow).toHaveLength(11);
    // Svetsning's C/T 70 s is over the 60 s takt (54 000 s ÷ 900 per day).
    expect(manufacturing.bottlenecks.map((id) => streams[0]!.elements.find((e) => e.id === id)?.name)).toEqual(['Svetsning']);
    // Operators needed ≈ 220 s ÷ 60 s = 3.67.
    expect(manufacturing.operatorsNeeded.value).toBeCloseTo(220 / 60, 12);
    const ladder = manufacturing.ladder!.segments;
    expect(ladder.filter((s) => s.kind === 'wait').map((s) => s.days)).toEqual([5, 2, 3, 1, 4]);
    expect(ladder.filter((s) => s.kind === 'process').map((s) => s.kind === 'process' && s.workSeconds)).toEqual([45, 70, 50, 55]);
  });
});

describe('VSM templates', () => {
  it('lay out four process boxes with stock before, between and after them on a manufacturing map', () => {
    const board = vsmTemplateBoard({ kind: 'manufacturing', state: 'current', lang: 'sv', newId: counter() });
    expect(Board.safeParse(board).success).toBe(true);
    expect(board.name).toBe('VFA: Nuläge');
    expect(board.vsm).toMatchObject({ state: 'current', comparesWith: null, settings: { kind: 'manufacturing', demandPeriod: 'day', demand: null } });
    expect(board.shapes.filter((s) => s.type === 'vsmProcess').map((s) => s.text)).toEqual(['Steg 1', 'Steg 2', 'Steg 3', 'Steg 4']);
    expect(board.shapes.filter((s) => s.type === 'vsmInventory')).toHaveLength(5);
    // Every value starts empty: the panel asks for it rather than showing a made-up figure.
    const stream = valueStreamOfBoard(board, 'sv')!;
    const metrics = analyzeValueStream(stream);
    expect(metrics.mainFlow).toHaveLength(11);
    expect(metrics.takt.value).toBeNull();
    expect(metrics.problems.some((p) => p.code === 'missing' && p.field === 'demand')).toBe(true);
  });

  it('lay out three service steps with a wait between each, and link a future state to its current state', () => {
    const board = vsmTemplateBoard({ kind: 'service', state: 'future', lang: 'nb', newId: counter(), comparesWith: 'current-board' });
    expect(board.vsm).toMatchObject({ state: 'future', comparesWith: 'current-board', settings: { kind: 'service' } });
    expect(board.shapes.filter((s) => s.type === 'vsmServiceStep')).toHaveLength(3);
    expect(board.shapes.filter((s) => s.type === 'vsmInventory')).toHaveLength(2);
    expect(analyzeValueStream(valueStreamOfBoard(board, 'nb')!).mainFlow).toHaveLength(7);
    expect(board.name).toBe('VSA tjeneste: Fremtidig situasjon');
  });
});
