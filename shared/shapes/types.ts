import { z } from 'zod';
import { Id } from '../model/ids';
import type { Point, Rect, Side } from './geometry';
import type { Primitive, Theme } from './primitives';

/**
 * Where things may be on a board, in board units: far beyond any real map (a screen is about
 * 2,000 units wide at 100 %), near enough that every sum of coordinates stays an exact, finite
 * number (a shape 1e308 wide made the report's arithmetic overflow to Infinity).
 */
export const BOARD_EXTENT = 10_000_000;
/** The largest width or height of a shape or lane. */
export const MAX_SHAPE_SIZE = 1_000_000;
export const BoardCoordinate = z.number().min(-BOARD_EXTENT).max(BOARD_EXTENT);
export const ShapeLength = z.number().positive().max(MAX_SHAPE_SIZE);
/** A shape's label: one limit, also for everything computed from it (the value-stream step names). */
export const ShapeText = z.string().max(5_000);

/**
 * The fields every shape on a board has. A shape module adds its own `props` (validated by its
 * zod schema) and describes everything else about its type: defaults, geometry, ports, drawing.
 */
export const shapeBase = {
  id: Id,
  /** Top-left corner and size in board units (1 unit = 1 px at 100 % zoom). */
  x: BoardCoordinate,
  y: BoardCoordinate,
  w: ShapeLength,
  h: ShapeLength,
  /** The label, edited in place. */
  text: ShapeText,
  /** A locked shape cannot be moved, resized or deleted until unlocked. */
  locked: z.boolean(),
};

/** A shape record of one type: its module's props on top of the common fields. */
export function shapeRecord<T extends string, P extends z.ZodObject>(type: T, props: P) {
  return z.object({ ...shapeBase, type: z.literal(type), props });
}

/** What a module's functions see of a shape: its box, label and own props. */
export interface ShapeOf<P> {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  props: P;
}

/** A place where a connector attaches, with the side it leaves from (orthogonal routes start that way). */
export interface Port {
  id: Side;
  point: Point;
}

export interface ShapeModule<P = unknown> {
  type: string;
  /** Catalogue key of the shape's name in the palette (canvas.shapes.<type>). */
  labelKey: string;
  /** The record schema: shapeRecord(type, propsSchema). */
  schema: z.ZodObject;
  defaultProps(): P;
  defaultSize: { w: number; h: number };
  minSize: { w: number; h: number };
  /** A container (a swimlane pool) is drawn beneath everything and carries the shapes inside it. */
  container?: boolean;
  /** Where the label sits, in board units; the in-place text editor covers this box. */
  textBox(shape: ShapeOf<P>): Rect;
  ports(shape: ShapeOf<P>): Port[];
  /** True when the point is on the shape (a pool is hit on its bands only, so lanes stay clickable through). */
  hitTest?(shape: ShapeOf<P>, point: Point): boolean;
  draw(shape: ShapeOf<P>, theme: Theme): Primitive[];
  /** Shapes with a data box (VSM process boxes, service steps, stock) say where its rows are, so the canvas can edit a value in place. */
  dataBox?(shape: ShapeOf<P>, language: 'sv' | 'nb' | 'en'): DataBoxLayout;
}

/** One drawn row of a data box: `field` is the prop key, or `custom:<index>` for a user's own line. */
export interface DataBoxRow {
  field: string;
  rect: Rect;
  nameRect: Rect;
  valueRect: Rect;
}

/** Where a data box is, which fields it can hold (in order) and the rows drawn in it now. */
export interface DataBoxLayout {
  box: Rect;
  fields: readonly string[];
  rows: DataBoxRow[];
  rowHeight: number;
  fontSize: number;
}

/** Lets a module be written with its own props type and still sit in one registry list. */
export function defineShape<P>(module: ShapeModule<P>): ShapeModule<P> {
  return module;
}

/** The four mid-side ports of a box, the default for most shapes. */
export function sidePorts(s: { x: number; y: number; w: number; h: number }): Port[] {
  return [
    { id: 'top', point: { x: s.x + s.w / 2, y: s.y } },
    { id: 'right', point: { x: s.x + s.w, y: s.y + s.h / 2 } },
    { id: 'bottom', point: { x: s.x + s.w / 2, y: s.y + s.h } },
    { id: 'left', point: { x: s.x, y: s.y + s.h / 2 } },
  ];
}
