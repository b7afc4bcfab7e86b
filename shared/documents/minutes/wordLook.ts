import { LineRuleType, type IStylesOptions } from 'docx';
import { COLUMN_WIDTHS_CSS, columnWidthRules } from '../../report/styles';
import type { WordTemplate } from './template';

/**
 * Widths for the tables a browser lays out by their content in the PDF; Word starts from equal
 * columns, which squeezed the agenda's items into a narrow column. (The agenda has four columns
 * before the run and seven after it.)
 */
const WORD_COLUMN_WIDTHS = [
  columnWidthRules('agenda', [13, 27, 14, 10, 14, 10, 12]),
  'table.agenda th:nth-child(2):nth-last-child(3) { width: 47%; }\n',
  'table.agenda th:nth-child(3):nth-last-child(2) { width: 25%; }\n',
  'table.agenda th:nth-child(4):nth-last-child(1) { width: 15%; }\n',
  columnWidthRules('attendance', [20, 22, 16, 10, 18, 14]),
  columnWidthRules('dot-votes', [10, 50, 28, 12]),
].join('');

/**
 * How the report's HTML reads as Word: which Word style each element takes, and the little direct
 * formatting the minutes need. With an organisation's template its styles decide the look, so
 * only layout is given here (page breaks, widths, alignment); without one, a clean default.
 */
const layoutCss = `
section.cover { page-break-after: always; }
.board-page { page-break-before: always; }
table { width: 100%; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; }
.kind-tag { font-weight: bold; }
.mark.warn { font-weight: bold; }
${COLUMN_WIDTHS_CSS}
${WORD_COLUMN_WIDTHS}`;

const ink = '1F2933';
const muted = '52606D';
const accent = '1C4E80';

const defaultCss = `
th, td { border: 0.5pt solid #cbd2d9; padding: 2pt 4pt; }
thead th { background: #eef2f6; }
.muted, .empty, .figure-description, figcaption, caption { color: #${muted}; }
.empty { font-style: italic; }
.mark.warn { color: #a61b1b; }
td.better { color: #1d5c38; font-weight: bold; }
td.worse { color: #a61b1b; font-weight: bold; }
.cover .kind { color: #${muted}; letter-spacing: 1pt; }
.cover dt { color: #${muted}; font-weight: bold; }
p.label { color: #${muted}; font-weight: bold; margin-top: 10pt; }
`;

export function wordCss(template: WordTemplate | null): string {
  return template ? layoutCss : layoutCss + defaultCss;
}

/** HTML selector → the Word style it takes; the template's own ids where it has them. */
export function wordStyleMap(template: WordTemplate | null): Record<string, string> {
  const ids = template?.styleIds ?? {};
  const map: Record<string, string> = { 'h1.title': ids.title ?? 'Title' };
  if (ids.heading1) map.h1 = ids.heading1;
  if (ids.heading2) map.h2 = ids.heading2;
  if (ids.heading3) map.h3 = ids.heading3;
  if (ids.caption) map['caption, figcaption, p.figure-description'] = ids.caption;
  if (ids.table) map.table = ids.table;
  return map;
}

/** The default look: one sans-serif family, headings in the report's blue, in the report's language. */
export function defaultWordStyles(language: string): IStylesOptions {
  const heading = (size: number, before: number) => ({ run: { font: 'Calibri', size, bold: true, color: accent }, paragraph: { spacing: { before, after: 120 }, keepNext: true } });
  return {
    default: {
      document: { run: { font: 'Calibri', size: 21, color: ink, language: { value: language } }, paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } } },
      title: { run: { font: 'Calibri', size: 52, bold: true, color: accent }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(34, 360),
      heading2: heading(26, 240),
      heading3: heading(22, 200),
      caption: { run: { size: 17, italics: false, color: muted } },
    },
  };
}
