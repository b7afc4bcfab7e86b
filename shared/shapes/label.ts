import type { Language } from '../model/language';
import type { Rect } from './geometry';
import type { TextPrimitive } from './primitives';
import { fitText } from './text';

/** A label fitted into a box: wrapped, shrunk if needed, centred unless told otherwise. */
export function label(
  text: string,
  box: Rect,
  color: string,
  options: {
    fontSize?: number;
    bold?: boolean;
    align?: TextPrimitive['align'];
    valign?: TextPrimitive['valign'];
    vertical?: boolean;
    /** The language the text is written in: long words break at its hyphenation points. */
    language?: Language;
  } = {},
): TextPrimitive[] {
  const width = options.vertical ? box.h : box.w;
  const height = options.vertical ? box.w : box.h;
  const fitted = fitText(text, width, height, options.fontSize ?? 14, 9, options.bold ?? false, options.language);
  if (fitted.lines.length === 0) return [];
  return [
    {
      kind: 'text',
      ...box,
      lines: fitted.lines,
      fontSize: fitted.fontSize,
      fontWeight: options.bold ? 'bold' : 'normal',
      color,
      align: options.align ?? 'center',
      valign: options.valign ?? 'middle',
      vertical: options.vertical,
    },
  ];
}

/** The inner box for a label, inset from the shape's edges. */
export const inset = (r: Rect, dx: number, dy = dx): Rect => ({ x: r.x + dx, y: r.y + dy, w: Math.max(1, r.w - 2 * dx), h: Math.max(1, r.h - 2 * dy) });
