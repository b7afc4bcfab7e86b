import type { Connector, ConnectorEnd } from '../../../shared/model/board';
import { newId } from '../../../shared/model/ids';
import type { Editor } from '../editor';
import { editBoard, findBoard } from './access';

/** Draws a connector between two ends (glued or loose); orthogonal with an arrowhead unless told. */
export function createConnector(
  editor: Editor,
  boardId: string,
  from: ConnectorEnd,
  to: ConnectorEnd,
  options: Partial<Pick<Connector, 'routing' | 'arrows' | 'label'>> = {},
): string {
  const connector: Connector = { id: newId(), from, to, routing: options.routing ?? 'orthogonal', arrows: options.arrows ?? 'end', label: options.label ?? '' };
  editBoard(editor, boardId, 'createConnector', (board) => {
    board.connectors.push(connector);
  });
  return connector.id;
}

/** Glues or loosens one end (dragging an end onto a shape or into empty space). */
export function setConnectorEnd(editor: Editor, boardId: string, id: string, which: 'from' | 'to', end: ConnectorEnd, coalesceKey?: string): void {
  editBoard(
    editor,
    boardId,
    'connectorEnd',
    (board) => {
      const c = board.connectors.find((x) => x.id === id);
      if (c) c[which] = end;
    },
    { coalesceKey },
  );
}

export function updateConnectors(editor: Editor, boardId: string, ids: string[], patch: Partial<Pick<Connector, 'routing' | 'arrows'>>): void {
  const wanted = new Set(ids);
  editBoard(editor, boardId, 'connectorStyle', (board) => {
    for (const c of board.connectors) if (wanted.has(c.id)) Object.assign(c, patch);
  });
}

export function setConnectorLabel(editor: Editor, boardId: string, id: string, label: string): void {
  editBoard(
    editor,
    boardId,
    'connectorLabel',
    (board) => {
      const c = board.connectors.find((x) => x.id === id);
      if (c) c.label = label;
    },
    { coalesceKey: `label:${id}` },
  );
}

/** Connects shapes in the order given (a chain), from the facing outline of each; keyboard users use this. */
export function connectInOrder(editor: Editor, boardId: string, shapeIds: string[]): string[] {
  const board = findBoard(editor.document, boardId);
  if (!board) return [];
  const present = shapeIds.filter((id) => board.shapes.some((s) => s.id === id));
  const made: Connector[] = [];
  for (let i = 1; i < present.length; i++) {
    made.push({
      id: newId(),
      from: { kind: 'shape', shapeId: present[i - 1]!, port: 'outline' },
      to: { kind: 'shape', shapeId: present[i]!, port: 'outline' },
      routing: 'straight',
      arrows: 'end',
      label: '',
    });
  }
  if (made.length === 0) return [];
  editBoard(editor, boardId, 'connect', (draft) => {
    draft.connectors.push(...made);
  });
  return made.map((c) => c.id);
}
