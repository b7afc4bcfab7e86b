import type { Language } from '../model/language';
import { hyphenPoints } from './hyphenate';

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

/**
 * Breaks text into lines no wider than `width`, at spaces where possible. A word too long for a
 * line of its own is broken with a hyphen: at the language's hyphenation points when `language` is
 * given, and only where none fits (or without a language) at the last character that fits.
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false, language?: Language): string[] {
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
      const broken = breakWord(word, width, fontSize, bold, language);
      lines.push(...broken.lines);
      line = broken.rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A word too long for one line, broken into lines that each end in a hyphen: at the last of the
 * language's hyphenation points whose piece and hyphen fit, else after as many characters as fit
 * with a hyphen (only when not even one character and a hyphen fit is a piece left without one).
 * Each character is measured once, so a word of thousands of characters stays quick. The last
 * piece (`rest`) goes on with the line.
 */
function breakWord(word: string, width: number, fontSize: number, bold: boolean, language: Language | undefined): { lines: string[]; rest: string } {
  // prefix[i]: the width of word.slice(0, i); starts: where each code point begins (never cut inside one).
  const prefix = new Float64Array(word.length + 1);
  const starts: number[] = [];
  let offset = 0;
  for (const ch of word) {
    starts.push(offset);
    prefix.fill(prefix[offset]!, offset + 1, offset + ch.length);
    prefix[offset + ch.length] = prefix[offset]! + textWidth(ch, fontSize, bold);
    offset += ch.length;
  }
  const hyphen = textWidth('-', fontSize, bold);
  const ownHyphen = (to: number) => word.charCodeAt(to - 1) === 45;
  const fits = (from: number, to: number) => prefix[to]! - prefix[from]! + (ownHyphen(to) ? 0 : hyphen) <= width;
  const points = language ? hyphenPoints(word, language) : [];
  const lines: string[] = [];
  let start = 0;
  let p = 0; // the first hyphenation point after `start`
  let c = 0; // the first code point that begins after `start`
  for (;;) {
    if (prefix[word.length]! - prefix[start]! <= width) break;
    while (c < starts.length && starts[c]! <= start) c++;
    if (c >= starts.length) break; // one character left
    while (p < points.length && points[p]! <= start) p++;
    let cut = -1;
    for (let q = p; q < points.length && fits(start, points[q]!); q++) cut = points[q]!;
    if (cut < 0) {
      // No hyphenation point fits: as many characters as fit with a hyphen, at least one.
      let k = c;
      while (k + 1 < starts.length && fits(start, starts[k + 1]!)) k++;
      cut = starts[k]!;
    }
    const piece = word.slice(start, cut);
    lines.push(ownHyphen(cut) || !fits(start, cut) ? piece : `${piece}-`);
    start = cut;
  }
  return { lines, rest: word.slice(start) };
}

export interface FittedText {
  lines: string[];
  fontSize: number;
}

/**
 * Fits a label into a box: wraps, shrinks the type step by step down to `minSize` so the whole
 * label stays readable, and only then cuts the last line with an ellipsis.
 */
export function fitText(text: string, width: number, height: number, fontSize: number, minSize = 10, bold = false, language?: Language): FittedText {
  if (text.trim() === '' || width <= 0) return { lines: [], fontSize };
  let size = fontSize;
  for (;;) {
    const lines = wrapText(text, width, size, bold, language);
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
