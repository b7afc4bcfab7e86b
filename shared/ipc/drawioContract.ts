import { z } from 'zod';
import { ImportReport } from '../drawio/report';
import { Board } from '../model/board';
import { IoProblem } from './ioProblem';

/**
 * draw.io in (File › Import draw.io diagram…): main asks for the file, reads and maps it, and
 * answers with boards already checked against the file schema, for the renderer to add as one
 * undo step. (Out is a board export format: 'drawio' in reportContract.ts.)
 */
export const DrawioProblem = z.enum(['empty', 'notXml', 'notDrawio', 'refused', 'damaged', 'tooLarge', 'tooDeep']);
export type DrawioProblem = z.infer<typeof DrawioProblem>;

export const DrawioImportResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), fileName: z.string().max(1024), boards: z.array(Board).min(1).max(1_000), report: ImportReport }),
  z.object({ status: z.literal('canceled') }),
  z.object({ status: z.literal('failed'), fileName: z.string().max(1024), problem: z.union([DrawioProblem, IoProblem]), detail: z.string().max(10_000) }),
]);
export type DrawioImportResponse = z.infer<typeof DrawioImportResponse>;

export const drawioContract = {
  'drawio:import': { req: z.undefined(), res: DrawioImportResponse },
} as const;
