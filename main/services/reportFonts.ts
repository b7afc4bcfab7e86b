import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReportFontFace } from '../../shared/report/fonts';

/**
 * The report's font files, read from the bundled @fontsource/inter package (SIL Open Font License
 * 1.1) and embedded as data: URLs, so the PDF and the preview never reach for the network. The
 * Latin subset holds å ä ö æ ø and the punctuation; Latin Extended the rest of the Nordic and Sámi
 * letters (č, đ, ŋ, š, ŧ, ž).
 */
const SUBSETS = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const FACES: { subset: keyof typeof SUBSETS; weight: number; style: 'normal' | 'italic' }[] = [
  { subset: 'latin', weight: 400, style: 'normal' },
  { subset: 'latin', weight: 600, style: 'normal' },
  { subset: 'latin', weight: 700, style: 'normal' },
  { subset: 'latin', weight: 400, style: 'italic' },
  { subset: 'latin-ext', weight: 400, style: 'normal' },
  { subset: 'latin-ext', weight: 600, style: 'normal' },
  { subset: 'latin-ext', weight: 700, style: 'normal' },
];

let cached: Promise<ReportFontFace[]> | null = null;

export function reportFonts(): Promise<ReportFontFace[]> {
  cached ??= loadFonts().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function loadFonts(): Promise<ReportFontFace[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(
    FACES.map(async ({ subset, weight, style }) => {
      const file = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-${style}.woff2`);
      const data = await readFile(file);
      return { family: 'Inter', weight, style, unicodeRange: SUBSETS[subset], src: `data:font/woff2;base64,${data.toString('base64')}`, format: 'woff2' as const };
    }),
  );
}
