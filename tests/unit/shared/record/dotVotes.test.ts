import { describe, expect, it } from 'vitest';
import { rankDotVotes, stickiesOf } from '../../../../shared/record/dotVotes';
import type { Workshop } from '../../../../shared/model/workshop';

const boards = [
  {
    id: 'b1',
    name: 'Idéer',
    shapes: [
      { id: 's1', type: 'sticky', text: 'Gemensam inkorg' },
      { id: 's2', type: 'sticky', text: 'Checklista' },
      { id: 'x', type: 'activity', text: 'Granska' },
      { id: 's3', type: 'sticky', text: 'Förhandsgranskning' },
    ],
  },
] as unknown as Workshop['boards'];

describe('dot voting', () => {
  it('finds the sticky notes on the boards, not other shapes', () => {
    expect(stickiesOf({ boards }).map((s) => s.text)).toEqual(['Gemensam inkorg', 'Checklista', 'Förhandsgranskning']);
  });

  it('ranks stickies by dots, equal dots sharing a rank, unvoted last', () => {
    const ranked = rankDotVotes({ s2: 4, s3: 4, s1: 1 }, stickiesOf({ boards }));
    expect(ranked.map((r) => [r.id, r.votes, r.rank])).toEqual([
      ['s2', 4, 1],
      ['s3', 4, 1],
      ['s1', 1, 3],
    ]);
  });

  it('keeps the dots of a sticky that has been deleted from its board', () => {
    const ranked = rankDotVotes({ gone: 2 }, stickiesOf({ boards }));
    expect(ranked[0]).toMatchObject({ id: 'gone', votes: 2, sticky: null });
    expect(ranked).toHaveLength(4);
  });
});
