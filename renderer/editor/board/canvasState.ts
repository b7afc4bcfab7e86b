import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ShapeType } from '../../../shared/model/board';
import type { Editor } from '../editor';
import type { Viewport } from './viewport';

/**
 * The canvas's own state for one open workshop: which board is shown, what is selected, each
 * board's view and the current tool. None of it is in the document, so none of it is undoable and
 * selecting never clears the redo stack.
 */
export type Tool = { kind: 'select' } | { kind: 'place'; type: ShapeType } | { kind: 'connect' } | { kind: 'hand' };

export interface CanvasState {
  activeBoardId: string | null;
  selection: string[];
  viewports: Record<string, Viewport>;
  tool: Tool;
  snapToGrid: boolean;
  gridSize: number;
  presenting: boolean;
}

/** The canvas state of a newly opened workshop: its first board shown, nothing selected. */
export function createCanvasState(document: { boards: readonly { id: string }[] }): StoreApi<CanvasState> {
  return createStore<CanvasState>(() => ({
    activeBoardId: document.boards[0]?.id ?? null,
    selection: [],
    viewports: {},
    tool: { kind: 'select' },
    snapToGrid: true,
    gridSize: 10,
    presenting: false,
  }));
}

/** The canvas state of an open workshop (the editor holds it beside the document, outside history). */
export function canvasStateOf(editor: Editor): StoreApi<CanvasState> {
  return editor.canvas;
}

export function select(editor: Editor, ids: string[]): void {
  canvasStateOf(editor).setState({ selection: [...new Set(ids)] });
}

/** Shift-click: adds a shape to the selection, or takes it out if it was in. */
export function toggleSelected(editor: Editor, id: string): void {
  const { selection } = canvasStateOf(editor).getState();
  select(editor, selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id]);
}

export function showBoard(editor: Editor, boardId: string | null): void {
  canvasStateOf(editor).setState({ activeBoardId: boardId, selection: [] });
}

export function setViewport(editor: Editor, boardId: string, viewport: Viewport): void {
  const store = canvasStateOf(editor);
  store.setState({ viewports: { ...store.getState().viewports, [boardId]: viewport } });
}

/** The board shown: the chosen one if it still exists, else the first (after a delete or an undo). */
export function activeBoardId(editor: Editor): string | null {
  const { activeBoardId: chosen } = canvasStateOf(editor).getState();
  const boards = editor.document.boards;
  return boards.some((b) => b.id === chosen) ? chosen : (boards[0]?.id ?? null);
}
