import { newWorkshop } from '../../../../../shared/model/defaults';
import type { Board, Shape } from '../../../../../shared/model/board';
import { Editor } from '../../../../../renderer/editor/editor';
import { addBoard } from '../../../../../renderer/editor/board/boardCommands';
import { findBoard } from '../../../../../renderer/editor/board/access';

/** A headless editor with one empty board, as the canvas tests start from. */
export function boardEditor(): { editor: Editor; boardId: string; board: () => Board; shape: (id: string) => Shape } {
  const editor = new Editor(newWorkshop(new Date('2026-11-21T08:00:00Z')), { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null });
  const boardId = addBoard(editor, 'Process: intake');
  const board = () => findBoard(editor.document, boardId)!;
  return { editor, boardId, board, shape: (id) => board().shapes.find((s) => s.id === id)! };
}
