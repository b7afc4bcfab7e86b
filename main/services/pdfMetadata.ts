import { ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { ReportMetadata } from '../../shared/report/buildReport';
import { markUntaggedAsArtifacts } from './pdfArtifacts';
import { addListBodies, describeLinks } from './pdfStructure';
import { xmpPacket } from './pdfXmp';

/**
 * Chromium writes only the title into a PDF's document information; the author, subject,
 * keywords and the document language (/Lang in the catalogue, which screen readers use) are
 * stamped here with pdf-lib, and the bookmarks get their titles as written (see headingsOf in
 * shared/report/html.ts). For PDF/UA (docs/accessibility.md) it also writes the XMP metadata,
 * marks what Chromium left untagged as artifacts (pdfArtifacts.ts), gives list items their
 * bodies and links their descriptions (pdfStructure.ts). The rest (tags, outline, links) is kept.
 */
export async function stampMetadata(pdf: Uint8Array, metadata: ReportMetadata, now: Date = new Date()): Promise<{ bytes: Uint8Array; pages: number }> {
  // pdf-lib yields to the event loop every 100 objects when it parses and every 50 when it saves,
  // by default; a 75-page report has tens of thousands of objects, so that alone cost a few hundred ms.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords);
  doc.setLanguage(metadata.language);
  doc.setCreator('Verkstad');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  retitleOutline(doc, metadata.outline);
  const producer = doc.getProducer() ?? 'Chromium';
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(new TextEncoder().encode(xmpPacket(metadata, now, producer)), { Type: 'Metadata', Subtype: 'XML' })));
  markUntaggedAsArtifacts(doc);
  addListBodies(doc);
  describeLinks(doc, metadata.anchors ?? {});
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
  return { bytes, pages: doc.getPageCount() };
}

/** Chromium makes one bookmark per heading, in document order; only when the counts agree are the titles replaced. */
function retitleOutline(doc: PDFDocument, titles: readonly string[]): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return;
  const entries: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      entries.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(root.lookupMaybe(PDFName.of('First'), PDFDict));
  if (entries.length !== titles.length) return;
  entries.forEach((entry, i) => entry.set(PDFName.of('Title'), PDFHexString.fromText(titles[i]!)));
}
