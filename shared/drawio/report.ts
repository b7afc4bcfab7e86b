import { z } from 'zod';

/**
 * What an import did, page by page, for the import report the user reads: how many shapes,
 * connectors and lanes came in, which draw.io shapes became which Verkstad shapes, and what could
 * only be approximated. It crosses the IPC bridge, so it is a zod schema.
 */
export const ImportNote = z.discriminatedUnion('kind', [
  /** Shapes of one draw.io kind that became one Verkstad shape type. */
  z.object({ kind: z.literal('mapped'), from: z.string().max(200), to: z.string().max(100), count: z.number().int().positive() }),
  /** Shapes with no Verkstad counterpart, drawn as labelled boxes. */
  z.object({ kind: z.literal('box'), from: z.string().max(200), count: z.number().int().positive() }),
  /** Connectors whose bend points were dropped: Verkstad routes them itself (straight or right-angled). */
  z.object({ kind: z.literal('waypoints'), count: z.number().int().positive() }),
  /** Connector ends attached to nothing that came in (a group, another connector): left loose where they were. */
  z.object({ kind: z.literal('looseEnds'), count: z.number().int().positive() }),
  /** Text placed inside a shape, taken into the shape's own label. */
  z.object({ kind: z.literal('mergedText'), count: z.number().int().positive() }),
  /** Groups dissolved: their shapes kept where they were. */
  z.object({ kind: z.literal('groups'), count: z.number().int().positive() }),
  /** A pool with more lanes than Verkstad holds (50): the rest are left out, their shapes kept. */
  z.object({ kind: z.literal('lanesDropped'), count: z.number().int().positive() }),
  /** Texts longer than Verkstad holds, shortened. */
  z.object({ kind: z.literal('shortened'), count: z.number().int().positive() }),
]);
export type ImportNote = z.infer<typeof ImportNote>;

export const ImportedPage = z.object({
  name: z.string().max(200),
  shapes: z.number().int().nonnegative(),
  connectors: z.number().int().nonnegative(),
  lanes: z.number().int().nonnegative(),
  notes: z.array(ImportNote).max(500),
});
export type ImportedPage = z.infer<typeof ImportedPage>;

export const ImportReport = z.object({ pages: z.array(ImportedPage).max(1_000) });
export type ImportReport = z.infer<typeof ImportReport>;
