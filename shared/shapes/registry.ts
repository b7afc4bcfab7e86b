import { freeText, freeTextSchema } from './freeText';
import { activity, activitySchema, data, dataSchema, decision, decisionSchema, documentSchema, documentShape, startEnd, startEndSchema, subProcess, subProcessSchema, wait, waitSchema } from './processShapes';
import { sticky, stickySchema } from './sticky';
import { swimlane, swimlaneSchema } from './swimlane';
import type { ShapeModule, ShapeOf } from './types';
import { vsmShapeModules, vsmShapeSchemas } from './vsm';

/**
 * Every shape type, once. The board schema, the palette, drawing and hit-testing all read this
 * list; add a module here (and its record schema to `shapeSchemas`) to add a shape type.
 */
export const shapeModules = [startEnd, activity, decision, documentShape, data, subProcess, wait, sticky, freeText, swimlane, ...vsmShapeModules] as const;

/** The record schemas in the same order, for the board's discriminated union. */
export const shapeSchemas = [
  startEndSchema,
  activitySchema,
  decisionSchema,
  documentSchema,
  dataSchema,
  subProcessSchema,
  waitSchema,
  stickySchema,
  freeTextSchema,
  swimlaneSchema,
  ...vsmShapeSchemas,
] as const;

const byType = new Map<string, ShapeModule<unknown>>(shapeModules.map((m) => [m.type, m as ShapeModule<unknown>]));

/** The module of a shape type; every type in a valid board has one. */
export function shapeModule(type: string): ShapeModule<unknown> {
  const found = byType.get(type);
  if (!found) throw new Error(`unknown shape type ${type}`);
  return found;
}

export type ShapeRecordLike = ShapeOf<unknown> & { type: string };
