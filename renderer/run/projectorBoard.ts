import type { Board } from '../../shared/model/board';
import { boardImage, printTheme } from '../../shared/report/boardImage';
import type { ProjectorBoard } from './projectorLink';

/**
 * The board behind the projector's countdown: which one, drawn how, and sent when. The drawing is
 * the report's SVG (one renderer for print, export and the projector), without embedded fonts:
 * the projector is on the same machine and has the same system fonts.
 */

export function projectorBoardOf(board: Board): ProjectorBoard {
  return { id: board.id, name: board.name, svg: boardImage(board, []).svg, paper: printTheme.paper };
}

/**
 * The board to show: none when the toggle is off; else the one chosen in the Run view if it still
 * exists, else the one last shown in the Boards tab, else the first.
 */
export function boardToProject(boards: readonly Board[], enabled: boolean, chosenId: string | null, shownId: string | null): Board | null {
  if (!enabled) return null;
  return boards.find((b) => b.id === chosenId) ?? boards.find((b) => b.id === shownId) ?? boards[0] ?? null;
}

/**
 * Posts the board only when it changed. Boards are immutable (every edit makes a new object), so
 * "changed" is a different object: a run action, a tick or an edit elsewhere sends nothing.
 */
export function createBoardSender(post: (board: ProjectorBoard | null) => void) {
  let sent: { board: Board | null; drawn: ProjectorBoard | null } | null = null;
  return {
    update(board: Board | null): void {
      if (sent && sent.board === board) return;
      sent = { board, drawn: board ? projectorBoardOf(board) : null };
      post(sent.drawn);
    },
    /** A projector that just loaded has seen nothing yet: it gets the last board again. */
    resend(): void {
      if (sent) post(sent.drawn);
    },
  };
}
