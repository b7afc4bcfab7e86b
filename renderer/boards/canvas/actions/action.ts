import type { CanvasActionGroup, CanvasActionId } from '../../../../shared/canvasActions';
import type { ShapeType } from '../../../../shared/model/board';
import type { CanvasController } from '../controller';

export type CanvasActionKey = CanvasActionId | `place.${ShapeType}`;

/**
 * A canvas action (Excalidraw's actions are the model): what it is called and which keys run it
 * come from `shared/canvasActions.ts` (so the native menu knows them too); here is whether it can
 * run now and what it does. Keys, toolbar, menus and the shortcut sheet all read these objects.
 */
export interface CanvasAction {
  id: CanvasActionKey;
  keys: readonly string[];
  labelKey: string;
  group: CanvasActionGroup;
  isEnabled(c: CanvasController): boolean;
  /** Returns false when it did nothing with the key (so the key can do its usual thing). */
  run(c: CanvasController): boolean | void;
}

export const always = () => true;
/** The document can be changed and a board is shown. */
export const canWrite = (c: CanvasController) => !c.readOnly && c.boardId !== null;
export const hasSelection = (c: CanvasController) => c.ui.selection.length > 0;
export const selectedShapes = (c: CanvasController) => c.ui.selection.filter((id) => c.index?.shapes.has(id));
