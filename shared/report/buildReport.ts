import { localeTag } from '../i18n/format';
import type { Workshop } from '../model/workshop';
import { createContext } from './context';
import { fontFaceCss, type ReportFontFace } from './fonts';
import { anchorsOf, esc, headingsOf } from './html';
import { ReportOptions, type ReportOptionsInput, type SectionId } from './options';
import { reportSections } from './sections';
import { reportCss } from './styles';
import { REPORT_CONTENT_SECURITY_POLICY } from '../csp';

/** What the PDF's document information says; Chromium sets only the title, the host stamps the rest. */
export interface ReportMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. sv-SE. */
  language: string;
  keywords: string[];
  /** The bookmarks in document order (every h1–h6), as written. */
  outline: string[];
  /** Link targets (a heading's id) → the heading's words, for the links' descriptions. */
  anchors?: Record<string, string>;
}

export interface BuiltReport {
  html: string;
  metadata: ReportMetadata;
  /** The sections printed, in order. */
  sections: SectionId[];
}

export interface ReportAssets {
  fonts: readonly ReportFontFace[];
}

/** The sections this workshop has something for, in print order: what the export dialog offers. */
export function availableSections(doc: Workshop): SectionId[] {
  return reportSections.filter((section) => section.applies(doc)).map((section) => section.id);
}

/**
 * The workshop report as one self-contained HTML document (fonts embedded, boards as inline SVG,
 * no scripts): the in-app preview shows it and the printer turns the very same string into the PDF.
 */
export function buildReport(doc: Workshop, optionsInput: ReportOptionsInput, assets: ReportAssets): BuiltReport {
  const options = ReportOptions.parse(optionsInput);
  const chosen = new Set(options.sections);
  const sections = reportSections.filter((section) => chosen.has(section.id) && section.applies(doc));
  const ctx = createContext(doc, options, sections.map((section) => section.id));
  const { s } = ctx;
  const date = doc.header.date ? ctx.date(doc.header.date) : '';
  const running = {
    header: date ? `${ctx.title} · ${date}` : ctx.title,
    kind: s.document.kind,
    pageOf: s.document.pageOf,
    footer: ctx.fill(s.document.madeWith, { date: ctx.date(options.today) }),
  };

  // The cover and the boards are pages of their own; the other sections flow together on sheets.
  const blocks: string[] = [];
  let flow: string[] = [];
  const closeFlow = () => {
    if (flow.length > 0) blocks.push(`<div class="flow sheet">${flow.join('\n')}</div>`);
    flow = [];
  };
  for (const section of sections) {
    const html = section.render(ctx);
    if (section.id === 'cover' || section.id === 'boards' || section.ownPages) {
      closeFlow();
      blocks.push(html);
    } else flow.push(html);
  }
  closeFlow();

  const metadata: ReportMetadata = {
    title: ctx.title,
    author: doc.header.facilitator.trim(),
    subject: date ? `${s.document.kind}, ${date}` : s.document.kind,
    language: localeTag[ctx.lang],
    keywords: ['Verkstad', s.document.kind],
    outline: headingsOf(blocks.join('\n')),
    anchors: anchorsOf(blocks.join('\n')),
  };
  const html = `<!doctype html>
<html lang="${metadata.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<title>${esc(metadata.title)}</title>
<meta name="author" content="${esc(metadata.author)}">
<meta name="description" content="${esc(metadata.subject)}">
<meta name="generator" content="Verkstad">
<style>
${fontFaceCss(assets.fonts)}
${reportCss(options.paper, running)}
.flow { break-before: page; page-break-before: always; }
.cover + .flow { break-before: auto; page-break-before: auto; }
</style>
</head>
<body>
<main>
${blocks.join('\n')}
</main>
</body>
</html>`;
  return { html, metadata, sections: ctx.included };
}
