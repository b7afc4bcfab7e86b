import type { Point, Rect } from './geometry';
import type { DataBoxLayout } from './types';

/**
 * Which data-box field a point on the canvas means, and where the in-place editor of a field goes.
 * Pure, read from the layout the shape module draws with, so hit-testing never re-does its maths.
 */

const inside = (r: Rect, p: Point) => p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;

/** The first field of the box that has no row yet: where typing in an empty part of the box goes. */
function firstEmpty(layout: DataBoxLayout): string | null {
  const drawn = new Set(layout.rows.map((r) => r.field));
  return layout.fields.find((f) => !drawn.has(f) && !f.startsWith('custom:')) ?? null;
}

/**
 * The field under a point: the drawn row it falls on; in the box below the rows, the first empty
 * field (so an empty data box is filled from C/T down); outside the box, null.
 */
export function fieldAt(layout: DataBoxLayout, point: Point): string | null {
  if (!inside(layout.box, point)) return null;
  const row = layout.rows.find((r) => point.y >= r.rect.y && point.y < r.rect.y + r.rect.h);
  if (row) return row.field;
  const below = layout.rows.length === 0 || point.y >= layout.rows[layout.rows.length - 1]!.rect.y;
  return below ? firstEmpty(layout) : null;
}

/** Where the editor of a field sits: over its row, or, for a field with no row yet, in the next free row. */
export function fieldEditRect(layout: DataBoxLayout, field: string): { row: Rect; name: Rect; value: Rect } {
  const drawn = layout.rows.find((r) => r.field === field);
  if (drawn) return { row: drawn.rect, name: drawn.nameRect, value: drawn.valueRect };
  const { box } = layout;
  const h = Math.max(layout.rowHeight, 18);
  const y = Math.min(box.y + 3 + layout.rows.length * layout.rowHeight, box.y + box.h - h);
  return {
    row: { x: box.x, y, w: box.w, h },
    name: { x: box.x + 6, y, w: box.w * 0.45 - 6, h },
    value: { x: box.x + box.w * 0.45, y, w: box.w * 0.55 - 6, h },
  };
}

/** The field after (or before) this one, in the order the side panel lists them; null past either end. */
export function nextField(layout: DataBoxLayout, field: string, step: 1 | -1): string | null {
  const i = layout.fields.indexOf(field);
  if (i < 0) return null;
  return layout.fields[i + step] ?? null;
}
