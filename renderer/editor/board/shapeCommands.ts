import type { Draft } from 'immer';
import type { Board, Connector, ConnectorEnd, Shape, ShapeType } from '../../../shared/model/board';
import { newId } from '../../../shared/model/ids';
import { lookupOf, resolveEnd } from '../../../shared/shapes/connectors';
import type { Rect } from '../../../shared/shapes/geometry';
import { shapeModule } from '../../../shared/shapes/registry';
import type { Editor } from '../editor';
import { cloneJson, draftShapes, editBoard, findBoard, shapePositions } from './access';
import { isPool, membersOf, resizePoolInDraft } from './lanes';

/** A new shape record of a type, centred on a point, with the module's defaults. */
export function makeShape(type: ShapeType, centre: { x: number; y: number }, text = ''): Shape {
  const module = shapeModule(type);
  const { w, h } = module.defaultSize;
  return { id: newId(), type, x: Math.round(centre.x - w / 2), y: Math.round(centre.y - h / 2), w, h, text, locked: false, props: module.defaultProps() } as Shape;
}

/** Adds a shape; pools go beneath everything so the shapes in their lanes stay visible. */
export function createShape(editor: Editor, boardId: string, type: ShapeType, centre: { x: number; y: number }, text = ''): string {
  const shape = makeShape(type, centre, text);
  insertShapes(editor, boardId, [shape], 'createShape');
  return shape.id;
}

export function insertShapes(editor: Editor, boardId: string, shapes: Shape[], label: string, connectors: Connector[] = []): void {
  editBoard(editor, boardId, label, (board) => {
    for (const shape of shapes) {
      if (shapeModule(shape.type).container) {
        const firstNonPool = board.shapes.findIndex((s) => !isPool(s as Shape));
        board.shapes.splice(firstNonPool < 0 ? board.shapes.length : firstNonPool, 0, shape as Draft<Shape>);
      } else board.shapes.push(shape as Draft<Shape>);
    }
    board.connectors.push(...connectors);
  });
}

const movable = (board: Board, ids: Iterable<string>) => {
  const out = new Set<string>();
  for (const at of shapePositions(board.shapes, ids)) {
    const shape = board.shapes[at]!;
    if (shape.locked) continue;
    const id = shape.id;
    out.add(id);
    // A pool carries the shapes in its lanes (locked ones too: they are locked in their lane).
    if (isPool(shape)) for (const member of membersOf(board, id)) out.add(member);
  }
  return out;
};

/**
 * Moves shapes (and the shapes in any moved pool). A drag passes the same coalesce key on every
 * step and seals at the end, so the whole drag is one undo step. Locked shapes stay put.
 */
export function moveShapes(editor: Editor, boardId: string, ids: string[], dx: number, dy: number, options: { coalesceKey?: string } = {}): void {
  if (dx === 0 && dy === 0) return;
  const board = findBoard(editor.document, boardId);
  if (!board) return;
  const moving = movable(board, ids);
  if (moving.size === 0) return;
  editBoard(
    editor,
    boardId,
    'moveShapes',
    (draft) => {
      for (const shape of draftShapes(draft, moving)) {
        shape.x += dx;
        shape.y += dy;
      }
    },
    options,
  );
}

/** Arrow-key nudge: 1 unit, or 10 with Shift; repeated presses on the same selection are one step. */
export function nudgeShapes(editor: Editor, boardId: string, ids: string[], dx: number, dy: number): void {
  moveShapes(editor, boardId, ids, dx, dy, { coalesceKey: `nudge:${[...ids].sort().join(',')}` });
}

/** Resizes one shape to a new box (no smaller than its type allows); a pool carries its lanes' shapes. */
export function resizeShape(editor: Editor, boardId: string, id: string, rect: Rect, options: { coalesceKey?: string } = {}): void {
  editBoard(
    editor,
    boardId,
    'resizeShape',
    (board) => {
      const [shape] = draftShapes(board, new Set([id]));
      if (!shape || shape.locked) return;
      const min = shapeModule(shape.type).minSize;
      const box = { x: rect.x, y: rect.y, w: Math.max(min.w, rect.w), h: Math.max(min.h, rect.h) };
      if (shape.type === 'swimlane') return resizePoolInDraft(board, id, box);
      Object.assign(shape, box);
    },
    options,
  );
}

/** Resizes several shapes at once (a multi-selection scaled in its box): one undo step. */
export function resizeShapes(editor: Editor, boardId: string, rects: ReadonlyMap<string, Rect>): void {
  editBoard(editor, boardId, 'resizeShapes', (board) => {
    const drafts = new Map(draftShapes(board, new Set(rects.keys())).map((s) => [s.id, s]));
    for (const [id, rect] of rects) {
      const shape = drafts.get(id);
      if (!shape || shape.locked) continue;
      const min = shapeModule(shape.type).minSize;
      const box = { x: rect.x, y: rect.y, w: Math.max(min.w, rect.w), h: Math.max(min.h, rect.h) };
      if (shape.type === 'swimlane') resizePoolInDraft(board, id, box);
      else Object.assign(shape, box);
    }
  });
}

/**
 * Where a glued end is drawn right now, as a loose end: used when its shape goes away, so the
 * connector stays exactly where it was (it detaches cleanly) and can be glued again later.
 */
function detachedEnd(board: Board, connector: Connector, which: 'from' | 'to'): ConnectorEnd {
  const end = connector[which];
  const other = connector[which === 'from' ? 'to' : 'from'];
  const resolved = resolveEnd(end, other, lookupOf(board));
  return resolved ? { kind: 'point', x: resolved.point.x, y: resolved.point.y } : end;
}

