import type { Board, Connector, Shape } from '../../../shared/model/board';
import { newWorkshop } from '../../../shared/model/defaults';
import type { Workshop } from '../../../shared/model/workshop';
import { shapeModule } from '../../../shared/shapes/registry';

/**
 * A generated process map for the benchmark: `count` shapes of the process-map set on a grid,
 * each with a label, and a connector from each shape to its right-hand neighbour (or the one
 * below at the end of a row).
 */
const TYPES = ['activity', 'decision', 'startEnd', 'document', 'data', 'subProcess', 'wait', 'sticky'] as const;
const COLUMN = 240;
const ROW = 180;

export function generateBoard(count: number): Board {
  const columns = Math.ceil(Math.sqrt(count * 1.6));
  const shapes: Shape[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length]!;
    const m = shapeModule(type);
    const { w, h } = m.defaultSize;
    const cx = (i % columns) * COLUMN + COLUMN / 2;
    const cy = Math.floor(i / columns) * ROW + ROW / 2;
    const sw = Math.min(w, 160);
    const sh = Math.min(h, 110);
    shapes.push({ id: `s${i}`, type, x: cx - sw / 2, y: cy - sh / 2, w: sw, h: sh, text: `Step ${i + 1}: handle the case`, locked: false, props: m.defaultProps() } as Shape);
  }
  const connectors: Connector[] = [];
  for (let i = 0; i + 1 < count; i++) {
    connectors.push({
      id: `c${i}`,
      from: { kind: 'shape', shapeId: `s${i}`, port: (i + 1) % columns === 0 ? 'bottom' : 'right' },
      to: { kind: 'shape', shapeId: `s${i + 1}`, port: (i + 1) % columns === 0 ? 'top' : 'left' },
      routing: 'orthogonal',
      arrows: 'end',
      label: '',
    });
  }
  return { id: `bench-${count}`, name: `Benchmark ${count}`, shapes, connectors };
}

export function generateWorkshop(count: number): Workshop {
  const w = newWorkshop(new Date('2026-11-21T08:00:00Z'));
  w.header.title = `Benchmark board, ${count} shapes`;
  w.boards = [generateBoard(count)];
  return w;
}
