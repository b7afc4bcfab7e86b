import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../../shared/model/defaults';
import { TeamBoards } from '../../../../shared/model/teamBoards';
import { Workshop } from '../../../../shared/model/workshop';
import { applyActivityResult, applyIdeas } from '../../../../shared/room/apply';
import type { RoomIdea } from '../../../../shared/room/status';

const idea = (n: number, over: Partial<RoomIdea> = {}): RoomIdea => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  text: `Idé ${n}`,
  boardId: null,
  activityId: 'round-1',
  by: null,
  sentOn: '2026-04-14',
  ...over,
});

function meeting(): Workshop {
  const doc = newWorkshop(new Date('2026-04-14T09:00:00'));
  doc.teamBoards = TeamBoards.parse({
    team: 'Avdelning 4',
    goalBoard: {},
    improvementBoard: {
      cards: [
        { id: 'c-new', problem: 'Långa köer', idea: 'Tidsbokning', suggestedBy: 'Eva', suggestedOn: '2026-04-01', column: 'new' },
        { id: 'c-prio', problem: '', idea: 'Färre överlämningar', suggestedBy: 'Per', suggestedOn: '2026-03-20', column: 'prioritised' },
      ],
    },
  });
  return doc;
}

describe('ideas for the improvement board', () => {
  it('become suggestion cards at the end of the New column: the text as the idea, the sender, the day', () => {
    const doc = meeting();
    const placed = applyIdeas(doc, [idea(1, { by: 'Anna Berg', text: 'Gemensam kalender' }), idea(2, { text: 'Kortare möten' })], 'Inkorg');
    expect(placed).toBe(2);
    const cards = doc.teamBoards!.improvementBoard.cards;
    expect(cards.map((c) => [c.id, c.column])).toEqual([
      ['c-new', 'new'],
      [idea(1).id, 'new'],
      [idea(2).id, 'new'],
      ['c-prio', 'prioritised'],
    ]);
    expect(cards[1]).toMatchObject({ problem: '', idea: 'Gemensam kalender', suggestedBy: 'Anna Berg', suggestedOn: '2026-04-14', size: 'small', matrix: null, actionId: null });
    // Anonymous: no name on the card.
    expect(cards[2]).toMatchObject({ idea: 'Kortare möten', suggestedBy: '' });
    // Nothing lands on the drawing boards.
    expect(doc.boards.flatMap((b) => b.shapes)).toEqual([]);
    // The document stays valid.
    expect(Workshop.safeParse(doc).success).toBe(true);
  });

  it('an idea applied twice (an update repeated, then the round’s end) is one card', () => {
    const doc = meeting();
    applyIdeas(doc, [idea(1)], 'Inkorg');
    expect(applyIdeas(doc, [idea(1), idea(2)], 'Inkorg')).toBe(1);
    applyActivityResult(doc, { kind: 'ideas', activity: { kind: 'ideas', id: 'round-1', prompt: '', boardId: null }, ideas: [idea(1), idea(2)] }, 'Inkorg');
    expect(doc.teamBoards!.improvementBoard.cards.filter((c) => c.column === 'new')).toHaveLength(3);
  });

  it('a workshop without team boards gets empty ones, so no idea is lost', () => {
    const doc = newWorkshop(new Date('2026-04-14T09:00:00'));
    expect(doc.teamBoards).toBeNull();
    applyIdeas(doc, [idea(7, { by: 'Olle Ek' })], 'Inkorg');
    expect(doc.teamBoards!.improvementBoard.cards).toEqual([expect.objectContaining({ id: idea(7).id, column: 'new', suggestedBy: 'Olle Ek' })]);
    expect(Workshop.safeParse(doc).success).toBe(true);
  });

  it('ideas for a board still arrive as stickies in its inbox, and never as cards', () => {
    const doc = meeting();
    const boardId = doc.boards[0]?.id ?? 'b1';
    if (doc.boards.length === 0) doc.boards.push({ id: boardId, name: 'Tavla', shapes: [], connectors: [] });
    applyIdeas(doc, [idea(3, { boardId, by: 'Anna Berg' })], 'Inkorg');
    const shapes = doc.boards.find((b) => b.id === boardId)!.shapes;
    expect(shapes.map((s) => s.type)).toEqual(['text', 'sticky']);
    expect(doc.teamBoards!.improvementBoard.cards).toHaveLength(2);
  });
});