/**
 * Deletes shapes and connectors. Connectors glued to a deleted shape keep their other end and get
 * a loose end where the shape was; locked shapes are not deleted.
 */
export function deleteSelection(editor: Editor, boardId: string, ids: string[]): void {
  const board = findBoard(editor.document, boardId);
  if (!board) return;
  const wanted = new Set(ids);
  const goneShapes = new Set(board.shapes.filter((s) => wanted.has(s.id) && !s.locked).map((s) => s.id));
  const goneConnectors = new Set(board.connectors.filter((c) => wanted.has(c.id)).map((c) => c.id));
  if (goneShapes.size === 0 && goneConnectors.size === 0) return;
  const detached = new Map<string, Partial<Record<'from' | 'to', ConnectorEnd>>>();
  for (const c of board.connectors) {
    if (goneConnectors.has(c.id)) continue;
    for (const which of ['from', 'to'] as const) {
      const end = c[which];
      if (end.kind === 'shape' && goneShapes.has(end.shapeId)) detached.set(c.id, { ...detached.get(c.id), [which]: detachedEnd(board, c, which) });
    }
  }
  editBoard(editor, boardId, 'delete', (draft) => {
    draft.shapes = draft.shapes.filter((s) => !goneShapes.has(s.id));
    draft.connectors = draft.connectors.filter((c) => !goneConnectors.has(c.id));
    for (const c of draft.connectors) Object.assign(c, detached.get(c.id) ?? {});
  });
}

/**
 * Copies of shapes and connectors with fresh ids, offset on the board. Connectors between copied
 * shapes are glued to the copies; an end glued to a shape outside the set becomes a loose end.
 */
export function copiesOf(board: Pick<Board, 'shapes' | 'connectors'>, shapes: Shape[], connectors: Connector[], offset: { x: number; y: number }) {
  const idMap = new Map<string, string>();
  const newShapes = shapes.map((s) => {
    const id = newId();
    idMap.set(s.id, id);
    const copy = cloneJson(s);
    if (copy.type === 'swimlane') copy.props.lanes = copy.props.lanes.map((l) => ({ ...l, id: newId() }));
    return { ...copy, id, x: s.x + offset.x, y: s.y + offset.y };
  });
  const lookup = lookupOf(board);
  const remap = (end: ConnectorEnd, other: ConnectorEnd): ConnectorEnd => {
    if (end.kind === 'point') return { kind: 'point', x: end.x + offset.x, y: end.y + offset.y };
    const mapped = idMap.get(end.shapeId);
    if (mapped) return { ...end, shapeId: mapped };
    const resolved = resolveEnd(end, other, lookup);
    return resolved ? { kind: 'point', x: resolved.point.x + offset.x, y: resolved.point.y + offset.y } : { kind: 'point', x: offset.x, y: offset.y };
  };
  const newConnectors = connectors.map((c) => ({ ...cloneJson(c), id: newId(), from: remap(c.from, c.to), to: remap(c.to, c.from) }));
  return { shapes: newShapes, connectors: newConnectors };
}

/** Duplicates the selection next to itself; returns the ids of the copies (the new selection). */
export function duplicateSelection(editor: Editor, boardId: string, ids: string[], offset = { x: 24, y: 24 }): string[] {
  const board = findBoard(editor.document, boardId);
  if (!board) return [];
  const wanted = new Set(ids);
  const shapes = board.shapes.filter((s) => wanted.has(s.id));
  const shapeIds = new Set(shapes.map((s) => s.id));
  // A connector comes along when it was selected or runs between two duplicated shapes.
  const connectors = board.connectors.filter(
    (c) => wanted.has(c.id) || (c.from.kind === 'shape' && shapeIds.has(c.from.shapeId) && c.to.kind === 'shape' && shapeIds.has(c.to.shapeId)),
  );
  if (shapes.length === 0 && connectors.length === 0) return [];
  const copies = copiesOf(board, shapes, connectors, offset);
  insertShapes(editor, boardId, copies.shapes, 'duplicate', copies.connectors);
  return [...copies.shapes.map((s) => s.id), ...copies.connectors.map((c) => c.id)];
}

export function setLocked(editor: Editor, boardId: string, ids: string[], locked: boolean): void {
  const wanted = new Set(ids);
  editBoard(editor, boardId, locked ? 'lock' : 'unlock', (board) => {
    for (const s of draftShapes(board, wanted)) s.locked = locked;
  });
}

/** Edits a label; typing coalesces into one step until the editor is closed (seal). */
export function setShapeText(editor: Editor, boardId: string, id: string, text: string): void {
  editBoard(
    editor,
    boardId,
    'editText',
    (board) => {
      const [shape] = draftShapes(board, new Set([id]));
      if (shape) shape.text = text;
    },
    { coalesceKey: `text:${id}` },
  );
}

/** Sets some of a shape's own props (a sticky's colour, a text's size), validated by its module. */
export function setShapeProps(editor: Editor, boardId: string, ids: string[], patch: Record<string, unknown>): void {
  const wanted = new Set(ids);
  editBoard(editor, boardId, 'setProps', (board) => {
    for (const shape of draftShapes(board, wanted)) {
      const next = shapeModule(shape.type).schema.safeParse({ ...shape, props: { ...shape.props, ...patch } });
      if (next.success) shape.props = (next.data as Shape).props as Draft<Shape>['props'];
    }
  });
}
