import type { Draft } from 'immer';
import type { Board, Shape } from '../../../shared/model/board';
import { newActionItem } from '../../../shared/model/defaults';
import { newId } from '../../../shared/model/ids';
import type { ActionItem } from '../../../shared/model/record';
import type { Language } from '../../../shared/model/language';
import type { FlowKind } from '../../../shared/shapes/vsm/flows';
import type { CustomLine, EnteredValue } from '../../../shared/shapes/vsm/values';
import { BoardVsm } from '../../../shared/vsm/boardSettings';
import type { MapKind, MapSettings } from '../../../shared/vsm/model';
import { vsmTemplateBoard } from '../../../shared/vsm/templates';
import { editBoard, findBoard } from '../../editor/board/access';
import type { Editor } from '../../editor/editor';

/**
 * Edits of value-stream maps, each one undo step. Typing in a field coalesces per field, so a
 * value typed letter by letter undoes as one change.
 */

function shapeIn(board: Draft<Board>, shapeId: string): Draft<Shape> | undefined {
  return board.shapes.find((shape) => shape.id === shapeId);
}

/** Sets one data-box value (the text as typed and its unit) of a VSM shape. */
export function setVsmValue(editor: Editor, boardId: string, shapeId: string, key: string, value: EnteredValue): void {
  editBoard(
    editor,
    boardId,
    'vsm.value',
    (board) => {
      const shape = shapeIn(board, shapeId);
      if (shape) (shape.props as Record<string, unknown>)[key] = value;
    },
    { coalesceKey: `vsm.value:${shapeId}:${key}` },
  );
}

export function setCustomFields(editor: Editor, boardId: string, shapeId: string, lines: CustomLine[]): void {
  editBoard(
    editor,
    boardId,
    'vsm.customFields',
    (board) => {
      const shape = shapeIn(board, shapeId);
      if (shape && 'customFields' in shape.props) (shape.props as { customFields: CustomLine[] }).customFields = lines;
    },
    { coalesceKey: `vsm.custom:${shapeId}` },
  );
}

/** Makes a board a value-stream map (or changes its kind), keeping whatever is drawn on it. */
export function makeVsmBoard(editor: Editor, boardId: string, kind: MapKind): void {
  editBoard(editor, boardId, 'vsm.make', (board) => {
    board.vsm = BoardVsm.parse({ ...(board.vsm ?? {}), settings: { ...(board.vsm?.settings ?? {}), kind } });
  });
}

export function setMapSettings(editor: Editor, boardId: string, patch: Partial<MapSettings>): void {
  const key = Object.keys(patch).sort().join(',');
  editBoard(
    editor,
    boardId,
    'vsm.settings',
    (board) => {
      if (board.vsm) board.vsm.settings = { ...board.vsm.settings, ...patch };
    },
    { coalesceKey: `vsm.settings:${boardId}:${key}` },
  );
}

export function setVsmState(editor: Editor, boardId: string, patch: Partial<Pick<BoardVsm, 'state' | 'comparesWith'>>): void {
  editBoard(editor, boardId, 'vsm.state', (board) => {
    if (board.vsm) Object.assign(board.vsm, patch);
  });
}

/** Turns connectors into a kind of VSM arrow; null makes them plain connectors again. */
export function setConnectorFlow(editor: Editor, boardId: string, connectorIds: string[], flow: FlowKind | null): void {
  editBoard(editor, boardId, 'vsm.flow', (board) => {
    for (const connector of board.connectors) {
      if (!connectorIds.includes(connector.id)) continue;
      if (flow === null) delete connector.flow;
      else connector.flow = flow;
    }
  });
}

/**
 * Adds a board from a VSM template after the others; returns its id. A future state is linked to
 * the current state it improves: the given board if it is one, else the last current-state map of
 * the same kind.
 */
export function addVsmBoard(editor: Editor, kind: MapKind, state: 'current' | 'future', lang: Language, fromBoardId: string | null): string {
  let comparesWith: string | null = null;
  if (state === 'future') {
    const boards = editor.document.boards;
    const from = fromBoardId === null ? undefined : findBoard(editor.document, fromBoardId);
    const current = from?.vsm?.state === 'current' && from.vsm.settings.kind === kind ? from : [...boards].reverse().find((b) => b.vsm?.state === 'current' && b.vsm.settings.kind === kind);
    comparesWith = current?.id ?? null;
  }
  const board = vsmTemplateBoard({ kind, state, lang, newId, comparesWith });
  editor.run('vsm.addBoard', (doc) => {
    doc.boards.push(board);
  });
  return board.id;
}

/**
 * Turns a kaizen burst into a workshop action (owner, due date) and links the two both ways: the
 * action's origin names the burst, the burst keeps the action's id. One undo step undoes both.
 */
export function kaizenToAction(editor: Editor, boardId: string, shapeId: string, action: Pick<ActionItem, 'what' | 'owner' | 'dueDate'>): string {
  const id = newId();
  editor.run('vsm.kaizenAction', (doc) => {
    const board = doc.boards.find((b) => b.id === boardId);
    const shape = board?.shapes.find((s) => s.id === shapeId);
    if (!shape || shape.type !== 'vsmKaizenBurst') return;
    doc.actions.push(newActionItem({ ...action, id, origin: { kind: 'board', boardId, shapeId } }));
    shape.props.actionId = id;
  });
  return id;
}

/** Forgets the link from a burst to its action (the action itself stays in the list). */
export function unlinkKaizen(editor: Editor, boardId: string, shapeId: string): void {
  editBoard(editor, boardId, 'vsm.kaizenUnlink', (board) => {
    const shape = shapeIn(board, shapeId);
    if (shape?.type === 'vsmKaizenBurst') shape.props.actionId = null;
  });
}
