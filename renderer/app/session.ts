import { CanvasController } from '../boards/canvas/controller';
import type { Editor } from '../editor/editor';
import { rememberPositions } from '../editor/board/access';
import { freezeWhenIdle } from '../editor/freeze';
import { createRunUi, type RunUi } from '../run/runStore';

/**
 * Everything that belongs to one open workshop and goes when it closes: the editor (document,
 * history, canvas state), the canvas controller (view per board, the gesture in progress) and the
 * run UI (the Run view shown, the projector window's state). The shell, the canvas and the Run view
 * reach them through this object, not through module-level stores or maps.
 */
export class WorkshopSession {
  readonly canvas: CanvasController;
  readonly runUi: RunUi = createRunUi();
  /**
   * The field the user types in next, taken once by the view that shows it: a new workshop starts
   * in its title (the shell renders after the session exists, so a flag is enough).
   */
  pendingFocus: 'title' | null = null;

  /** The view took the focus it was asked for. */
  focusTaken(field: 'title'): void {
    if (this.pendingFocus === field) this.pendingFocus = null;
  }

  /** Stops freezing the loaded document in idle time (renderer/editor/freeze.ts). */
  private readonly stopFreezing: () => void;

  constructor(readonly editor: Editor) {
    this.canvas = new CanvasController(editor);
    // Then the shown board's id-to-position map, so the first move does not walk the board.
    this.stopFreezing = freezeWhenIdle(editor.document, () => {
      const board = this.canvas.board;
      if (board) rememberPositions(board.shapes);
    });
  }

  /** The workshop closed (or another replaced it): nothing of it runs on. */
  dispose(): void {
    this.stopFreezing();
  }

  /** Each facilitator window's projector follows its own channel, named by the editing session. */
  get projectorLink(): string {
    return this.editor.state.draftId;
  }
}
