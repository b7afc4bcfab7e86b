/**
 * Just enough of a PDF content-stream reader to find where each operator and its operands begin
 * and end (ISO 32000-1 §7.8.2): strings (nested parentheses, escapes), hex strings, names,
 * dictionaries, arrays, comments, and inline images (binary data between ID and EI). It does not
 * interpret anything; pdfArtifacts.ts uses the offsets to put untagged content into artifacts.
 *
 * Why our own: pdf-lib writes and edits objects but has no content-stream parser, pdf.js reads
 * operators without their byte offsets, and the libraries that do both (qpdf, MuPDF) are native or
 * AGPL. Everything else about the PDF goes through pdf-lib.
 */
export interface ContentOperation {
  /** The operator, e.g. "Tj", "re", "BDC". */
  op: string;
  /** Offset of its first operand (or of the operator when it has none). */
  start: number;
  /** Offset just after the operator. */
  end: number;
}

const isWhite = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
const isDelimiter = (b: number) => b === 0x28 || b === 0x29 || b === 0x3c || b === 0x3e || b === 0x5b || b === 0x5d || b === 0x7b || b === 0x7d || b === 0x2f || b === 0x25;

export class ContentStreamError extends Error {}

/** The operators of a content stream in order, each with where it and its operands sit. */
export function contentOperations(bytes: Uint8Array): ContentOperation[] {
  const out: ContentOperation[] = [];
  const n = bytes.length;
  let i = 0;
  let operandStart = -1;
  const operand = (at: number) => {
    if (operandStart < 0) operandStart = at;
  };
  while (i < n) {
    const b = bytes[i]!;
    if (isWhite(b)) {
      i++;
      continue;
    }
    const at = i;
    if (b === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (b === 0x28 /* ( */) {
      operand(at);
      let depth = 0;
      for (; i < n; i++) {
        const c = bytes[i]!;
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x28) depth++;
        else if (c === 0x29 && --depth === 0) break;
      }
      if (i >= n) throw new ContentStreamError('unterminated string');
      i++;
      continue;
    }
    if (b === 0x3c /* < */) {
      operand(at);
      if (bytes[i + 1] === 0x3c) {
        i += 2; // "<<": the dictionary's contents are read as tokens of their own
        continue;
      }
      while (i < n && bytes[i] !== 0x3e) i++;
      if (i >= n) throw new ContentStreamError('unterminated hex string');
      i++;
      continue;
    }
    if (b === 0x3e /* > */) {
      if (bytes[i + 1] !== 0x3e) throw new ContentStreamError(`stray ">" at ${i}`);
      i += 2;
      continue;
    }
    if (b === 0x5b || b === 0x5d || b === 0x7b || b === 0x7d) {
      operand(at);
      i++;
      continue;
    }
    if (b === 0x2f /* / */) {
      operand(at);
      i++;
      while (i < n && !isWhite(bytes[i]!) && !isDelimiter(bytes[i]!)) i++;
      continue;
    }
    if (b === 0x29) throw new ContentStreamError(`stray ")" at ${i}`);
    while (i < n && !isWhite(bytes[i]!) && !isDelimiter(bytes[i]!)) i++;
    // Numbers are most of a page's tokens: told by their first character, without making a string.
    if ((b >= 0x30 && b <= 0x39) || b === 0x2b || b === 0x2d || b === 0x2e) {
      operand(at);
      continue;
    }
    const word = i - at === 1 ? String.fromCharCode(b) : String.fromCharCode(...bytes.subarray(at, i));
    if (word === 'true' || word === 'false' || word === 'null') {
      operand(at);
      continue;
    }
    if (word === 'ID') {
      // Inline image data: binary, up to whitespace + "EI" + whitespace (or the end).
      i++;
      while (i < n && !(isWhite(bytes[i - 1]!) && bytes[i] === 0x45 && bytes[i + 1] === 0x49 && (i + 2 >= n || isWhite(bytes[i + 2]!)))) i++;
      if (i >= n) throw new ContentStreamError('unterminated inline image');
      i += 2;
      out.push({ op: 'EI', start: operandStart < 0 ? at : operandStart, end: i });
      operandStart = -1;
      continue;
    }
    if (word === 'BI') {
      operand(at); // BI … ID … EI reads as one operation, ending at EI
      continue;
    }
    out.push({ op: word, start: operandStart < 0 ? at : operandStart, end: i });
    operandStart = -1;
  }
  return out;
}
