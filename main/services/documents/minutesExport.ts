import { minutesDocx, prepareMinutes } from '../../../shared/documents/minutes/minutesDocx';
import type { WordTemplate } from '../../../shared/documents/minutes/template';
import type { Workshop } from '../../../shared/model/workshop';
import { fontFaceCss } from '../../../shared/report/fonts';
import type { ReportOptionsInput } from '../../../shared/report/options';
import { writeFileDurably, type DurableWriteOptions } from '../durableWrite';
import { DEFAULT_PRINT_TIMEOUT_MS, type Printer } from '../printer';
import { reportFonts } from '../reportFonts';

export interface ExportMinutesRequest {
  doc: Workshop;
  options: ReportOptionsInput;
  path: string;
  /** Rasterises the drawings for Word versions without SVG; without one they are SVG only. */
  printer: Printer | null;
  template: WordTemplate | null;
  timeoutMs?: number;
  writeOptions?: DurableWriteOptions;
}

/** The longest side of a drawing's PNG, in pixels: about 300 dpi across an A4 page's text. */
const MAX_PNG_SIDE = 2400;

/**
 * The Word minutes: the report built as for the PDF, each drawing rasterised to a sharp PNG
 * (the picture Word shows where it cannot show the SVG), the .docx packed and written durably
 * (a temporary file and a rename: a failure leaves no half-written file).
 */
export async function exportMinutes(request: ExportMinutesRequest): Promise<{ bytes: number; figures: number; ms: number }> {
  const started = performance.now();
  const prepared = prepareMinutes(request.doc, request.options);
  const pngs = new Map<string, Uint8Array>();
  if (request.printer && prepared.figures.length > 0) {
    const fonts = `<style>${fontFaceCss(await reportFonts())}</style>`;
    for (const figure of prepared.figures) {
      const scale = Math.max(1, Math.min(4, MAX_PNG_SIDE / Math.max(figure.width, figure.height)));
      const svg = figure.svg.replace(/^<svg\b[^>]*>/, (open) => `${open}${fonts}`);
      pngs.set(figure.src, await request.printer.rasterize({ svg, width: figure.width, height: figure.height, scale, timeoutMs: request.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS }));
    }
  }
  const bytes = await minutesDocx(prepared, pngs, request.template);
  await writeFileDurably(request.path, Buffer.from(bytes), request.writeOptions);
  return { bytes: bytes.byteLength, figures: prepared.figures.length, ms: Math.round(performance.now() - started) };
}
