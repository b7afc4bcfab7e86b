import { describe, expect, it } from 'vitest';
import { activeBoardId } from '../../../../../renderer/editor/board/canvasState';
import { importBoards } from '../../../../../renderer/editor/board/importBoards';
import { Board } from '../../../../../shared/model/board';
import { boardEditor } from './helpers';

const imported = [
  Board.parse({ id: 'b-karta', name: 'Bygglov nuläge', shapes: [{ id: 's1', type: 'activity', x: 0, y: 0, w: 160, h: 80, text: 'Registrera ärendet', locked: false, props: {} }] }),
  Board.parse({ id: 'b-ideer', name: 'Idéer' }),
];

describe('importing boards into the open workshop', () => {
  it('adds every page as a board in one undo step and shows the first', () => {
    const { editor, boardId } = boardEditor();
    importBoards(editor, imported);
    expect(editor.document.boards.map((b) => b.name)).toEqual(['Process: intake', 'Bygglov nuläge', 'Idéer']);
    expect(activeBoardId(editor)).toBe('b-karta');
    editor.undo();
    expect(editor.document.boards.map((b) => b.id)).toEqual([boardId]);
    editor.redo();
    expect(editor.document.boards).toHaveLength(3);
  });
});
