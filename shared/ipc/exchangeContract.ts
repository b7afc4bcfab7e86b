import { z } from 'zod';
import { RecordTableId } from '../documents/recordTables';
import { Language, Workshop } from '../model/workshop';
import { ReportOptions } from '../report/options';
import { IoProblem } from './ioProblem';
import { ExportResponse } from './reportContract';

/**
 * The record in the formats people circulate (Word minutes, CSV and Excel tables, action e-mails
 * with calendar reminders), kept in its own file and spread into `contract` in contract.ts.
 */
const FilePath = z.string().min(1).max(4096);
const FileName = z.string().max(1024);
const Canceled = z.object({ status: z.literal('canceled') });

/** The organisation's Word document or template, chosen once in Settings (the path only main writes). */
export const WordTemplateInfo = z.object({ path: FilePath, name: FileName });
export type WordTemplateInfo = z.infer<typeof WordTemplateInfo>;

export const WordTemplateProblem = z.enum(['missing', 'unreadable', 'notWord', 'noStyles', 'tooLarge']);
export type WordTemplateProblem = z.infer<typeof WordTemplateProblem>;

const TemplateFailed = z.object({ status: z.literal('templateFailed'), fileName: FileName, problem: WordTemplateProblem, detail: z.string().max(10_000) });

export const MinutesExportResponse = z.discriminatedUnion('status', [...ExportResponse.options, TemplateFailed]);
export type MinutesExportResponse = z.infer<typeof MinutesExportResponse>;

export const TableFormat = z.enum(['csv', 'xlsx']);
export type TableFormat = z.infer<typeof TableFormat>;

export const OwnerDraft = z.object({ owner: z.string().max(200), email: z.string().max(320).nullable(), actions: z.number().int().nonnegative(), files: z.array(FileName) });
export type OwnerDraft = z.infer<typeof OwnerDraft>;

export const ActionDraftsResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), folder: FilePath, drafts: z.array(OwnerDraft), withoutOwner: z.number().int().nonnegative() }),
  Canceled,
  z.object({ status: z.literal('failed'), folder: FilePath, problem: IoProblem, detail: z.string().max(10_000) }),
]);
export type ActionDraftsResponse = z.infer<typeof ActionDraftsResponse>;

const RecordDay = z.object({ language: Language, today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export const exchangeContract = {
  /** Settings: the user picks the organisation's Word document or template; it is read once to check it. */
  'settings:chooseWordTemplate': {
    req: z.undefined(),
    res: z.discriminatedUnion('status', [z.object({ status: z.literal('chosen'), template: WordTemplateInfo }), Canceled, TemplateFailed]),
  },
  'settings:clearWordTemplate': { req: z.undefined(), res: z.object({ ok: z.literal(true) }) },
  /** File › Export › Word document…: the report as an editable .docx, in the template's styles when one is chosen. */
  'minutes:export': { req: z.object({ document: Workshop, options: ReportOptions, suggestedName: z.string().max(200) }).strict(), res: MinutesExportResponse },
  /** Actions, attendance, polls and dot votes: one table as CSV, or all as an Excel workbook. */
  'record:exportTables': {
    req: z.object({ document: Workshop, format: TableFormat, table: z.enum(RecordTableId), ...RecordDay.shape, suggestedName: z.string().max(200) }).strict(),
    res: ExportResponse,
  },
  /** Send actions…: an e-mail draft and calendar reminders per owner, in a folder the user picks. */
  'actions:writeDrafts': { req: z.object({ document: Workshop, ...RecordDay.shape }).strict(), res: ActionDraftsResponse },
} as const;
