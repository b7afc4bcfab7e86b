import type { Board } from '../../model/board';
import type { Language } from '../../model/language';
import { analyzeValueStream } from '../../vsm/analyze';
import { valueStreamOfBoard } from '../../vsm/boards';
import { bottleneckTagBox, bottleneckTagPrimitives, bottleneckTags, type BottleneckTag } from '../../vsm/bottlenecks';
import { drawConnector, lookupOf, obstaclesOf, routeConnector } from '../../shapes/connectors';
import { boardBounds, drawShape } from '../../shapes/drawBoard';
import { inflate, intersects, unionOf, type Rect } from '../../shapes/geometry';
import type { Primitive, Theme } from '../../shapes/primitives';
import { printTheme } from '../boardImage';
import { boardPrimitivesSvg } from '../boardSvg';
import { layoutBoard, type BoardLayout } from '../boardLayout';
import type { ReportContext } from '../context';
import { esc, num } from '../html';
import { describeBoard } from '../../outline/describeBoard';
import { anchorOf, figureGroup, type ReportSection } from './section';

const MARGIN = 16;
const LABEL_MARGIN = 120;

/**
 * Each board as a vector drawing on a page of its own, drawn from the same primitives as the
 * canvas (shared/shapes → shared/render/svg.ts), so its text stays real, selectable text.
 */
export const boards: ReportSection = {
  id: 'boards',
  applies: (doc) => doc.boards.length > 0,
  render(ctx) {
    const pages = ctx.doc.boards.flatMap((board, i) => boardPages(ctx, board, i === 0));
    return `<section class="boards" aria-labelledby="${anchorOf('boards')}">${pages.join('\n')}</section>`;
  },
};

function boardPages(ctx: ReportContext, board: Board, first: boolean): string[] {
  const b = ctx.s.boards;
  const name = board.name.trim() || b.untitled;
  const sectionHeading = first ? `<h1 id="${anchorOf('boards')}" class="kicker">${ctx.s.sections.boards}</h1>` : '';
  const heading = `<h2>${esc(ctx.fill(b.title, { name }))}</h2>`;
  const tags = tagsOf(board, ctx.doc.header.language ?? ctx.lang, ctx.lang);
  const shapes = boardBounds(board);
  const content = shapes && tags.length > 0 ? unionOf([shapes, ...tags.map(bottleneckTagBox)]) : shapes;
  if (!content || board.shapes.length === 0) {
    return [`<div class="board-page sheet portrait">${sectionHeading}${heading}<p class="empty">${b.empty}</p></div>`];
  }
  const bounds = inflate(content, MARGIN);
  const drawn = drawnItems(board, { ...printTheme, language: ctx.lang, textLanguage: ctx.doc.header.language ?? ctx.lang }, tags);
  // Only the parts that show something are printed, each with only what it shows (layoutBoard).
  const layout = layoutBoard(bounds, ctx.options.paper, ctx.options.largeBoards, drawn.map((item) => item.box));
  // The text alternative says what the drawing shows: lanes, shapes with their data, and the flow.
  const alt = describeBoard(board, ctx.lang);
  const split = layout.tiles.length > 1;
  // Split over parts, the overview is a map of the parts: the board's words are on the parts,
  // where they can be read, and each part is outlined and numbered here.
  const caption = split ? ctx.fill(b.overview, { parts: layout.tiles.length, percent: Math.round(layout.scale * 100) }) : scaledNote(ctx, layout.fitScale);
  const overview = figure(drawn, bounds, layout.fitScale, alt, caption, split ? tileOutlines(layout, layout.fitScale) : null);
  const pages = [`<div class="board-page sheet ${layout.orientation}">${sectionHeading}${heading}${overview}</div>`];
  if (split) {
    const parts = layout.tiles.length;
    layout.tiles.forEach((tile, i) => {
      const caption = ctx.fill(b.part, { part: i + 1, parts, row: tile.row, column: tile.column });
      const partAlt = ctx.fill(b.partAlt, { name, part: i + 1, parts });
      // Each part is a sub-heading, so the PDF's bookmarks lead to every part of a large map.
      pages.push(`<div class="board-page sheet ${layout.orientation}"><h3>${esc(name)} – ${caption}</h3>${figure(tile.content ? tile.content.map((i) => drawn[i]!) : drawn, tile.region, layout.scale, partAlt, '')}</div>`);
    });
  }
  return pages;
}

