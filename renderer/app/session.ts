import { CanvasController } from '../boards/canvas/controller';
import type { Editor } from '../editor/editor';

/**
 * Everything that belongs to one open workshop and goes when it closes: the editor (document,
 * history, canvas state) and the canvas controller (view per board, the gesture in progress). The
 * shell and the canvas reach them through this object, not through module-level maps.
 */
export class WorkshopSession {
  readonly canvas: CanvasController;

  constructor(readonly editor: Editor) {
    this.canvas = new CanvasController(editor);
  }

  /** Each facilitator window's projector follows its own channel, named by the editing session. */
  get projectorLink(): string {
    return this.editor.state.draftId;
  }
}
