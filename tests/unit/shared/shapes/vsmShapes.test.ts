import { describe, expect, it } from 'vitest';
import { Board, Shape } from '../../../../shared/model/board';
import { boardToSvg } from '../../../../shared/render/svg';
import { drawConnector } from '../../../../shared/shapes/connectors';
import { defaultTheme, type Primitive, type TextPrimitive } from '../../../../shared/shapes/primitives';
import { shapeModule } from '../../../../shared/shapes/registry';
import { vsmShapeModules } from '../../../../shared/shapes/vsm';
import { INVALID_INK } from '../../../../shared/shapes/vsm/draw';

function processBox(props: Record<string, unknown>) {
  return Shape.parse({ id: 'p', type: 'vsmProcess', x: 0, y: 0, w: 170, h: 190, text: 'Svetsning', locked: false, props });
}

const texts = (primitives: Primitive[]) => primitives.filter((p): p is TextPrimitive => p.kind === 'text');

describe('VSM icons', () => {
  it('cover the notation: material flow, information flow and general icons, twenty in all', () => {
    expect(vsmShapeModules.map((m) => m.type)).toEqual([
      'vsmSupplier', 'vsmCustomer', 'vsmProcess', 'vsmSharedProcess', 'vsmServiceStep', 'vsmInventory', 'vsmSupermarket', 'vsmFifoLane', 'vsmSafetyStock', 'vsmShipment', 'vsmOperator',
      'vsmProductionControl', 'vsmProductionKanban', 'vsmWithdrawalKanban', 'vsmSignalKanban', 'vsmKanbanPost', 'vsmHeijunka', 'vsmGoSee', 'vsmKaizenBurst', 'vsmQualityProblem',
    ]);
  });

  it('a data box lists the entered fields with their units and leaves empty ones out', () => {
    const shape = processBox({ cycleTime: { text: '45', unit: 's' }, changeover: { text: '1,5', unit: 'h', lang: 'sv' }, uptime: { text: '85' } });
    const lines = texts(shapeModule('vsmProcess').draw(shape, defaultTheme)).map((t) => t.lines.join(' '));
    expect(lines).toEqual(['Svetsning', 'C/T', '45 s', 'C/O', '1,5 h', 'Uptime', '85 %']);
  });

  it('marks a wrong value in red with a "!" instead of hiding it or showing 0', () => {
    const shape = processBox({ cycleTime: { text: 'ungefär 40', unit: 's' } });
    const wrong = texts(shapeModule('vsmProcess').draw(shape, defaultTheme)).find((t) => t.lines.join(' ').includes('ungefär'));
    expect(wrong?.color).toBe(INVALID_INK);
    expect(wrong?.lines.join(' ')).toContain('! ungefär 40');
  });

  it('labels the data box in the theme’s language', () => {
    const shape = processBox({ uptime: { text: '85' }, operators: { text: '2' } });
    const lines = texts(shapeModule('vsmProcess').draw(shape, { ...defaultTheme, language: 'sv' })).map((t) => t.lines.join(' '));
    expect(lines).toContain('Operatörer');
    expect(lines).toContain('Tillgängl.');
  });

  it('draws each kind of arrow in its notation, as vectors the SVG export keeps', () => {
    const route = [{ x: 0, y: 0 }, { x: 200, y: 0 }];
    const base = { id: 'c', from: { kind: 'point' as const, x: 0, y: 0 }, to: { kind: 'point' as const, x: 200, y: 0 }, routing: 'straight' as const, arrows: 'end' as const, label: '' };
    // Push: a broad band striped by a dashed paper line.
    const push = drawConnector({ ...base, flow: 'push' }, route, defaultTheme);
    expect(push.some((p) => p.kind === 'polyline' && p.dash !== undefined && p.stroke === defaultTheme.paper)).toBe(true);
    // Electronic information: a lightning bolt, more points than the straight route.
    const electronic = drawConnector({ ...base, flow: 'electronicInfo' }, route, defaultTheme);
    expect(electronic[0]!.kind === 'polyline' && electronic[0]!.points.length).toBeGreaterThan(4);
    const board = Board.parse({ id: 'b', name: 'VSM', shapes: [], connectors: [{ ...base, flow: 'shipment' }], vsm: {} });
    expect(boardToSvg(board, defaultTheme)).toContain('<polygon');
  });
});
