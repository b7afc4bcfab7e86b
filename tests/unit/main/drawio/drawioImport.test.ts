import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrawioError, readDrawioFile, readDrawioText } from '../../../../main/services/drawio/readDrawio';
import { drawioToBoards } from '../../../../shared/drawio/toBoards';
import { Board as BoardSchema, type Board, type Shape } from '../../../../shared/model/board';
import { newWorkshop } from '../../../../shared/model/defaults';
import { laneRects, type SwimlaneProps } from '../../../../shared/shapes/swimlane';
import { centreOf, contains } from '../../../../shared/shapes/geometry';
import { vsmBoardsOf } from '../../../../shared/vsm/boards';
import { fixturesDir } from '../../helpers/fixtures';

const fixture = (name: string) => join(fixturesDir, 'drawio', name);
const importFile = async (name: string) => drawioToBoards(await readDrawioFile(fixture(name)), name.replace(/\.drawio$/, ''));
const byText = (board: Board, text: string) => board.shapes.find((s) => s.text === text);
const endText = (board: Board, end: Board['connectors'][number]['from']) => (end.kind === 'shape' ? (board.shapes.find((s) => s.id === end.shapeId)?.text ?? '?') : `(${Math.round(end.x)},${Math.round(end.y)})`);

describe('draw.io import: real diagrams', () => {
  it('a flowchart saved compressed, as draw.io does by default: shapes, labels with their line breaks, glued connectors', async () => {
    const { boards, report } = await importFile('basic-flowchart.drawio');
    expect(boards).toHaveLength(1);
    const board = boards[0]!;
    expect(board.name).toBe('basic-flowchart');
    expect(board.shapes.map((s) => [s.type, s.text])).toEqual([
      ['activity', 'Lamp doesn’t work'.replace('’', "'")],
      ['decision', 'Lamp\nplugged in?'],
      ['activity', 'Plug in lamp'],
      ['decision', 'Bulb\nburned out?'],
      ['activity', 'Repair Lamp'],
      ['activity', 'Replace Bulb'],
    ]);
    expect(byText(board, 'Plug in lamp')).toMatchObject({ x: 320, y: 190, w: 120, h: 40 });
    expect(board.connectors.map((c) => [endText(board, c.from), endText(board, c.to), c.label, c.routing, c.arrows])).toEqual([
      ["Lamp doesn't work", 'Lamp\nplugged in?', '', 'orthogonal', 'end'],
      ['Lamp\nplugged in?', 'Bulb\nburned out?', 'Yes', 'orthogonal', 'end'],
      ['Lamp\nplugged in?', 'Plug in lamp', 'No', 'orthogonal', 'end'],
      ['Bulb\nburned out?', 'Repair Lamp', 'No', 'orthogonal', 'end'],
      ['Bulb\nburned out?', 'Replace Bulb', 'Yes', 'orthogonal', 'end'],
    ]);
    expect(report.pages[0]).toMatchObject({ shapes: 6, connectors: 5, lanes: 0, notes: [{ kind: 'mapped', from: 'rounded rectangle', to: 'activity', count: 4 }, { kind: 'mapped', from: 'rhombus', to: 'decision', count: 2 }] });
  });

  it('a pool with three lanes becomes a swimlane whose lanes hold the same shapes', async () => {
    const { boards, report } = await importFile('swimlanes.drawio');
    const board = boards[0]!;
    const pool = board.shapes.find((s): s is Extract<Shape, { type: 'swimlane' }> => s.type === 'swimlane')!;
    expect(pool).toMatchObject({ text: 'Pool', x: 120, y: 120, w: 450, h: 360, props: { orientation: 'horizontal' } });
    expect(pool.props.lanes.map((l) => [l.name, l.size])).toEqual([
      ['Lane 1', 120],
      ['Lane 2', 120],
      ['Lane 3', 120],
    ]);
    const lanes = laneRects({ ...pool, props: pool.props as SwimlaneProps });
    const laneOf = (s: Shape) => lanes.find(({ rect }) => contains(rect, centreOf(s)))?.lane.name;
    const inLanes = board.shapes.filter((s) => s.type !== 'swimlane').map((s) => [s.type, laneOf(s)]);
    expect(inLanes).toEqual([
      ['startEnd', 'Lane 1'],
      ['activity', 'Lane 1'],
      ['activity', 'Lane 1'],
      ['startEnd', 'Lane 1'],
      ['activity', 'Lane 2'],
      ['decision', 'Lane 2'],
      ['activity', 'Lane 3'],
      ['decision', 'Lane 3'],
    ]);
    expect(board.connectors).toHaveLength(8);
    expect(board.connectors.every((c) => c.from.kind === 'shape' && c.to.kind === 'shape')).toBe(true);
    expect(report.pages[0]!.lanes).toBe(3);
    expect(report.pages[0]!.notes).toContainEqual({ kind: 'waypoints', count: 1 });
  });

  it('a Swedish cross-functional map: HTML labels as text, data objects, edge-label cells, notes as stickies, unknown shapes as boxes in the report', async () => {
    const { boards, report } = await importFile('process-swimlanes-sv.drawio');
    expect(boards.map((b) => b.name)).toEqual(['Bygglov nuläge', 'Idéer']);
    const [map, ideas] = boards as [Board, Board];
    expect(byText(map, 'Beslut mottaget')?.type).toBe('startEnd');
    expect(byText(map, 'Registrera ärendet')).toMatchObject({ type: 'activity', x: 130, y: 250 });
    expect(byText(map, 'Diariet')?.type).toBe('activity');
    expect(byText(map, 'Kompletteringar tar ofta 2–3 rundor')).toMatchObject({ type: 'sticky', props: { color: 'pink' } });
    const pool = map.shapes.find((s) => s.type === 'swimlane');
    expect(pool?.props).toMatchObject({ lanes: [{ name: 'Sökande' }, { name: 'Handläggare' }, { name: 'Nämnd' }] });
    const edges = map.connectors.map((c) => [endText(map, c.from), endText(map, c.to), c.label]);
    expect(edges).toContainEqual(['Komplett?', 'Remisstid 3 veckor', 'Ja']);
    expect(edges).toContainEqual(['Komplett?', 'Begäran om komplettering', 'Nej']);
    expect(edges).toContainEqual(['Kompletteringar tar ofta 2–3 rundor', '(1150,300)', 'Fråga i nästa möte']);
    const first = map.connectors[0]!;
    expect([first.from, first.to]).toMatchObject([{ kind: 'shape', port: 'bottom' }, { kind: 'shape', port: 'left' }]);
    expect(map.connectors.find((c) => endText(map, c.to) === 'Diariet')?.arrows).toBe('none');
    // Ideas: a group dissolved (its notes kept where they were), an arrow only at the start turned round.
    expect(ideas.shapes.map((s) => [s.type, s.text, s.x, s.y])).toEqual([
      ['text', 'Idéer från workshoppen', 40, 20],
      ['sticky', 'Digital ansökan\nminskar fel?', 40, 80],
      ['sticky', 'Checklista för sökande', 220, 80],
      ['activity', 'Framtid', 420, 100],
    ]);
    expect(ideas.connectors.map((c) => [endText(ideas, c.from), endText(ideas, c.to), c.arrows])).toEqual([['Checklista för sökande', 'Framtid', 'end']]);
    expect(report.pages[0]!.notes).toContainEqual({ kind: 'box', from: 'cylinder3', count: 1 });
    expect(report.pages[1]!.notes).toContainEqual({ kind: 'groups', count: 1 });
    expect(report.pages[1]!.notes).toContainEqual({ kind: 'box', from: 'cloud', count: 1 });
  });

  it('a value-stream map drawn with draw.io’s VSM shapes becomes a value-stream map that calculates', async () => {
    const { boards, report } = await importFile('vsm-hemtjanst.drawio');
    const board = boards[0]!;
    expect(board.vsm).toBeDefined();
    expect(board.shapes.filter((s) => s.type === 'vsmProcess' || s.type === 'vsmSharedProcess').map((s) => s.text)).toEqual([
      'Mottagning\nBeslut tas emot',
      'Kontaktperson\nGenomförandeplan',
      'Hemtjänstgrupp\nInsats utförs',
      'Enhetschef\nUppföljning',
    ]);
    expect(byText(board, 'Biståndshandläggare')?.type).toBe('vsmSupplier');
    expect(byText(board, 'Brukare')?.type).toBe('vsmCustomer');
    expect(board.connectors.map((c) => c.flow ?? null)).toEqual([null, null, null, 'shipment', 'shipment', 'electronicInfo', 'manualInfo']);
    expect(report.pages[0]!.notes).toContainEqual({ kind: 'mergedText', count: 4 });
    expect(report.pages[0]!.notes).toContainEqual({ kind: 'box', from: 'mxgraph.lean_mapping.timeline2', count: 1 });
    const workshop = { ...newWorkshop(), boards };
    const [stream] = vsmBoardsOf(workshop);
    expect(stream?.elements.filter((e) => e.kind === 'process')).toHaveLength(4);
  });

  it.each(['basic-flowchart.drawio', 'swimlanes.drawio', 'flowchart.drawio', 'process-swimlanes-sv.drawio', 'vsm-hemtjanst.drawio'])('%s makes boards the file schema accepts as they are', async (name) => {
    const { boards } = await importFile(name);
    for (const board of boards) expect(BoardSchema.parse(board)).toEqual(board);
  });

  it('bend points decide the sides a connector leaves and enters by, unless the diagram fixed them', () => {
    const edge = (id: string, style: string) =>
      `<mxCell id="${id}" style="edgeStyle=orthogonalEdgeStyle;${style}" edge="1" parent="1" source="a" target="b"><mxGeometry relative="1" as="geometry"><Array as="points"><mxPoint x="50" y="150"/><mxPoint x="350" y="150"/></Array></mxGeometry></mxCell>`;
    const xml = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="a" value="A" vertex="1" parent="1"><mxGeometry x="0" y="0" width="100" height="50" as="geometry"/></mxCell><mxCell id="b" value="B" vertex="1" parent="1"><mxGeometry x="300" y="200" width="100" height="50" as="geometry"/></mxCell>${edge('free', '')}${edge('fixed', 'exitX=1;exitY=0.5;')}<mxCell id="plain" edge="1" parent="1" source="a" target="b"><mxGeometry relative="1" as="geometry"/></mxCell></root></mxGraphModel>`;
    const { boards, report } = drawioToBoards(readDrawioText(xml), 'bends');
    const ports = boards[0]!.connectors.map((c) => [c.from.kind === 'shape' ? c.from.port : null, c.to.kind === 'shape' ? c.to.port : null]);
    // Down out of A's bottom, along, and down into B's top; a fixed exit stays; without bends the outline.
    expect(ports).toEqual([
      ['bottom', 'top'],
      ['right', 'top'],
      ['outline', 'outline'],
    ]);
    expect(report.pages[0]!.notes).toContainEqual({ kind: 'waypoints', count: 2 });
  });

  it('every cell of a large table-like template comes in', async () => {
    const { report } = await importFile('flowchart.drawio');
    expect(report.pages[0]).toMatchObject({ shapes: 58, connectors: 29 });
  });
});

describe('draw.io import: bad input is refused with the reason, before anything is made', () => {
  const refused = (text: string) => {
    try {
      readDrawioText(text);
    } catch (error) {
      if (error instanceof DrawioError) return error.problem;
      throw error;
    }
    return 'read';
  };
  const compressed = (xml: string) => deflateRawSync(Buffer.from(encodeURIComponent(xml))).toString('base64');

  it('not XML, an empty file, XML of another kind', () => {
    expect(refused('Processkarta\nSteg 1 -> Steg 2')).toBe('notXml');
    expect(refused('   ')).toBe('empty');
    expect(refused('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toBe('notDrawio');
    expect(refused(readFileSync(fixture('basic-flowchart.drawio'), 'utf8').slice(0, 400))).toBe('notXml');
  });

  it('a page that is not base64, or base64 that is not a deflated diagram', () => {
    expect(refused('<mxfile><diagram name="x">!!! inte base64 !!!</diagram></mxfile>')).toBe('damaged');
    expect(refused(`<mxfile><diagram name="x">${Buffer.from('not deflate data at all, just bytes').toString('base64')}</diagram></mxfile>`)).toBe('damaged');
    expect(refused(`<mxfile><diagram name="x">${compressed('<svg/>')}</diagram></mxfile>`)).toBe('damaged');
  });

  it('external and internal entities are never resolved or fetched: such a file is refused', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE mxfile [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]><mxfile><diagram name="&secret;&net;"><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram></mxfile>';
    expect(refused(xxe)).toBe('refused');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><mxfile><diagram name="&lol9;"/></mxfile>`;
    expect(refused(laughs)).toBe('refused');
    // Hidden inside a compressed page, too.
    expect(refused(`<mxfile><diagram name="x">${compressed('<!DOCTYPE m [<!ENTITY e SYSTEM "file:///etc/hostname">]><mxGraphModel><root><mxCell id="0" value="&e;"/></root></mxGraphModel>')}</diagram></mxfile>`)).toBe('refused');
  });

  it('XML nested thousands deep, and 50,000 cells', { timeout: 30_000 }, () => {
    expect(refused(`<mxfile>${'<a>'.repeat(5_000)}${'</a>'.repeat(5_000)}</mxfile>`)).toBe('tooDeep');
    const cells = Array.from({ length: 50_000 }, (_, i) => `<mxCell id="c${i}" value="${i}" vertex="1" parent="1"><mxGeometry x="${i}" y="0" width="10" height="10" as="geometry"/></mxCell>`).join('');
    expect(refused(`<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells}</root></mxGraphModel>`)).toBe('tooLarge');
  });

  it('groups nested 5,000 deep, a parent cycle and edges to nothing still import, positions summed along the chain', { timeout: 30_000 }, () => {
    const depth = 5_000;
    const groups = Array.from({ length: depth }, (_, i) => `<mxCell id="g${i}" style="group" vertex="1" parent="${i === 0 ? '1' : `g${i - 1}`}"><mxGeometry x="1" y="2" width="10" height="10" as="geometry"/></mxCell>`).join('');
    const xml = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${groups}<mxCell id="deep" value="Längst in" vertex="1" parent="g${depth - 1}"><mxGeometry x="5" y="5" width="40" height="20" as="geometry"/></mxCell><mxCell id="a" style="group" vertex="1" parent="b"><mxGeometry x="1" y="1" width="1" height="1" as="geometry"/></mxCell><mxCell id="b" style="group" vertex="1" parent="a"><mxGeometry x="1" y="1" width="1" height="1" as="geometry"/></mxCell><mxCell id="e" edge="1" parent="1" source="deep" target="nowhere"><mxGeometry relative="1" as="geometry"/></mxCell></root></mxGraphModel>`;
    const { boards, report } = drawioToBoards(readDrawioText(xml), 'djup');
    expect(boards[0]!.shapes).toEqual([expect.objectContaining({ text: 'Längst in', x: depth + 5, y: 2 * depth + 5 })]);
    expect(boards[0]!.connectors[0]!.to.kind).toBe('point');
    expect(report.pages[0]!.notes).toContainEqual({ kind: 'looseEnds', count: 1 });
  });
});
