/**
 * Just enough of a PDF content-stream reader to find where each operator and its operands begin
 * and end (ISO 32000-1 §7.8.2): strings (nested parentheses, escapes), hex strings, names,
 * dictionaries, arrays, comments, and inline images (binary data between ID and EI). It does not
 * interpret anything; pdfArtifacts.ts uses the offsets to put untagged content into artifacts.
 *
 * Why our own: pdf-lib writes and edits objects but has no content-stream parser, pdf.js reads
 * operators without their byte offsets, and the libraries that do both (qpdf, MuPDF) are native or
 * AGPL. Everything else about the PDF goes through pdf-lib.
 *
 * A big board's pages hold megabytes of operators, so the scanner makes no object or string per
 * token: an operator is handed over as a small number (its up to three bytes, see opCode).
 */
export interface ContentOperation {
  /** The operator, e.g. "Tj", "re", "BDC". */
  op: string;
  /** Offset of its first operand (or of the operator when it has none). */
  start: number;
  /** Offset just after the operator. */
  end: number;
}

export class ContentStreamError extends Error {}

/** An operator of up to three characters as one number (other words: -1). */
export function opCode(op: string): number {
  if (op.length > 3) return -1;
  let code = 0;
  for (let i = op.length - 1; i >= 0; i--) code = code * 256 + op.charCodeAt(i);
  return code;
}

const WHITE = 1;
const DELIMITER = 2;
const kind = new Uint8Array(256);
for (const b of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00]) kind[b] = WHITE;
for (const c of '()<>[]{}/%') kind[c.charCodeAt(0)] = DELIMITER;

const ID = opCode('ID');
const BI = opCode('BI');
const EI = opCode('EI');

/**
 * Calls `onOperator(code, start, end)` for each operator in order: `code` from opCode (-1 for a
 * longer word), `start` the offset of its first operand (or of itself), `end` just after it.
 */
export function scanContent(bytes: Uint8Array, onOperator: (code: number, start: number, end: number) => void): void {
  const n = bytes.length;
  let i = 0;
  let operandStart = -1;
  while (i < n) {
    const b = bytes[i]!;
    const k = kind[b]!;
    if (k === WHITE) {
      i++;
      continue;
    }
    const at = i;
    if (k === DELIMITER) {
      if (b === 0x25 /* % */) {
        while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
        continue;
      }
      if (operandStart < 0) operandStart = at;
      if (b === 0x28 /* ( */) {
        let depth = 0;
        for (; i < n; i++) {
          const c = bytes[i]!;
          if (c === 0x5c /* \ */) i++;
          else if (c === 0x28) depth++;
          else if (c === 0x29 && --depth === 0) break;
        }
        if (i >= n) throw new ContentStreamError('unterminated string');
        i++;
      } else if (b === 0x3c /* < */) {
        if (bytes[i + 1] === 0x3c) i += 2; // "<<": the dictionary's contents are read as tokens of their own
        else {
          while (i < n && bytes[i] !== 0x3e) i++;
          if (i >= n) throw new ContentStreamError('unterminated hex string');
          i++;
        }
      } else if (b === 0x3e /* > */) {
        if (bytes[i + 1] !== 0x3e) throw new ContentStreamError(`stray ">" at ${i}`);
        i += 2;
      } else if (b === 0x2f /* / */) {
        i++;
        while (i < n && kind[bytes[i]!] === 0) i++;
      } else if (b === 0x29) throw new ContentStreamError(`stray ")" at ${i}`);
      else i++; // [ ] { }
      continue;
    }
    while (i < n && kind[bytes[i]!] === 0) i++;
    // Numbers are most of a page's tokens: told by their first character.
    if ((b >= 0x30 && b <= 0x39) || b === 0x2b || b === 0x2d || b === 0x2e) {
      if (operandStart < 0) operandStart = at;
      continue;
    }
    const length = i - at;
    let code = -1;
    if (length <= 3) {
      code = 0;
      for (let j = i - 1; j >= at; j--) code = code * 256 + bytes[j]!;
    } else if (isWord(bytes, at, 'true') || isWord(bytes, at, 'false') || isWord(bytes, at, 'null')) {
      if (operandStart < 0) operandStart = at;
      continue;
    }
    if (code === BI) {
      if (operandStart < 0) operandStart = at; // BI … ID … EI is one operation, ending at EI
      continue;
    }
    if (code === ID) {
      // Inline image data: binary, up to whitespace + "EI" + whitespace (or the end).
      i++;
      while (i < n && !(kind[bytes[i - 1]!] === WHITE && bytes[i] === 0x45 && bytes[i + 1] === 0x49 && (i + 2 >= n || kind[bytes[i + 2]!] === WHITE))) i++;
      if (i >= n) throw new ContentStreamError('unterminated inline image');
      i += 2;
      code = EI;
    }
    onOperator(code, operandStart < 0 ? at : operandStart, i);
    operandStart = -1;
  }
}

function isWord(bytes: Uint8Array, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (bytes[at + j] !== word.charCodeAt(j)) return false;
  return kind[bytes[at + word.length] ?? 0x20] !== 0;
}

/** The operators of a content stream in order, each with where it and its operands sit (for tests and checks). */
export function contentOperations(bytes: Uint8Array): ContentOperation[] {
  const out: ContentOperation[] = [];
  scanContent(bytes, (code, start, end) => {
    let op = '';
    for (let c = code; c > 0; c = Math.floor(c / 256)) op += String.fromCharCode(c % 256);
    out.push({ op: code < 0 ? '?' : op, start, end });
  });
  return out;
}
