import { canvasActionSpec, type CanvasActionId } from '../../../../shared/canvasActions';
import { findBoard } from '../../../editor/board/access';
import { select } from '../../../editor/board/canvasState';
import { deleteSelection, duplicateSelection } from '../../../editor/board/shapeCommands';
import type { CanvasController } from '../controller';
import { always, canWrite, hasSelection, type CanvasAction } from './action';

const action = (id: CanvasActionId, isEnabled: CanvasAction['isEnabled'], run: CanvasAction['run']): CanvasAction => ({ ...canvasActionSpec(id), isEnabled, run });

function step(c: CanvasController, by: 1 | -1): boolean {
  const order = c.board?.shapes.map((s) => s.id) ?? [];
  if (order.length === 0) return false;
  const sel = c.ui.selection;
  const current = sel.length === 1 ? order.indexOf(sel[0]!) : -1;
  // Past the last shape (or back before the first) Tab leaves the board for what comes next on the
  // page (the outline, the side panel), the shape still selected: the board never traps the
  // keyboard (WCAG 2.1.2). Escape clears the selection, and Tab starts again at the first shape.
  const at = current === -1 ? (by === 1 ? 0 : -1) : current + by;
  if (at < 0 || at >= order.length) return false;
  const next = order[at]!;
  select(c.editor, [next]);
  c.ensureVisible(next);
  return true;
}

export const editActions: CanvasAction[] = [
  action('edit.text', (c) => canWrite(c) && c.ui.selection.length === 1, (c) => {
    const id = c.ui.selection[0]!;
    c.callbacks.editText(c.index?.shapes.has(id) ? { kind: 'shape', id } : { kind: 'connector', id });
  }),
  action('edit.delete', (c) => canWrite(c) && hasSelection(c), (c) => {
    const boardId = c.boardId!;
    const sel = c.ui.selection;
    deleteSelection(c.editor, boardId, sel);
    // Locked shapes stay, and stay selected.
    const left = new Set(findBoard(c.editor.document, boardId)?.shapes.map((s) => s.id));
    select(c.editor, sel.filter((id) => left.has(id)));
  }),
  action('edit.duplicate', (c) => canWrite(c) && hasSelection(c), (c) => select(c.editor, duplicateSelection(c.editor, c.boardId!, c.ui.selection))),
  action('edit.selectAll', (c) => c.index !== null, (c) => {
    const index = c.index!;
    select(c.editor, [...index.shapes.keys(), ...index.routes.keys()]);
  }),
  action('select.next', (c) => c.boardId !== null, (c) => step(c, 1)),
  action('select.previous', (c) => c.boardId !== null, (c) => step(c, -1)),
  action('edit.escape', always, (c) => {
    if (c.gesture.kind !== 'idle') c.cancelGesture();
    else if (c.ui.tool.kind !== 'select') c.setTool({ kind: 'select' });
    else select(c.editor, []);
  }),
];
