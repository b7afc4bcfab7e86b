import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { boardToProject, createBoardSender, projectorBoardOf } from '../../../../renderer/run/projectorBoard';
import { LinkMessage, MAX_BOARD_SVG_CHARS, type ProjectorBoard } from '../../../../renderer/run/projectorLink';
import type { Board } from '../../../../shared/model/board';
import { parseWorkshopText } from '../../../../shared/model/load';
import { boardImage } from '../../../../shared/report/boardImage';
import { textWidth } from '../../../../shared/shapes/text';
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
    const drawn = projectorBoardOf(process, 'sv');
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
    const drawn = projectorBoardOf(ideas, 'sv');
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

    sender.update(process, 'sv');
    sender.update(process, 'sv');
    sender.update(process, 'sv');
    expect(sent.map((b) => b?.id)).toEqual([process.id]);

    const renamed = produce(process, (draft) => {
      draft.shapes[0]!.text = 'Ansökan via e-tjänsten';
    });
    sender.update(renamed, 'sv');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.svg).toContain('Ansökan via e-tjänsten');

    sender.update(ideas, 'sv');
    sender.update(null, 'sv');
    sender.update(null, 'sv');
    expect(sent.map((b) => b?.id ?? null)).toEqual([process.id, process.id, ideas.id, null]);

    // A projector that opens later gets the last one again.
    sender.resend();
    expect(sent.at(-1)).toBeNull();
    sender.update(ideas, 'sv');
    sender.resend();
    expect(sent.slice(-2).map((b) => b?.id)).toEqual([ideas.id, ideas.id]);
  });

  it('hyphenates long words by the workshop’s language, as the report does, and is sent again when the language changes', () => {
    // A step too narrow for "Dubbelregistrering" (the label is inset 8 on each side): Swedish
    // patterns break it "Dubbelre-gistrering", English ones "Dubbelreg-istrering".
    const width = textWidth('Dubbelreg-', 14) + 0.5 + 16;
    const board = { id: 'b', name: 'Flöde', shapes: [{ id: 's', type: 'activity', x: 0, y: 0, w: width, h: 120, text: 'Dubbelregistrering', locked: false, props: {} }], connectors: [] } as unknown as Board;
    const swedish = projectorBoardOf(board, 'sv').svg;
    expect(swedish).toContain('>Dubbelre-<');
    expect(swedish).toContain('>gistrering<');
    const english = projectorBoardOf(board, 'en').svg;
    expect(english).toContain('>Dubbelreg-<');
    expect(english).toBe(boardImage(board, [], undefined, 'en').svg);
    const sent: (ProjectorBoard | null)[] = [];
    const sender = createBoardSender((b) => sent.push(b));
    sender.update(board, 'sv');
    sender.update(board, 'sv');
    sender.update(board, 'en');
    expect(sent.map((b) => b?.svg)).toEqual([swedish, english]);
  });
});
