import { buildAgendaHandout } from '../../shared/report/agendaHandout';
import { buildReport, type BuiltReport } from '../../shared/report/buildReport';
import type { ReportOptionsInput } from '../../shared/report/options';
import type { Workshop } from '../../shared/model/workshop';
import { writeFileDurably, type DurableWriteOptions } from './durableWrite';
import { stampMetadata } from './pdfMetadata';
import { DEFAULT_PRINT_TIMEOUT_MS, type Printer } from './printer';
import { reportFonts } from './reportFonts';

export type ReportKind = 'report' | 'agenda';

export interface ExportPdfRequest {
  doc: Workshop;
  kind: ReportKind;
  options: ReportOptionsInput;
  /** Where the PDF goes; written through a temporary file and a rename, so a failure leaves nothing half-written. */
  path: string;
  printer: Printer;
  timeoutMs?: number;
  writeOptions?: DurableWriteOptions;
}

export interface ExportPdfResult {
  pages: number;
  bytes: number;
  ms: number;
}

/** The report (or the agenda handout) as HTML, with the bundled fonts: the preview and the print share it. */
export async function renderReportHtml(doc: Workshop, kind: ReportKind, options: ReportOptionsInput): Promise<BuiltReport> {
  const assets = { fonts: await reportFonts() };
  return kind === 'agenda' ? buildAgendaHandout(doc, options, assets) : buildReport(doc, options, assets);
}

/** Builds, prints (with a time limit), stamps the metadata and writes the PDF durably. */
export async function exportPdf(request: ExportPdfRequest): Promise<ExportPdfResult> {
  const started = performance.now();
  const built = await renderReportHtml(request.doc, request.kind, request.options);
  const printed = await request.printer.printPdf({ html: built.html, timeoutMs: request.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS });
  const stamped = await stampMetadata(printed, built.metadata);
  await writeFileDurably(request.path, Buffer.from(stamped.bytes), request.writeOptions);
  return { pages: stamped.pages, bytes: stamped.bytes.byteLength, ms: Math.round(performance.now() - started) };
}
