import { Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { htmlToContent, type HtmlImage } from 'docx/html';
import { catalogues } from '../../i18n';
import { formatDate, localeTag } from '../../i18n/format';
import type { Workshop } from '../../model/workshop';
import { buildReport, type ReportMetadata } from '../../report/buildReport';
import { fill } from '../../report/html';
import { paperSize, ReportOptions, type ReportOptionsInput } from '../../report/options';
import { liftFigures, type ReportFigure } from './figures';
import type { WordTemplate, WordTemplatePage } from './template';
import { defaultWordStyles, wordCss, wordStyleMap } from './wordLook';

/**
 * The workshop record as an editable Word document: the very report the PDF prints (the same
 * sections, words and language, from shared/report/), read into Word's own structure by docx's
 * HTML reader — real headings, tables with header rows, lists, pictures with their descriptions —
 * in the organisation's styles when it has chosen a template. Pure: main rasterises the figures
 * in between (`prepareMinutes` → PNGs → `minutesDocx`).
 */
export interface PreparedMinutes {
  html: string;
  figures: ReportFigure[];
  metadata: ReportMetadata;
  options: ReportOptions;
  /** The running header: the workshop's title and date. */
  header: string;
}

export function prepareMinutes(doc: Workshop, optionsInput: ReportOptionsInput): PreparedMinutes {
  // Word has no landscape parts of a page: a large board is one picture, scaled to the page.
  const options = ReportOptions.parse({ ...optionsInput, largeBoards: 'scale' });
  const built = buildReport(doc, options, { fonts: [] });
  const body = built.html.slice(built.html.indexOf('<main>'), built.html.lastIndexOf('</main>') + '</main>'.length);
  const { html, figures } = liftFigures(body);
  const date = doc.header.date ? formatDate(doc.header.date, options.language) : '';
  return { html, figures, metadata: built.metadata, options, header: date ? `${built.metadata.title} · ${date}` : built.metadata.title };
}

const TWIPS_PER_MM = 1440 / 25.4;
const TWIPS_PER_PX = 15;
const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

function pageOf(prepared: PreparedMinutes, template: WordTemplate | null): WordTemplatePage {
  if (template?.page) return template.page;
  const size = paperSize[prepared.options.paper];
  return { width: mm(size.w), height: mm(size.h), margin: { top: mm(22), right: mm(20), bottom: mm(20), left: mm(20), header: mm(10), footer: mm(10) } };
}

/** "Sida {{page}} av {{pages}}" with Word's page fields in place of the placeholders. */
function pageNumberRuns(template: string, size: number): TextRun[] {
  return template
    .split(/(\{\{\s*pages?\s*\}\})/)
    .filter((part) => part.length > 0)
    .map((part) =>
      /\{\{\s*pages\s*\}\}/.test(part)
        ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size })
        : /\{\{\s*page\s*\}\}/.test(part)
          ? new TextRun({ children: [PageNumber.CURRENT], size })
          : new TextRun({ text: part, size }),
    );
}

export async function minutesDocx(prepared: PreparedMinutes, pngs: ReadonlyMap<string, Uint8Array>, template: WordTemplate | null): Promise<Uint8Array> {
  const lang = prepared.options.language;
  const s = catalogues[lang].report.document;
  const page = pageOf(prepared, template);
  const textWidth = page.width - page.margin.left - page.margin.right;
  const images: Record<string, HtmlImage> = {};
  for (const figure of prepared.figures) {
    const png = pngs.get(figure.src);
    images[figure.src] = png ? { data: new TextEncoder().encode(figure.svg), fallback: png } : new TextEncoder().encode(figure.svg);
  }
  const content = htmlToContent(prepared.html, {
    stylesheet: wordCss(template),
    styleMap: wordStyleMap(template),
    images,
    maxImageWidth: Math.floor(textWidth / TWIPS_PER_PX),
  });

  const small = { size: 16 };
  const logo = template?.logo ? [new ImageRun({ type: template.logo.type, data: template.logo.data, transformation: { width: template.logo.width, height: template.logo.height } })] : [];
  const runningHeader = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [...logo, ...(logo.length > 0 ? [new TextRun({ text: '\t', ...small })] : []), new TextRun({ text: prepared.header, ...small }), new TextRun({ text: `\t${s.kind}`, ...small })],
      }),
    ],
  });
  const firstHeader = new Header({ children: [new Paragraph({ children: logo })] });
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [new TextRun({ text: `${fill(s.madeWith, { date: formatDate(prepared.options.today, lang) })}\t`, ...small }), ...pageNumberRuns(s.pageOf, small.size)],
      }),
    ],
  });

  const section: ISectionOptions = {
    properties: { titlePage: true, page: { size: { width: page.width, height: page.height }, margin: page.margin } },
    headers: { default: runningHeader, first: firstHeader },
    footers: { default: footer, first: footer },
    children: content,
  };
  const meta = prepared.metadata;
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author || 'Verkstad',
    keywords: meta.keywords.join(', '),
    description: meta.subject,
    lastModifiedBy: 'Verkstad',
    ...(template ? { externalStyles: template.styles } : { styles: defaultWordStyles(localeTag[lang]) }),
    sections: [section],
  });
  const overrides = template?.theme ? [{ path: 'word/theme/theme1.xml', data: template.theme }] : [];
  return new Uint8Array(await Packer.toArrayBuffer(document, false, overrides));
}
