import { PDFDocument } from 'pdf-lib';
import type { ReportMetadata } from '../../shared/report/buildReport';

/**
 * Chromium writes only the title into a PDF's document information; the author, subject,
 * keywords and the document language (/Lang in the catalogue, which screen readers use) are
 * stamped here with pdf-lib. Loading and saving keeps the rest (tags, outline) as it was.
 */
export async function stampMetadata(pdf: Uint8Array, metadata: ReportMetadata, now: Date = new Date()): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords);
  doc.setLanguage(metadata.language);
  doc.setCreator('Verkstad');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: doc.getPageCount() };
}
