import type { MigrationStep } from './index';
import { teamBoardsV3 } from './v3/teamBoards';

/**
 * Format version 3: the board meeting — the team's goal board and improvement board in the file,
 * the KPI an action should move, and the board an agenda item shows on the projector. Other areas
 * that add fields in version 3 add them with defaults and, where a version 2 file needs filling
 * in, a function of their own in `v3/` called here.
 */
export const v2ToV3: MigrationStep = {
  from: 2,
  to: 3,
  migrate: (doc) => teamBoardsV3(doc),
};
