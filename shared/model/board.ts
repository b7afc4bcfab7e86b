import { z } from 'zod';
import { shapeSchemas } from '../shapes/registry';
import { BoardCoordinate } from '../shapes/types';
import { FlowKind } from '../shapes/vsm/flows';
import { BoardVsm } from '../vsm/boardSettings';
import { BoardName, Id } from './ids';

/**
 * A shape on a board: the common fields (shared/shapes/types.ts) plus its type's own `props`. The
 * shape modules in shared/shapes/ are the single list of types.
 */
export const Shape = z.discriminatedUnion('type', shapeSchemas);
export type Shape = z.infer<typeof Shape>;
export type ShapeType = Shape['type'];

export const PortSide = z.enum(['top', 'right', 'bottom', 'left']);

/**
 * One end of a connector: glued to a shape (at a port, or `outline` for the point of the outline
 * facing the other end) or loose at a point on the board. A glued end has no stored position: it
 * follows the shape.
 */
export const ConnectorEnd = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shape'), shapeId: Id, port: z.union([PortSide, z.literal('outline')]) }),
  z.object({ kind: z.literal('point'), x: BoardCoordinate, y: BoardCoordinate }),
]);
export type ConnectorEnd = z.infer<typeof ConnectorEnd>;

export const Connector = z.object({
  id: Id,
  from: ConnectorEnd,
  to: ConnectorEnd,
  routing: z.enum(['straight', 'orthogonal']),
  /** Where arrowheads are drawn. */
  arrows: z.enum(['none', 'end', 'both']),
  label: z.string().max(500),
  /** On a value-stream map: the kind of arrow (push, pull, shipment, information …); absent for a plain connector. */
  flow: FlowKind.optional(),
});
export type Connector = z.infer<typeof Connector>;

/** Far more than a map has (the canvas is measured at 10,000 shapes); checked before any shape is. */
export const MAX_SHAPES_PER_BOARD = 20_000;
export const MAX_CONNECTORS_PER_BOARD = 40_000;

/**
 * A board: one canvas tab of the workshop (a process map, a value-stream map, stickies).
 * Shapes and connectors default to empty so a board written without them (version 1, or a newer
 * version opened read-only) still opens.
 */
export const Board = z.object({
  id: Id,
  name: BoardName,
  /** In drawing order: later shapes are drawn over earlier ones (z-order). */
  shapes: z.array(Shape).max(MAX_SHAPES_PER_BOARD).default([]),
  /** Drawn over the shapes. */
  connectors: z.array(Connector).max(MAX_CONNECTORS_PER_BOARD).default([]),
  /** Present on a value-stream map: its map settings and state (shared/vsm/boardSettings.ts). */
  vsm: BoardVsm.optional(),
});
export type Board = z.infer<typeof Board>;
