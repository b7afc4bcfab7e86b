import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../shared/model/board';
import { boardOutline } from '../../../../shared/outline/boardOutline';
import { describeBoard, DESCRIBE_LIMIT } from '../../../../shared/outline/describeBoard';
import { reportWorkshop } from '../../helpers/reportWorkshop';

const doc = reportWorkshop();
const processMap = doc.boards.find((b) => b.shapes.some((s) => s.text === 'Registrera ärendet'))!;
const manufacturing = doc.boards.find((b) => b.vsm && b.shapes.some((s) => s.text === 'Klippning'))!;

describe('the board outline', () => {
  it('reads a swimlane map lane by lane, along each lane, then the shapes outside the lanes', () => {
    const outline = boardOutline(processMap, 'sv');
    expect(outline.pools).toHaveLength(1);
    const lanes = outline.pools[0]!.lanes;
    expect(lanes.map((l) => l.name)).toEqual(['Sökande', 'Handläggare', 'Nämnd']);
    expect(lanes[1]!.shapes.map((s) => s.text)).toEqual(['Registrera ärendet', 'Komplett?', 'Remisstid 3 veckor']);
    expect(lanes[1]!.shapes[0]!.kind).toBe('Aktivitet');
    expect(outline.others.map((s) => s.kind)).toContain('Lapp');
    expect(outline.shapes).toHaveLength(processMap.shapes.length - 1);
  });

  it('names each connection by the shapes it joins, with its label', () => {
    const outline = boardOutline(processMap, 'en');
    const lines = outline.connections.map((c) => `${c.from.name} → ${c.to.name}${c.label ? ` (${c.label})` : ''}`);
    expect(lines).toContain('Ansökan skickas → Registrera ärendet');
    expect(lines).toContain('Komplett? → Remisstid 3 veckor (Ja)');
    expect(outline.connections.some((c) => c.to.shapeId === null && c.to.name === 'a loose end')).toBe(true);
  });

  it('carries a value-stream step’s data-box values with the panel’s field names', () => {
    const step = boardOutline(manufacturing, 'en').shapes.find((s) => s.text === 'Klippning')!;
    expect(step.fields.slice(0, 2)).toEqual([
      { field: 'cycleTime', name: 'Cycle time (C/T)', value: '45 s', invalid: false },
      { field: 'changeover', name: 'Changeover (C/O)', value: '60 min', invalid: false },
    ]);
  });
});

describe('a board’s text alternative', () => {
  it('tells a process map by its lanes, shapes and flow', () => {
    const text = describeBoard(processMap, 'sv');
    expect(text).toMatch(/^Tavlan ”Process: bygglov nuläge”: 11 former, 8 kopplingar\./);
    expect(text).toContain('Simbanan ”Handläggare”: Aktivitet ”Registrera ärendet”, Beslut ”Komplett?”');
    expect(text).toContain('Flöde: Ansökan skickas → Registrera ärendet; ');
  });

  it('tells a value-stream map by its main flow, the step over takt, and its key figures', () => {
    const text = describeBoard(manufacturing, 'en');
    expect(text).toContain('Main flow: Supplier “Stålverket” → Inventory “Coils” (Quantity 4500) → Process with data box “Klippning” (Cycle time (C/T) 45 s');
    const svetsning = text.slice(text.indexOf('“Svetsning”'));
    expect(svetsning.slice(0, svetsning.indexOf('→'))).toContain('over takt');
    expect(text).toContain('Figures: Takt time 60 s; Lead time 15 wd;');
    expect(text).toContain('Information flow: Produktionsstyrning → Stålverket');
  });

  it('uses the language’s plural forms and counts what a huge map leaves out', () => {
    const shapes = Array.from({ length: DESCRIBE_LIMIT + 5 }, (_, i) => ({ id: `s${i}`, type: 'sticky' as const, x: i * 200, y: 0, w: 100, h: 100, text: `Idé ${i}`, locked: false, props: { color: 'yellow' as const } }));
    const big: Board = { id: 'b', name: 'Stor', shapes, connectors: [] };
    expect(describeBoard(big, 'sv')).toContain('och 5 till');
    expect(describeBoard({ ...big, shapes: shapes.slice(0, 1) }, 'nb')).toContain('1 figur, 0 koblinger');
    expect(describeBoard({ ...big, shapes: [] }, 'en')).toBe('Board “Stor” is empty.');
  });
});
