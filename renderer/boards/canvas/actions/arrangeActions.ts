import { canvasActionSpec, type CanvasActionId } from '../../../../shared/canvasActions';
import type { Side } from '../../../../shared/shapes/geometry';
import { align, distribute, reorder, type Alignment, type ZOrder } from '../../../editor/board/arrange';
import { select } from '../../../editor/board/canvasState';
import { connectInOrder } from '../../../editor/board/connectorCommands';
import { nudgeShapes, setLocked } from '../../../editor/board/shapeCommands';
import { canWrite, hasSelection, selectedShapes, type CanvasAction } from './action';

const action = (id: CanvasActionId, isEnabled: CanvasAction['isEnabled'], run: CanvasAction['run']): CanvasAction => ({ ...canvasActionSpec(id), isEnabled, run });
const withShapes = (n: number) => (c: Parameters<CanvasAction['isEnabled']>[0]) => canWrite(c) && selectedShapes(c).length >= n;

const nudge = (id: CanvasActionId, dx: number, dy: number) =>
  action(id, (c) => canWrite(c) && hasSelection(c), (c) => nudgeShapes(c.editor, c.boardId!, c.ui.selection, dx, dy));

const addConnected = (id: CanvasActionId, side: Side) => action(id, (c) => canWrite(c) && c.singleShape !== null, (c) => c.addConnected(side));

const order = (how: ZOrder) => action(`order.${how}`, (c) => canWrite(c) && hasSelection(c), (c) => reorder(c.editor, c.boardId!, c.ui.selection, how));

const aligned = (how: Alignment) => action(`align.${how}`, withShapes(2), (c) => align(c.editor, c.boardId!, c.ui.selection, how));

export const arrangeActions: CanvasAction[] = [
  nudge('nudge.left', -1, 0),
  nudge('nudge.right', 1, 0),
  nudge('nudge.up', 0, -1),
  nudge('nudge.down', 0, 1),
  nudge('nudgeFar.left', -10, 0),
  nudge('nudgeFar.right', 10, 0),
  nudge('nudgeFar.up', 0, -10),
  nudge('nudgeFar.down', 0, 10),
  addConnected('addConnected.right', 'right'),
  addConnected('addConnected.left', 'left'),
  addConnected('addConnected.down', 'bottom'),
  addConnected('addConnected.up', 'top'),
  action('connect.selected', canWrite, (c) => {
    const made = connectInOrder(c.editor, c.boardId!, selectedShapes(c));
    if (made.length > 0) select(c.editor, made);
    else c.callbacks.notify('canvas.messages.connectNeedsTwo');
  }),
  action('lock.toggle', withShapes(1), (c) => {
    const shapes = selectedShapes(c).map((id) => c.index!.shapes.get(id)!);
    setLocked(c.editor, c.boardId!, c.ui.selection, !shapes.every((s) => s.locked));
  }),
  order('front'),
  order('forward'),
  order('backward'),
  order('back'),
  aligned('left'),
  aligned('centerX'),
  aligned('right'),
  aligned('top'),
  aligned('centerY'),
  aligned('bottom'),
  action('distribute.horizontal', withShapes(3), (c) => distribute(c.editor, c.boardId!, c.ui.selection, 'horizontal')),
  action('distribute.vertical', withShapes(3), (c) => distribute(c.editor, c.boardId!, c.ui.selection, 'vertical')),
];
