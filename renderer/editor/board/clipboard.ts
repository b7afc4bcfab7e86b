import { z } from 'zod';
import { Connector, Shape } from '../../../shared/model/board';
import { unionOf, type Point } from '../../../shared/shapes/geometry';
import type { Editor } from '../editor';
import { findBoard } from './access';
import { copiesOf, insertShapes, makeShape } from './shapeCommands';

/**
 * Copy and paste go through the system clipboard as JSON, so they work within a board, between
 * boards and between open files. What comes back from the clipboard is checked with zod like any
 * other input: our own payload is pasted; plain text becomes a text shape; anything else is refused.
 */
export const CLIPBOARD_KIND = 'verkstad.shapes';

export const ClipboardPayload = z.object({
  kind: z.literal(CLIPBOARD_KIND),
  version: z.literal(1),
  shapes: z.array(Shape).max(100_000),
  connectors: z.array(Connector).max(100_000),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

/** The selection as clipboard text. Connectors come along when selected or between copied shapes. */
export function copySelection(editor: Editor, boardId: string, ids: string[]): string | null {
  const board = findBoard(editor.document, boardId);
  if (!board) return null;
  const wanted = new Set(ids);
  const shapes = board.shapes.filter((s) => wanted.has(s.id));
  const shapeIds = new Set(shapes.map((s) => s.id));
  const connectors = board.connectors.filter(
    (c) => wanted.has(c.id) || (c.from.kind === 'shape' && shapeIds.has(c.from.shapeId) && c.to.kind === 'shape' && shapeIds.has(c.to.shapeId)),
  );
  if (shapes.length === 0 && connectors.length === 0) return null;
  // Copies carry glued ends only to shapes inside the copy; others become loose where they are now.
  const detached = copiesOf(board, shapes, connectors, { x: 0, y: 0 });
  const payload: ClipboardPayload = { kind: CLIPBOARD_KIND, version: 1, shapes: detached.shapes, connectors: detached.connectors };
  return JSON.stringify(payload);
}

export type PasteReading =
  | { kind: 'shapes'; payload: ClipboardPayload }
  | { kind: 'text'; text: string }
  | { kind: 'refused'; reason: 'empty' | 'damaged' };

/** Reads clipboard text: our payload, plain text, or a refusal the canvas words for the user. */
export function readClipboard(text: string): PasteReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'refused', reason: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { kind: 'text', text: trimmed.slice(0, 5_000) };
  }
  const parsed = ClipboardPayload.safeParse(json);
  if (parsed.success) return { kind: 'shapes', payload: parsed.data };
  // Something that claims to be ours but does not validate is refused rather than pasted as text.
  if (typeof json === 'object' && json !== null && (json as { kind?: unknown }).kind === CLIPBOARD_KIND) return { kind: 'refused', reason: 'damaged' };
  return { kind: 'text', text: trimmed.slice(0, 5_000) };
}

/**
 * Pastes a reading onto a board, centred on `at` (the pointer or the view's centre), with fresh
 * ids; returns the new ids to select.
 */
export function pasteReading(editor: Editor, boardId: string, reading: PasteReading, at: Point): string[] {
  if (reading.kind === 'refused') return [];
  if (reading.kind === 'text') {
    const shape = makeShape('text', at, reading.text);
    insertShapes(editor, boardId, [shape], 'paste');
    return [shape.id];
  }
  const { shapes, connectors } = reading.payload;
  const box = unionOf([...shapes, ...connectors.flatMap((c) => [c.from, c.to]).flatMap((e) => (e.kind === 'point' ? [{ x: e.x, y: e.y, w: 0, h: 0 }] : []))]);
  const offset = box ? { x: Math.round(at.x - (box.x + box.w / 2)), y: Math.round(at.y - (box.y + box.h / 2)) } : { x: 0, y: 0 };
  const copies = copiesOf({ shapes, connectors }, shapes, connectors, offset);
  insertShapes(editor, boardId, copies.shapes, 'paste', copies.connectors);
  return [...copies.shapes.map((s) => s.id), ...copies.connectors.map((c) => c.id)];
}
