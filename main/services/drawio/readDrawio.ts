import { readFile, stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { compile } from 'html-to-text';
import type { DrawioCell, DrawioGeometry, DrawioPage, DrawioPoint } from '../../../shared/drawio/cells';
import { SaxesParser } from 'saxes';
import { MAX_XML_DEPTH } from '../safeXml';

/**
 * Reads a draw.io file into pages of cells (shared/drawio/cells.ts): plain or compressed (each
 * page's diagram deflated, base64-encoded and URI-encoded, as draw.io saves by default), one
 * page per `<diagram>`, or a bare `<mxGraphModel>`. The XML is read in one strict pass by saxes, and
 * a document type is refused before it (so no entity is ever declared, expanded or fetched); labels written as HTML are reduced to their text by
 * html-to-text. Anything wrong is a DrawioError with the reason, before anything is imported.
 */
export type DrawioProblem = 'empty' | 'notXml' | 'notDrawio' | 'refused' | 'damaged' | 'tooLarge' | 'tooDeep';

export class DrawioError extends Error {
  constructor(
    readonly problem: DrawioProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DrawioError';
  }
}

export const MAX_DRAWIO_BYTES = 50 * 1024 * 1024;
/** More cells than a workshop board can sensibly hold (the import benchmark uses 10,000 shapes and their connectors). */
export const MAX_DRAWIO_CELLS = 30_000;

const htmlToText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
    { selector: 'p', format: 'block' },
    { selector: 'h1', format: 'block' },
    { selector: 'h2', format: 'block' },
    { selector: 'h3', format: 'block' },
    { selector: 'ul', options: { itemPrefix: '• ' } },
  ],
});

