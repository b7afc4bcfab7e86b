import type { Connector, ConnectorEnd } from '../../../../shared/model/board';
import type { ShapeLookup } from '../../../../shared/shapes/connectors';
import type { Point, Rect, Side } from '../../../../shared/shapes/geometry';
import type { Guide } from '../../../editor/board/snapping';

/**
 * One pointer gesture on the canvas, as a small state object (tldraw's tool states are the model):
 * the idle state decides on pointer-down which gesture starts; the gesture gets every move, then
 * up (commit) or cancel (Escape, a lost pointer: nothing changes). Gestures hold no Konva or DOM:
 * the layers read what they expose below, and tests drive them with synthetic pointers.
 */
export interface CanvasPointer {
  /** Where on the board. */
  world: Point;
  /** Where on the canvas, in CSS pixels from its top-left corner. */
  screen: Point;
  button: number;
  shift: boolean;
  alt: boolean;
  /** Ctrl, or Cmd on macOS. */
  mod: boolean;
}

export type GestureKind = 'idle' | 'translating' | 'resizing' | 'marquee' | 'connecting' | 'laneDrag' | 'panning' | 'placing';

export type GlueTarget = { shapeId: string; port: Side | 'outline' };

export interface Gesture {
  readonly kind: GestureKind;
  move(p: CanvasPointer): void;
  up(p: CanvasPointer): void;
  cancel(): void;
  /** Shapes and connectors drawn on the drag layer instead of the scene while this runs. */
  readonly hidden?: ReadonlySet<string>;
  /** Shapes as they look mid-gesture (moved, resized). */
  lookup?(base: ShapeLookup): ShapeLookup;
  /** Smart guides to show. */
  readonly guides?: readonly Guide[];
  /** The marquee rectangle to show. */
  readonly marquee?: Rect | null;
  /** The connector being drawn and where its loose end would glue. */
  readonly connecting?: { connector: Connector; target: GlueTarget | null; current: Point } | null;
  /** The selection's box as it is being resized. */
  readonly selectionRect?: Rect;
  /** Selection handles are hidden while shapes move. */
  readonly hidesHandles?: boolean;
}

/** A connector end glued to a shape's port, or the outline. */
export const glued = (target: GlueTarget): ConnectorEnd => ({ kind: 'shape', shapeId: target.shapeId, port: target.port });
