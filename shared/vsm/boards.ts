import type { Workshop } from '../model/workshop';
import type { ValueStream } from './model';

/**
 * The value-stream inputs of a workshop's VSM boards, for the metrics panel and the command line.
 *
 * In format version 2 a board (shared/model/board.ts) carries shapes and connectors, but no shape
 * type is a VSM shape yet and a board has no VSM map settings, so no board is a value-stream map
 * and this returns []. When the VSM shapes land, this is the one place that maps a board onto
 * `ValueStream` (model.ts): the board's VSM settings become `settings`; supplier/customer,
 * process boxes (data box fields), service steps, inventories, FIFO lanes, supermarkets, safety
 * stock and waits become `elements` with `shapeId` set to the shape's id; material-flow
 * connectors (push, pull, shipment, FIFO) glued to shapes at both ends become `edges`, while
 * information flows and loose connectors are left out. A field the user typed wrongly is passed
 * on as `{ invalid: text }`, never as 0.
 */
export function vsmBoardsOf(workshop: Workshop): ValueStream[] {
  return workshop.boards.flatMap((board) => {
    const stream = valueStreamOfBoard(board);
    return stream === null ? [] : [stream];
  });
}

/** No board carries VSM content yet in format version 2 (see above). */
function valueStreamOfBoard(_board: Workshop['boards'][number]): ValueStream | null {
  return null;
}