/** A label as the reader sees it: HTML labels reduced to text, line breaks kept, blank lines and non-breaking spaces tidied. */
export function labelText(value: string, html: boolean): string {
  const text = html && /[<&]/.test(value) ? htmlToText(value) : value;
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Counts the cells a text holds before it is parsed, so an oversized diagram is refused at once. */
function countCells(text: string, before: number): number {
  const count = before + (text.match(/<(?:mxCell|UserObject|object)\b/g)?.length ?? 0);
  if (count > MAX_DRAWIO_CELLS) throw new DrawioError('tooLarge', `more than ${MAX_DRAWIO_CELLS} cells`);
  return count;
}

/** A compressed page: base64 → raw deflate → URI-encoded XML. */
function inflatePage(data: string): string {
  const compact = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) throw new DrawioError('damaged', 'the compressed page is not base64');
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(Buffer.from(compact, 'base64'), { maxOutputLength: MAX_DRAWIO_BYTES });
  } catch (error) {
    throw new DrawioError('damaged', `the compressed page cannot be inflated: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return decodeURIComponent(inflated.toString('latin1'));
  } catch {
    throw new DrawioError('damaged', 'the compressed page is not URI-encoded text');
  }
}

const num = (value: string | undefined) => (value === undefined ? 0 : Number(value));

type PageRead = { name: string; cells: DrawioCell[] } | { name: string; compressed: string };

/**
 * One strict pass over the XML with saxes (well-formedness checked as it reads, no entity but XML's
 * own five and character references, never a document type), building the cells as they close:
 * a 10,000-shape diagram is read without a tree of it in memory. Returns the top element's name.
 */
function readXml(text: string, onPage: (page: PageRead) => void): string {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new DrawioError('refused', 'the XML declares a document type or entities, which Verkstad never reads');
  const parser = new SaxesParser({ position: false });
  const stack: string[] = [];
  let top = '';
  let pageName = '';
  let pageText = '';
  let pageHasModel = false;
  let inModel = false;
  let cells: DrawioCell[] = [];
  let wrapper: Record<string, string> | null = null;
  let cell: DrawioCell | null = null;
  let geometry: DrawioGeometry | null = null;
  let inPoints = false;

  parser.on('doctype', () => {
    throw new DrawioError('refused', 'the XML declares a document type');
  });
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    const parent = stack.at(-1);
    stack.push(tag.name);
    if (stack.length > MAX_XML_DEPTH) throw new DrawioError('tooDeep', `elements nested more than ${MAX_XML_DEPTH} deep`);
    if (stack.length === 1) {
      top = tag.name;
      if (top !== 'mxfile' && top !== 'mxGraphModel') throw new DrawioError('notDrawio', `the file is XML of another kind (<${top}>), not a draw.io diagram`);
      inModel = top === 'mxGraphModel';
      cells = [];
      return;
    }
    if (tag.name === 'diagram' && parent === 'mxfile') {
      pageName = a.name ?? '';
      pageText = '';
      pageHasModel = false;
    } else if (tag.name === 'mxGraphModel' && parent === 'diagram') {
      pageHasModel = true;
      inModel = true;
      cells = [];
    } else if (!inModel) return;
    else if ((tag.name === 'UserObject' || tag.name === 'object') && parent === 'root') wrapper = a;
    else if (tag.name === 'mxCell' && (parent === 'root' || (wrapper !== null && (parent === 'UserObject' || parent === 'object')))) {
      // <UserObject label="…" id="…"> and <object …> wrap the mxCell of a shape that carries data.
      const w = wrapper ?? {};
      const id = w.id ?? a.id;
      const style = a.style ?? '';
      cell =
        id === undefined
          ? null
          : {
              id,
              parent: a.parent ?? null,
              label: labelText(w.label ?? a.value ?? '', /(^|;)html=1(;|$)/.test(style)),
              style,
              vertex: a.vertex === '1',
              edge: a.edge === '1',
              source: a.source ?? null,
              target: a.target ?? null,
              geometry: null,
            };
    } else if (tag.name === 'mxGeometry' && parent === 'mxCell' && cell) {
      geometry = { x: num(a.x), y: num(a.y), width: num(a.width), height: num(a.height), points: [], sourcePoint: null, targetPoint: null };
      cell.geometry = geometry;
    } else if (tag.name === 'Array' && parent === 'mxGeometry' && a.as === 'points') inPoints = true;
    else if (tag.name === 'mxPoint' && geometry) {
      const point: DrawioPoint = { x: num(a.x), y: num(a.y) };
      if (inPoints && parent === 'Array') geometry.points.push(point);
      else if (parent === 'mxGeometry' && a.as === 'sourcePoint') geometry.sourcePoint = point;
      else if (parent === 'mxGeometry' && a.as === 'targetPoint') geometry.targetPoint = point;
    }
  });
  parser.on('text', (value) => {
    if (stack.at(-1) === 'diagram') pageText += value;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'mxCell') {
      if (cell) cells.push(cell);
      cell = null;
      geometry = null;
    } else if (tag.name === 'mxGeometry') geometry = null;
    else if (tag.name === 'Array') inPoints = false;
    else if (tag.name === 'UserObject' || tag.name === 'object') wrapper = null;
    else if (tag.name === 'mxGraphModel' && inModel) {
      inModel = false;
      if (stack.length === 0) onPage({ name: '', cells });
    } else if (tag.name === 'diagram' && stack.length === 1) onPage(pageHasModel ? { name: pageName, cells } : { name: pageName, compressed: pageText.trim() });
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof DrawioError) throw error;
    throw new DrawioError('notXml', error instanceof Error ? error.message : String(error));
  }
  return top;
}

export function readDrawioText(text: string): DrawioPage[] {
  if (text.trim() === '') throw new DrawioError('empty', 'the file is empty');
  let cells = countCells(text, 0);
  const pages: DrawioPage[] = [];
  const top = readXml(text, (page) => {
    if ('cells' in page) {
      pages.push(page);
      return;
    }
    if (page.compressed === '') {
      pages.push({ name: page.name, cells: [] });
      return;
    }
    const xml = inflatePage(page.compressed);
    cells = countCells(xml, cells);
    const inner: DrawioPage[] = [];
    let innerTop: string;
    try {
      innerTop = readXml(xml, (p) => {
        if ('cells' in p) inner.push(p);
      });
    } catch (error) {
      // What is inside a compressed page is draw.io's own writing; anything else there is damage.
      if (error instanceof DrawioError && (error.problem === 'notXml' || error.problem === 'notDrawio')) throw new DrawioError('damaged', `page “${page.name}”: ${error.message}`);
      throw error;
    }
    if (innerTop !== 'mxGraphModel' || inner.length !== 1) throw new DrawioError('damaged', `page “${page.name}” holds no diagram`);
    pages.push({ name: page.name, cells: inner[0]!.cells });
  });
  if (top === '') throw new DrawioError('notXml', 'no XML element in the file');
  if (pages.length === 0) throw new DrawioError('notDrawio', 'the file has no pages');
  return pages;
}

export async function readDrawioFile(path: string): Promise<DrawioPage[]> {
  const info = await stat(path);
  if (info.size > MAX_DRAWIO_BYTES) throw new DrawioError('tooLarge', `${info.size} bytes; at most ${MAX_DRAWIO_BYTES}`);
  return readDrawioText(await readFile(path, 'utf8'));
}
