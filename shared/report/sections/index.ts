import type { SectionId } from '../options';
import { actions } from './actions';
import { agenda } from './agenda';
import { attendance } from './attendance';
import { boards } from './boards';
import { cover } from './cover';
import { notes } from './notes';
import { parkingLot } from './parkingLot';
import { polls } from './polls';
import type { ReportSection } from './section';
import { vsm } from './vsm';
import { goalBoardPage, improvementBoardPage, improvements, kpis } from './teamBoards';

/**
 * The sections the report knows, in print order. An area's section is registered here once its
 * area exists; a section whose area has nothing for a workshop leaves itself out (`applies`).
 */
export const reportSections: readonly ReportSection[] = [cover, attendance, agenda, kpis, improvements, notes, actions, parkingLot, polls, goalBoardPage, improvementBoardPage, boards, vsm];

export function sectionById(id: SectionId): ReportSection | undefined {
  return reportSections.find((section) => section.id === id);
}
