import { cssString } from './html';
import { pageMargin, paperSize, type Paper } from './options';

/** The report's type: the embedded Inter first, then fonts every desktop has. */
export const REPORT_FONT_FAMILY = "Inter, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

const ink = '#1f2933';
const muted = '#52606d';
const rule = '#cbd2d9';
const accent = '#1c4e80';
const band = '#eef2f6';

/** `table.<name> th:nth-child(n) { width: p%; }` for each column, in order. */
export function columnWidthRules(table: string, percents: readonly number[]): string {
  return percents.map((percent, i) => `table.${table} th:nth-child(${i + 1}) { width: ${percent}%; }\n`).join('');
}

/** The widths of the tables' columns, shared with the Word minutes (shared/documents/minutes/wordLook.ts). */
const COLUMN_WIDTHS_CSS_ACTIONS = `table.actions { table-layout: fixed; }\n${columnWidthRules('actions', [6, 34, 15, 14, 12, 19])}`;
const COLUMN_WIDTHS_CSS_KPIS = `table.kpis, table.cards { table-layout: fixed; }\n${columnWidthRules('kpis', [27, 15, 13, 10, 11])}${columnWidthRules('cards', [5, 40, 17, 14])}`;
export const COLUMN_WIDTHS_CSS = COLUMN_WIDTHS_CSS_ACTIONS + COLUMN_WIDTHS_CSS_KPIS;

export interface RunningText {
  /** Left of the running header: the workshop's title and date. */
  header: string;
  /** Right of the running header: what the document is. */
  kind: string;
  /** "Page {{page}} of {{pages}}" in the report's language. */
  pageOf: string;
  /** Left of the footer. */
  footer: string;
}

/** "Sida {{page}} av {{pages}}" → CSS content with the page counters in place of the placeholders. */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{\{\s*(?:page|pages)\s*\}\})/);
  return parts
    .filter((p) => p.length > 0)
    .map((p) => (/\{\{\s*pages\s*\}\}/.test(p) ? 'counter(pages)' : /\{\{\s*page\s*\}\}/.test(p) ? 'counter(page)' : cssString(p)))
    .join(' ');
}

/**
 * Print CSS: paper size, margins with the running header and footer as page-margin boxes (the
 * same in Electron's printToPDF and in Chromium's page.pdf, and marked as artifacts in the tagged
 * PDF), landscape pages for wide boards, and a screen style that shows the same content as
 * sheets for the in-app preview.
 */
