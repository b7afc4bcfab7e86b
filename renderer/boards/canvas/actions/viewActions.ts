import { canvasActionSpec, type CanvasActionId } from '../../../../shared/canvasActions';
import { canvasStateOf } from '../../../editor/board/canvasState';
import { always, hasSelection, type CanvasAction } from './action';

const action = (id: CanvasActionId, isEnabled: CanvasAction['isEnabled'], run: CanvasAction['run']): CanvasAction => ({ ...canvasActionSpec(id), isEnabled, run });
const hasBoard: CanvasAction['isEnabled'] = (c) => c.boardId !== null;

export const viewActions: CanvasAction[] = [
  action('zoom.in', hasBoard, (c) => c.zoomBy(1)),
  action('zoom.out', hasBoard, (c) => c.zoomBy(-1)),
  action('zoom.fit', hasBoard, (c) => c.zoomToFit()),
  action('zoom.selection', (c) => hasBoard(c) && hasSelection(c), (c) => c.zoomToSelection()),
  action('zoom.actual', hasBoard, (c) => c.zoomTo(1)),
  action('grid.toggle', always, (c) => canvasStateOf(c.editor).setState({ snapToGrid: !c.ui.snapToGrid })),
  action('presentation.toggle', hasBoard, (c) => c.callbacks.togglePresentation()),
  action('shortcuts.show', always, (c) => c.callbacks.toggleShortcuts()),
];
