import type { Board } from '../../shared/model/board';
import type { Language } from '../../shared/model/language';
import { boardImage, printTheme } from '../../shared/report/boardImage';
import type { ProjectorBoard } from './projectorLink';

/**
 * The board behind the projector's countdown: which one, drawn how, and sent when. The drawing is
 * the report's SVG (one renderer for print, export and the projector), without embedded fonts:
 * the projector is on the same machine and has the same system fonts. `language`: the workshop's
 * (else the app's), for the data-box labels and for hyphenating long words, as in the report.
 */

export function projectorBoardOf(board: Board, language: Language): ProjectorBoard {
  return { id: board.id, name: board.name, svg: boardImage(board, [], undefined, language).svg, paper: printTheme.paper };
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
 * Posts the board only when it or the language it is drawn in changed. Boards are immutable (every
 * edit makes a new object), so "changed" is a different object: a run action, a tick or an edit
 * elsewhere sends nothing.
 */
export function createBoardSender(post: (board: ProjectorBoard | null) => void) {
  let sent: { board: Board | null; language: Language; drawn: ProjectorBoard | null } | null = null;
  return {
    update(board: Board | null, language: Language): void {
      if (sent && sent.board === board && (board === null || sent.language === language)) return;
      sent = { board, language, drawn: board ? projectorBoardOf(board, language) : null };
      post(sent.drawn);
    },
    /** A projector that just loaded has seen nothing yet: it gets the last board again. */
    resend(): void {
      if (sent) post(sent.drawn);
    },
  };
}
