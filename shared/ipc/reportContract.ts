import { z } from 'zod';
import { Id } from '../model/ids';
import { IoProblem } from './ioProblem';
import { Workshop } from '../model/workshop';
import { ReportOptions, SectionId } from '../report/options';

/**
 * The export part of the contract (the PDF report, the agenda handout, a board as SVG or PNG),
 * kept in its own file and spread into `contract` in contract.ts.
 */
export const ReportKind = z.enum(['report', 'agenda']);
export type ReportKind = z.infer<typeof ReportKind>;

/** Why an export failed; the renderer words it (report.errors.*, errors.io.*). */
export const ExportProblem = z.enum(['timeout', 'printerFailed', ...IoProblem.options]);
export type ExportProblem = z.infer<typeof ExportProblem>;

export const ExportResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string().max(4096), fileName: z.string().max(1024), pages: z.number().int().nonnegative().nullable() }),
  z.object({ status: z.literal('canceled') }),
  z.object({ status: z.literal('failed'), fileName: z.string().max(1024), problem: ExportProblem, detail: z.string().max(10_000), timeoutSeconds: z.number().nullable() }),
]);
export type ExportResponse = z.infer<typeof ExportResponse>;

/** A board out: a picture (SVG, PNG) or a draw.io diagram to go on editing there. */
export const BoardImageFormat = z.enum(['svg', 'png', 'drawio']);
export type BoardImageFormat = z.infer<typeof BoardImageFormat>;

const reportRequest = { document: Workshop, kind: ReportKind, options: ReportOptions };

export const reportContract = {
  /** The report as HTML, exactly as it will be printed, for the preview; and the sections the workshop has. */
  'report:preview': {
    req: z.object(reportRequest).strict(),
    res: z.object({ html: z.string(), sections: z.array(SectionId), available: z.array(SectionId) }),
  },
  /** Asks where to save, prints the PDF in main and writes it durably. */
  'report:export': { req: z.object({ ...reportRequest, suggestedName: z.string().max(200) }).strict(), res: ExportResponse },
  /** One board as an SVG drawing or a PNG picture at a chosen scale. */
  'board:exportImage': {
    req: z.object({ document: Workshop, boardId: Id, format: BoardImageFormat, scale: z.number().min(0.25).max(8) }).strict(),
    res: ExportResponse,
  },
} as const;