function scaledNote(ctx: ReportContext, scale: number): string {
  return Math.abs(scale - 1) < 0.01 ? '' : ctx.fill(ctx.s.boards.scaled, { percent: Math.round(scale * 100) });
}

/** `overlay` replaces the board's text with the outlines of its parts (the overview of a split board). */
function figure(drawn: readonly DrawnItem[], region: Rect, scale: number, alt: string, caption: string, overlay: string | null = null): string {
  const w = region.w * scale;
  const h = region.h * scale;
  const primitives = primitivesIn(drawn, region).filter((p) => overlay === null || p.kind !== 'text');
  const svg = `<svg class="board-drawing" role="img" aria-label="${esc(alt)}" xmlns="http://www.w3.org/2000/svg" viewBox="${num(region.x)} ${num(region.y)} ${num(region.w)} ${num(region.h)}" width="${num(w)}" height="${num(h)}" preserveAspectRatio="xMidYMid meet">
<rect x="${num(region.x)}" y="${num(region.y)}" width="${num(region.w)}" height="${num(region.h)}" fill="${printTheme.paper}"/>
${boardPrimitivesSvg(primitives, printTheme)}
${overlay ?? ''}
</svg>`;
  return figureGroup('board', svg, caption);
}

/** A shape or connector, drawn once per board, with the area it may cover. */
interface DrawnItem {
  box: Rect;
  primitives: Primitive[];
}

/**
 * Every shape and connector of a board drawn once, in drawing order: a split map has dozens of
 * parts, and routing 2,000 connectors again for each part was a good share of the build. Words
 * inside shapes (data-box labels) are in the report's language; a value-stream map's steps over
 * takt carry the same bottleneck tags as on screen.
 */
function drawnItems(board: Board, theme: Theme, tags: readonly BottleneckTag[]): DrawnItem[] {
  const out: DrawnItem[] = board.shapes.map((shape) => ({ box: shape, primitives: drawShape(shape, theme) }));
  const lookup = lookupOf(board);
  const obstacles = obstaclesOf(board.shapes);
  for (const connector of board.connectors) {
    const route = routeConnector(connector, lookup, obstacles);
    // A label can stick out of the line's box a little; the margin keeps it on the parts it touches.
    if (route) out.push({ box: inflate(boxOf(route), LABEL_MARGIN), primitives: drawConnector(connector, route, theme) });
  }
  for (const tag of tags) out.push({ box: bottleneckTagBox(tag), primitives: bottleneckTagPrimitives(tag) });
  return out;
}

/** The bottleneck tags of a value-stream map (none for other boards): values read in the language they were typed in, tags in the report's. */
function tagsOf(board: Board, typedIn: Language, lang: Language): BottleneckTag[] {
  const stream = valueStreamOfBoard(board, typedIn);
  return stream ? bottleneckTags(board, analyzeValueStream(stream), lang) : [];
}

/** The primitives that can show in a region: a part of a 2,000-shape map carries only its own shapes. */
function primitivesIn(drawn: readonly DrawnItem[], region: Rect): Primitive[] {
  const out: Primitive[] = [];
  for (const item of drawn) if (intersects(item.box, region)) out.push(...item.primitives);
  return out;
}

export type { BoardLayout };

function boxOf(points: readonly { x: number; y: number }[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Each part's outline and number, drawn over the overview at a size that prints about 3 mm high. */
function tileOutlines(layout: BoardLayout, scale: number): string {
  const unit = 1 / scale;
  return layout.tiles
    .map((tile, i) => {
      const r = tile.region;
      const inset = 2 * unit;
      return `<rect x="${num(r.x + inset)}" y="${num(r.y + inset)}" width="${num(r.w - 2 * inset)}" height="${num(r.h - 2 * inset)}" fill="none" stroke="#1c4e80" stroke-width="${num(1.2 * unit)}" stroke-dasharray="${num(6 * unit)} ${num(4 * unit)}"/>
<text x="${num(r.x + 8 * unit)}" y="${num(r.y + 18 * unit)}" font-family="${esc(printTheme.fontFamily)}" font-size="${num(12 * unit)}" font-weight="bold" fill="#1c4e80">${i + 1}</text>`;
    })
    .join('\n');
}
