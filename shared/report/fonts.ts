import { esc } from './html';

/**
 * The report's font, embedded in the HTML (no network fonts: the app works offline and the CSP
 * allows fonts only from itself and data: URLs). The host reads the files it bundles (Inter, from
 * @fontsource/inter, SIL OFL 1.1: Latin and Latin Extended cover åäö æøå and the Sámi letters)
 * and hands them over as data: URLs; the report itself touches no files.
 */
export interface ReportFontFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** CSS unicode-range of the subset, so the browser picks the right file per letter. */
  unicodeRange: string;
  /** A data: URL (or a URL the page may load) of the font file. */
  src: string;
  format: 'woff2' | 'woff' | 'truetype';
}

export function fontFaceCss(faces: readonly ReportFontFace[]): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:"${esc(f.family)}";font-style:${f.style};font-weight:${f.weight};font-display:block;src:url(${f.src}) format("${f.format}");unicode-range:${f.unicodeRange};}`,
    )
    .join('\n');
}
