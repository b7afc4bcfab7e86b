/**
 * Text layout without a DOM: both backends and the PDF must break lines at the same places, so the
 * breaking happens here with an estimate of glyph widths for a common sans-serif face (a little
 * generous, so text never overflows its box on screen).
 */
const NARROW = new Set("il.,:;|!'`ıjft()[]{} ");
const WIDE = new Set('mwMW@%&');

export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) units += 0.3;
    else if (WIDE.has(ch)) units += 0.86;
    else if (ch >= 'A' && ch <= 'Z') units += 0.66;
    else if (ch >= '0' && ch <= '9') units += 0.56;
    else units += 0.54;
  }
  return units * fontSize * (bold ? 1.06 : 1);
}

export const LINE_HEIGHT = 1.25;

/** Breaks text into lines no wider than `width`, at spaces where possible and inside long words if not. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, fontSize, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (textWidth(rest, fontSize, bold) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && textWidth(rest.slice(0, cut), fontSize, bold) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
}

/**
 * Fits a label into a box: wraps, shrinks the type step by step down to `minSize` so the whole
 * label stays readable, and only then cuts the last line with an ellipsis.
 */
export function fitText(text: string, width: number, height: number, fontSize: number, minSize = 10, bold = false): FittedText {
  if (text.trim() === '' || width <= 0) return { lines: [], fontSize };
  let size = fontSize;
  for (;;) {
    const lines = wrapText(text, width, size, bold);
    if (lines.length * size * LINE_HEIGHT <= height || size <= minSize) {
      const room = Math.max(1, Math.floor(height / (size * LINE_HEIGHT)));
      if (lines.length <= room) return { lines, fontSize: size };
      const kept = lines.slice(0, room);
      let last = `${kept[room - 1] ?? ''}…`;
      while (last.length > 1 && textWidth(last, size, bold) > width) last = `${last.slice(0, -2)}…`;
      kept[room - 1] = last;
      return { lines: kept, fontSize: size };
    }
    size = Math.max(minSize, size - 1);
  }
}
