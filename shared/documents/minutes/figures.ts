import { esc } from '../../report/html';

/**
 * A drawing of the report (a board, a poll's histogram, a value-stream ladder), lifted out of the
 * report's HTML so the Word document can carry it as a picture: the SVG itself (Word 2016 and
 * later show it as a vector) and a PNG of it for the programs that cannot.
 */
export interface ReportFigure {
  /** The address the HTML now refers to it by (`<img src>`). */
  src: string;
  svg: string;
  /** Size in CSS px, as the report lays it out. */
  width: number;
  height: number;
  /** The drawing's text alternative (its aria-label): a picture's description in Word. */
  alt: string;
  /** A board drawing (not a chart): its description is also printed under it. */
  board: boolean;
}

const SVG_ELEMENT = /<svg\b([^>]*)>[\s\S]*?<\/svg>/g;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match ? match[1]! : null;
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Replaces every drawing in the report's HTML by an `<img>` that refers to it. The report writes
 * its SVGs itself (shared/report/), never nested and with the user's text escaped, so the
 * pattern cannot be fooled by anything a user typed.
 */
export function liftFigures(html: string): { html: string; figures: ReportFigure[] } {
  const figures: ReportFigure[] = [];
  const out = html.replace(SVG_ELEMENT, (svg, attributes: string) => {
    const width = Number(attribute(attributes, 'width'));
    const height = Number(attribute(attributes, 'height'));
    if (!(width > 0 && height > 0)) return '';
    const alt = unescape(attribute(attributes, 'aria-label') ?? '');
    const board = /\bclass="board-drawing"/.test(attributes);
    const src = `verkstad-figure-${figures.length + 1}.svg`;
    figures.push({ src, svg: /^<svg\b[^>]*\sxmlns=/.test(svg) ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"'), width, height, alt, board });
    const image = `<img src="${src}" alt="${esc(alt)}" width="${Math.round(width)}" height="${Math.round(height)}">`;
    // A board is described in words under its picture too, for a reader who cannot see it.
    return board && alt ? `${image}<p class="figure-description">${esc(alt)}</p>` : image;
  });
  return { html: out, figures };
}
