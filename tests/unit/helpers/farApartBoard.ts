import { Shape, type Board } from '../../../shared/model/board';
import { newWorkshop } from '../../../shared/model/defaults';
import type { Workshop } from '../../../shared/model/workshop';

/** A sticky with its words, where it is put. */
export function stickyAt(id: string, x: number, y: number, text: string): Shape {
  return Shape.parse({ id, type: 'sticky', x, y, w: 160, h: 120, text, locked: false, props: { color: 'yellow' } });
}

/** A workshop whose one board holds two stickies, the second `dx`, `dy` from the first. */
export function twoStickies(dx: number, dy: number): Workshop {
  const doc = newWorkshop(new Date('2026-04-14T08:00:00Z'));
  const board: Board = { id: 'board-far', name: 'Idéer', shapes: [stickyAt('s-near', 0, 0, 'Nordpolen'), stickyAt('s-far', dx, dy, 'Sydpolen')], connectors: [] };
  return { ...doc, header: { ...doc.header, title: 'Långt isär' }, boards: [board] };
}
