import type { MigrationStep } from './index';
import { boardsV2 } from './v2/boards';
import { recordV2 } from './v2/record';
import { runV2 } from './v2/run';

/**
 * Format version 2: the canvas (boards with shapes and connectors), the run log (what happened
 * while the agenda ran) and the workshop record (attendance, actions, decisions, polls). Each
 * area brings a version 1 document up to date in its own file.
 */
export const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  migrate: (doc) => recordV2(runV2(boardsV2(doc))),
};