export function reportCss(paper: Paper, running: RunningText): string {
  const size = paperSize[paper];
  const sizeName = paper === 'Letter' ? 'letter' : paper;
  const m = pageMargin;
  const marginText = `font-family: ${REPORT_FONT_FAMILY}; font-size: 7.5pt; color: ${muted};`;
  return `
@page {
  size: ${sizeName} portrait;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { content: ${cssString(running.header)}; ${marginText} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(running.kind)}; ${marginText} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${cssString(running.footer)}; ${marginText} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${pageCounterContent(running.pageOf)}; ${marginText} vertical-align: top; padding-top: 4mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}
@page board-landscape { size: ${sizeName} landscape; }
@page board-portrait { size: ${sizeName} portrait; }
@page team-board { size: A3 landscape; }

* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${REPORT_FONT_FAMILY}; font-size: 9.5pt; line-height: 1.45; color: ${ink}; font-feature-settings: "tnum" 1, "cv11" 1; }
h1, h2, h3 { line-height: 1.2; break-after: avoid; page-break-after: avoid; color: ${accent}; }
h1 { font-size: 17pt; font-weight: 700; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 1.5pt solid ${accent}; }
h2 { font-size: 12pt; font-weight: 600; margin: 6mm 0 2mm; }
h3 { font-size: 10.5pt; font-weight: 600; margin: 0 0 2mm; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
.flow > section { margin-bottom: 10mm; }
.flow > section + section { break-before: auto; }
.summary { color: ${ink}; }
.muted, .empty { color: ${muted}; }
.empty { font-style: italic; }
.label { font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; color: ${muted}; margin: 5mm 0 1.5mm; }

table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; }
caption { text-align: left; font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; color: ${muted}; padding-bottom: 1.5mm; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.6mm 2mm; border-bottom: 0.5pt solid ${rule}; }
thead th { background: ${band}; font-size: 8pt; font-weight: 600; color: ${ink}; border-bottom: 1pt solid ${muted}; }
tbody th { font-weight: 500; }
tfoot th, tfoot td { font-weight: 600; border-top: 1pt solid ${muted}; border-bottom: none; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
${COLUMN_WIDTHS_CSS_ACTIONS}table.actions td, table.actions th { overflow-wrap: anywhere; hyphens: auto; }
tr.kind-break th, tr.kind-lunch th, tr.kind-break td, tr.kind-lunch td { color: ${muted}; background: #fafbfc; }
.kind-tag { font-size: 7.5pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: ${muted}; }
.mark.warn { color: #a61b1b; font-weight: 600; }
.dot { display: inline-block; width: 2mm; height: 2mm; border-radius: 50%; margin-right: 1.5mm; vertical-align: 0.1em; background: ${rule}; }
.dot-present { background: #2f855a; }
.dot-absent { background: #c53030; }
.dot-excused { background: #d69e2e; }
.status { display: inline-block; padding: 0.3mm 2mm; border-radius: 3mm; font-size: 8pt; font-weight: 600; white-space: nowrap; }
.status-notStarted { background: #edf0f3; color: #3e4c59; }
.status-inProgress { background: #fff1cc; color: #7a4d00; }
.status-done { background: #dcf3e4; color: #1d5c38; }
ul, ol { margin: 0 0 3mm; padding-left: 5mm; }
li { margin-bottom: 1mm; }
.item-notes { break-inside: auto; margin-bottom: 4mm; }
.item-notes h2 { font-size: 11pt; margin-top: 5mm; }
.notes-text { padding-left: 3mm; border-left: 1.5pt solid ${rule}; margin-bottom: 2mm; }
ul.decisions li::marker { color: ${accent}; }

.cover { break-after: page; page-break-after: always; padding-top: 28mm; }
.cover .kind { font-size: 10pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.12em; color: ${muted}; margin-bottom: 3mm; }
.cover h1.title { font-size: 28pt; line-height: 1.15; border-bottom: 2.5pt solid ${accent}; padding-bottom: 5mm; margin-bottom: 8mm; }
.cover dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 2mm 6mm; margin: 0 0 8mm; font-size: 11pt; }
.cover .fact { display: contents; }
.cover dt { font-weight: 600; color: ${muted}; }
.cover dd { margin: 0; }
.cover .purpose p { font-size: 11pt; }
.cover .glance ul { list-style: none; padding: 0; display: flex; gap: 4mm; flex-wrap: wrap; }
.cover .glance li { background: ${band}; border-radius: 2mm; padding: 2mm 4mm; font-weight: 600; }
.cover .contents ol { columns: 2; column-gap: 10mm; }
.cover a { color: ${ink}; text-decoration: none; }

.board-page { break-before: page; page-break-before: always; }
.board-page.landscape { page: board-landscape; }
.board-page.portrait { page: board-portrait; }
.board-page h1.kicker { font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.08em; color: ${muted}; border: none; padding: 0; margin: 0 0 1mm; }
.board-page h2 { margin-top: 0; }
figure { margin: 0; }
.team-board-page { break-before: page; page-break-before: always; page: team-board; }
.team-board-page h1.team-board-title { font-size: 13pt; margin: 0 0 2mm; padding-bottom: 1mm; border-bottom-width: 1pt; }
figure.team-board svg { display: block; width: 100%; height: auto; max-height: 236mm; }
figure.team-board figcaption { font-size: 7.5pt; color: ${muted}; margin-top: 1.5mm; }
.kpi-status { font-weight: 600; white-space: nowrap; }
.kpi-green { color: #1d5c38; }
.kpi-yellow { color: #6b4500; }
.kpi-red { color: #a61b1b; }
${COLUMN_WIDTHS_CSS_KPIS}table.kpis th[scope=row], table.kpis td:last-child, table.cards th[scope=row], table.cards td:last-child { overflow-wrap: anywhere; }
.figure.board { text-align: center; }
.figure.board svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.figure.board .caption, .poll .caption { font-size: 8pt; color: ${muted}; margin: 2mm 0 0; }
.poll { break-inside: avoid; margin: 0 0 6mm; }
.poll h2 { font-size: 11pt; }
svg text { font-family: ${REPORT_FONT_FAMILY}; }
.vsm-block { break-inside: auto; margin-bottom: 8mm; }
.vsm-block h2 { margin-top: 0; }
td.better { color: #1d5c38; font-weight: 600; }
td.worse { color: #a61b1b; font-weight: 600; }
ul.vsm-notes { font-size: 8.5pt; color: ${muted}; }
.figure.ladder { break-inside: avoid; margin: 3mm 0 5mm; }
.figure.ladder .caption { font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; color: ${muted}; margin: 0 0 2mm; }
.figure.ladder svg { max-width: 100%; height: auto; }

.handout h1.title { font-size: 20pt; border-bottom: 2pt solid ${accent}; }
.handout dl.facts { display: grid; grid-template-columns: 32mm 1fr; gap: 1.5mm 6mm; margin: 0 0 6mm; font-size: 10.5pt; }
.handout .fact { display: contents; }
.handout dt { font-weight: 600; color: ${muted}; }
.handout dd { margin: 0; }
.handout table { font-size: 10.5pt; }
.handout .item-note { display: block; font-weight: 400; color: ${muted}; font-size: 9pt; margin-top: 0.5mm; }

@media screen {
  html { background: #dfe4ea; }
  body { padding: 24px 0; }
  .sheet { background: white; margin: 0 auto 24px; box-shadow: 0 1px 4px rgba(15, 23, 42, 0.18); padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; width: ${size.w}mm; min-height: ${size.h}mm; }
  .sheet.landscape { width: ${size.h}mm; min-height: ${size.w}mm; }
  .sheet.a3-landscape { width: 420mm; min-height: 297mm; }
  .flow.sheet { min-height: 0; }
}
@media print {
  .sheet { padding: 0; }
}
`;
}
