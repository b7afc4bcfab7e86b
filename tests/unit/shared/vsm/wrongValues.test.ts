import { describe, expect, it } from 'vitest';
import { Board } from '../../../../shared/model/board';
import { newWorkshop } from '../../../../shared/model/defaults';
import { wrongDataBoxValues } from '../../../../shared/vsm/wrongValues';

describe('the data-box values verkstad validate reports', () => {
  it('lists every value the figures cannot read, with where it is and why, and nothing else', () => {
    const doc = newWorkshop();
    doc.header.language = 'sv';
    const board = Board.parse({
      id: 'b',
      name: 'Nuläge',
      shapes: [
        { id: 's1', type: 'vsmProcess', x: 0, y: 0, w: 100, h: 100, text: 'Svets', locked: false, props: { cycleTime: { text: 'ungefär 40', unit: 's' }, operators: { text: '-2' }, uptime: { text: '85' } } },
        { id: 's2', type: 'vsmInventory', x: 200, y: 0, w: 60, h: 60, text: '', locked: false, props: { quantity: { text: '1 250' } } },
      ],
    });
    doc.boards = [board];
    expect(wrongDataBoxValues(doc, 'sv')).toEqual([
      { board: 'Nuläge', shape: 'Svets', field: 'Cykeltid (C/T)', text: 'ungefär 40', problem: '”ungefär 40” är inte ett tal.' },
      expect.objectContaining({ board: 'Nuläge', shape: 'Svets', text: '-2', problem: 'Värdet kan inte vara negativt.' }),
    ]);
  });
});
