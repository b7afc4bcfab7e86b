import type { Board } from '../model/board';
import type { Language } from '../model/language';
import { primitivesToSvg } from '../render/svg';
import { boardBounds, drawBoard } from '../shapes/drawBoard';
import { inflate } from '../shapes/geometry';
import { defaultTheme, type Theme } from '../shapes/primitives';
import { fontFaceCss, type ReportFontFace } from './fonts';
import { esc, num } from './html';
import { REPORT_FONT_FAMILY } from './styles';

/** The printed theme: the canvas's colours with the embedded font, so a board looks the same everywhere. */
export const printTheme: Theme = { ...defaultTheme, fontFamily: REPORT_FONT_FAMILY };

export interface BoardImage {
  svg: string;
  /** Size in CSS px at 100 % (1 board unit = 1 px). */
  width: number;
  height: number;
}

/**
 * A board as a standalone SVG file: cropped to its content with a margin, on white paper, with the
 * font embedded so it reads the same in a browser, an office suite or an illustration program.
 * The PNG export is a picture of this same drawing. `language`: the workshop's, for the data-box
 * labels and for hyphenating long words.
 */
export function boardImage(board: Board, fonts: readonly ReportFontFace[], margin = 24, language?: Language): BoardImage {
  const theme: Theme = language ? { ...printTheme, language, textLanguage: language } : printTheme;
  const bounds = inflate(boardBounds(board) ?? { x: 0, y: 0, w: 200, h: 120 }, margin);
  const style = fonts.length > 0 ? `<style>${fontFaceCss(fonts)}</style>` : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(bounds.x)} ${num(bounds.y)} ${num(bounds.w)} ${num(bounds.h)}" width="${num(bounds.w)}" height="${num(bounds.h)}">`,
    `<title>${esc(board.name)}</title>`,
    style,
    `<rect x="${num(bounds.x)}" y="${num(bounds.y)}" width="${num(bounds.w)}" height="${num(bounds.h)}" fill="${printTheme.paper}"/>`,
    primitivesToSvg(drawBoard(board, theme), theme),
    '</svg>',
  ].join('\n');
  return { svg, width: bounds.w, height: bounds.h };
}
