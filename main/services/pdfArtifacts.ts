import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { opCode, scanContent } from './pdfContent';

/**
 * In a tagged PDF every mark on a page is either real content (inside marked content the
 * structure tree points at) or an artifact (PDF/UA-1 7.1). Chromium tags what the HTML's
 * accessibility tree holds and leaves everything else unmarked: the running header and footer
 * (CSS page-margin boxes), list bullets, decoration hidden with aria-hidden, an image with empty
 * alt. All of that is exactly what a reader should skip, so each unmarked painting operation is
 * wrapped in `/Artifact BMC … EMC` here; nothing tagged is touched.
 */

const codes = (ops: readonly string[]) => new Set(ops.map(opCode));
const TEXT_SHOWING = codes(['Tj', 'TJ', "'", '"']);
const PATH_CONSTRUCTION = codes(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINTING = codes(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
/** Ends a path without painting it (after a clip): nothing to mark. */
const PATH_END = opCode('n');
const XOBJECT_OR_SHADING = codes(['Do', 'sh', 'EI']);
const BEGIN = codes(['BMC', 'BDC']);
const END = opCode('EMC');

const OPEN = new TextEncoder().encode('/Artifact BMC\n');
const CLOSE = new TextEncoder().encode('\nEMC\n');

/** Where to open and close artifacts in one content stream: [start, end) ranges of painting operations outside any marked content. */
export function untaggedRanges(bytes: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let pathStart = -1;
  scanContent(bytes, (op, start, end) => {
    if (BEGIN.has(op)) depth++;
    else if (op === END) depth = Math.max(0, depth - 1);
    else if (depth > 0) return;
    else if (PATH_CONSTRUCTION.has(op)) {
      if (pathStart < 0) pathStart = start;
    } else if (PATH_PAINTING.has(op)) {
      // The whole path object (construction to painting) goes into the artifact: marked content may not start inside it.
      ranges.push([pathStart < 0 ? start : pathStart, end]);
      pathStart = -1;
    } else if (op === PATH_END) pathStart = -1;
    else if (TEXT_SHOWING.has(op) || XOBJECT_OR_SHADING.has(op)) ranges.push([start, end]);
  });
  return ranges;
}

function wrap(bytes: Uint8Array, ranges: readonly [number, number][]): Uint8Array {
  const out = new Uint8Array(bytes.length + ranges.length * (OPEN.length + CLOSE.length));
  let from = 0;
  let at = 0;
  const copy = (chunk: Uint8Array) => {
    out.set(chunk, at);
    at += chunk.length;
  };
  for (const [start, end] of ranges) {
    copy(bytes.subarray(from, start));
    copy(OPEN);
    copy(bytes.subarray(start, end));
    copy(CLOSE);
    from = end;
  }
  copy(bytes.subarray(from));
  return out;
}

/** A stream's decoded bytes; zlib for the usual FlateDecode (quicker than pdf-lib's own inflate), pdf-lib for anything else. */
function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.contents);
  if (only === undefined) return stream.contents;
  return decodePDFRawStream(stream).decode();
}

/** A page's content streams and the references they sit at (to drop them once replaced). */
function contentStreams(doc: PDFDocument, contents: PDFObject | undefined): { streams: PDFRawStream[]; refs: PDFRef[] } | null {
  const refs: PDFRef[] = [];
  const resolve = (o: PDFObject | undefined) => {
    if (!(o instanceof PDFRef)) return o;
    refs.push(o);
    return doc.context.lookup(o);
  };
  const direct = resolve(contents);
  const parts = direct instanceof PDFArray ? direct.asArray().map(resolve) : [direct];
  return parts.every((part) => part instanceof PDFRawStream) ? { streams: parts as PDFRawStream[], refs } : null;
}

/** Marks every unmarked painting operation on every page as an artifact. Returns how many operations were marked. */
export function markUntaggedAsArtifacts(doc: PDFDocument): number {
  let marked = 0;
  for (const page of doc.getPages()) {
    const found = contentStreams(doc, page.node.get(PDFName.of('Contents')));
    if (!found || found.streams.length === 0) continue;
    const { streams, refs } = found;
    // The page's streams are one content stream cut in pieces (§7.8.2); joined, a sequence cannot straddle two.
    const parts = streams.map(decoded);
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
    const ranges = untaggedRanges(bytes);
    if (ranges.length === 0) continue;
    const rewritten = wrap(bytes, ranges);
    // Level 3: a third of the time of zlib's default for about 10 % more bytes (a big board's pages hold megabytes of operators).
    const stream = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: 0 }) as PDFDict, deflateSync(rewritten, { level: 3 }));
    stream.dict.set(PDFName.of('Length'), doc.context.obj(stream.contents.length));
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    // Chromium gives each page streams of its own; left in place they would still be written out.
    for (const ref of refs) doc.context.delete(ref);
    marked += ranges.length;
  }
  return marked;
}
