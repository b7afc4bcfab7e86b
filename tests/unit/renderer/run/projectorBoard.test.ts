import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { boardToProject, createBoardSender, projectorBoardOf } from '../../../../renderer/run/projectorBoard';
import { LinkMessage, MAX_BOARD_SVG_CHARS, type ProjectorBoard } from '../../../../renderer/run/projectorLink';
import { parseWorkshopText } from '../../../../shared/model/load';
import boardsFixture from '../../../fixtures/v2/boards.verkstad?raw';

function fixtureBoards() {
  const result = parseWorkshopText(boardsFixture);
  if (!result.ok) throw new Error(result.detail);
  return result.document.boards;
}

describe('the board on the projector', () => {
  const boards = fixtureBoards();
  const [process, ideas] = [boards[0]!, boards[1]!];

  it('is drawn as the report draws it: an SVG with the board’s name and labels, that the channel schema accepts', () => {
    const drawn = projectorBoardOf(process);
    expect(drawn).toMatchObject({ id: process.id, name: 'Process: bygglov nuläge', paper: '#ffffff' });
    expect(drawn.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox=/);
    expect(drawn.svg).toContain('Ansökan om bygglov');
    expect(drawn.svg).toContain('<title>Process: bygglov nuläge</title>');
    // Fonts are not embedded: the projector shares the machine's fonts, and the message stays small.
    expect(drawn.svg).not.toContain('@font-face');
    expect(drawn.svg.length).toBeLessThan(100_000);
    expect(LinkMessage.parse({ type: 'board', board: drawn })).toEqual({ type: 'board', board: drawn });
    expect(LinkMessage.parse({ type: 'board', board: null })).toEqual({ type: 'board', board: null });
  });

  it('refuses a board message that is not a drawing, has a bad colour or is too large', () => {
    const drawn = projectorBoardOf(ideas);
    expect(LinkMessage.safeParse({ type: 'board', board: { ...drawn, svg: '<script>alert(1)</script>' } }).success).toBe(false);
    expect(LinkMessage.safeParse({ type: 'board', board: { ...drawn, paper: 'url(evil)' } }).success).toBe(false);
    expect(LinkMessage.safeParse({ type: 'board', board: { ...drawn, svg: `<svg>${'x'.repeat(MAX_BOARD_SVG_CHARS)}</svg>` } }).success).toBe(false);
    expect(LinkMessage.safeParse({ type: 'board' }).success).toBe(false);
  });

  it('is the chosen board, else the one last shown in the Boards tab, else the first; none when the toggle is off', () => {
    expect(boardToProject(boards, false, ideas.id, process.id)).toBeNull();
    expect(boardToProject(boards, true, ideas.id, process.id)).toBe(ideas);
    expect(boardToProject(boards, true, 'deleted-board', ideas.id)).toBe(ideas);
    expect(boardToProject(boards, true, null, null)).toBe(process);
    expect(boardToProject([], true, null, null)).toBeNull();
  });

  it('is sent only when it changes: not again for the same board, again after an edit, once when turned off', () => {
    const sent: (ProjectorBoard | null)[] = [];
    const sender = createBoardSender((board) => sent.push(board));
    sender.resend();
    expect(sent).toEqual([]);

    sender.update(process);
    sender.update(process);
    sender.update(process);
    expect(sent.map((b) => b?.id)).toEqual([process.id]);

    const renamed = produce(process, (draft) => {
      draft.shapes[0]!.text = 'Ansökan via e-tjänsten';
    });
    sender.update(renamed);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.svg).toContain('Ansökan via e-tjänsten');

    sender.update(ideas);
    sender.update(null);
    sender.update(null);
    expect(sent.map((b) => b?.id ?? null)).toEqual([process.id, process.id, ideas.id, null]);

    // A projector that opens later gets the last one again.
    sender.resend();
    expect(sent.at(-1)).toBeNull();
    sender.update(ideas);
    sender.resend();
    expect(sent.slice(-2).map((b) => b?.id)).toEqual([ideas.id, ideas.id]);
  });
});
