import { z } from 'zod';
import { Language } from '../model/language';

/**
 * What the user chooses when exporting the report. The same options build the preview and the
 * PDF, so what is previewed is what is printed.
 */
export const Paper = z.enum(['A4', 'A3', 'Letter']);
export type Paper = z.infer<typeof Paper>;

/** The report's sections, in the order they are printed. */
export const SectionId = z.enum(['cover', 'attendance', 'agenda', 'kpis', 'improvements', 'notes', 'actions', 'parkingLot', 'polls', 'goalBoard', 'improvementBoard', 'boards', 'vsm']);
export type SectionId = z.infer<typeof SectionId>;

/** A board too large to read on one page is split over pages with overlap, or scaled down to one page. */
export const LargeBoards = z.enum(['split', 'scale']);
export type LargeBoards = z.infer<typeof LargeBoards>;

export const ReportOptions = z.object({
  paper: Paper.default('A4'),
  language: Language,
  /** Sections to include; a section with nothing to show for this workshop is left out anyway. */
  sections: z.array(SectionId).default([...SectionId.options]),
  largeBoards: LargeBoards.default('split'),
  /** The day the report is made (YYYY-MM-DD), for overdue marks; the app passes today's date. */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the report is made; an item still running is shown as running until then. Without it, the run log's last entry. */
  now: z.iso.datetime({ offset: true }).optional(),
  /** IANA time zone the run log's instants are shown in (the user's own). */
  timeZone: z.string().min(1).max(100).refine(isTimeZone, 'not a known time zone').default('UTC'),
});
export type ReportOptions = z.infer<typeof ReportOptions>;
export type ReportOptionsInput = z.input<typeof ReportOptions>;

/** Paper sizes in millimetres, portrait. */
export const paperSize: Record<Paper, { w: number; h: number }> = {
  A4: { w: 210, h: 297 },
  A3: { w: 297, h: 420 },
  Letter: { w: 215.9, h: 279.4 },
};

/** Page margins in millimetres: room for the running header and footer. */
export const pageMargin = { top: 20, right: 16, bottom: 18, left: 16 };

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
