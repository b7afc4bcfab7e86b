import { z } from 'zod';

/**
 * The board meeting's part of the contract: a CSV file of KPI values, read from a file the user
 * picks in main's open dialog (the renderer never names a path). Spread into `contract`.
 */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** Why the file could not be read (the renderer words it with errors.io.*). */
export const CsvProblem = z.enum(['notFound', 'permission', 'busy', 'tooLarge', 'unknown']);

export const CsvReadResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('read'), fileName: z.string().max(1024), text: z.string().max(MAX_CSV_BYTES) }),
  z.object({ status: z.literal('canceled') }),
  z.object({ status: z.literal('failed'), fileName: z.string().max(1024), problem: CsvProblem, detail: z.string().max(10_000) }),
]);
export type CsvReadResponse = z.infer<typeof CsvReadResponse>;

export const teamBoardsContract = {
  /** Asks for a CSV file and returns its text (UTF-8, or Windows-1252 as older Excel writes it). */
  'kpi:readCsv': { req: z.object({}).strict(), res: CsvReadResponse },
} as const;
