import type { Board } from '../../../shared/model/board';
import type { Editor } from '../editor';
import { showBoard } from './canvasState';

/** Boards from an import (draw.io) added to the workshop as one undo step, the first of them shown. */
export function importBoards(editor: Editor, boards: readonly Board[]): void {
  if (boards.length === 0) return;
  editor.run('importBoards', (doc) => {
    doc.boards.push(...boards);
  });
  showBoard(editor, boards[0]!.id);
}
