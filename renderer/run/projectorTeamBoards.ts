import { drawImprovementBoard, layoutImprovementBoard } from '../../shared/improvement/draw';
import { drawGoalBoard, layoutGoalBoard, PROJECTOR_BOARD_SIZE } from '../../shared/kpi/goalBoard';
import { boardWords } from '../../shared/kpi/words';
import type { Language } from '../../shared/model/language';
import type { TeamBoards } from '../../shared/model/teamBoards';
import { primitivesToSvg } from '../../shared/render/svg';
import type { Primitive } from '../../shared/shapes/primitives';
import { defaultTheme } from '../../shared/shapes/primitives';
import type { ProjectorTeamBoards } from './projectorLink';

/**
 * The goal board and the improvement board for the projector: the same primitives as the screen
 * and the PDF, as SVG, sent only when the boards change. An <img> of the SVG stays sharp on any
 * projector and runs nothing.
 */
const { w, h } = PROJECTOR_BOARD_SIZE;
const svgOf = (primitives: Primitive[]) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${primitivesToSvg(primitives, defaultTheme)}</svg>`;

export function projectorTeamBoards(boards: TeamBoards, lang: Language, meetingDate: string): ProjectorTeamBoards {
  const words = boardWords(lang);
  const kpiNames = new Map(boards.goalBoard.kpis.map((k) => [k.id, k.name]));
  return {
    // Laid out for a wide screen, so the tiles use the projector's width.
    goalBoard: svgOf(drawGoalBoard(boards.goalBoard, defaultTheme, { team: boards.team, words, meetingDate }, layoutGoalBoard(boards.goalBoard, PROJECTOR_BOARD_SIZE))),
    improvementBoard: svgOf(drawImprovementBoard(boards.improvementBoard, defaultTheme, { team: boards.team, words, kpiNames }, layoutImprovementBoard(PROJECTOR_BOARD_SIZE))),
  };
}
