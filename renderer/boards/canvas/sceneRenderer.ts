import type { Connector, Shape } from '../../../shared/model/board';
import { drawConnector } from '../../../shared/shapes/connectors';
import { drawShape } from '../../../shared/shapes/drawBoard';
import { inflate, type Point, type Rect } from '../../../shared/shapes/geometry';
import type { Primitive, Theme } from '../../../shared/shapes/primitives';
import { shapeModule } from '../../../shared/shapes/registry';
import type { BoardIndex, RoutedConnector } from '../../editor/board/spatialIndex';
import { drawPrimitives } from './konvaBackend';

/**
 * Draws what is in view of a board. Below LOD_SCALE labels are too small to read, so shapes become
 * plain filled boxes batched by colour (one fill per colour, one stroke for all connectors): a
 * 10,000-shape map stays one cheap path per colour. Shape records are immutable, so their
 * primitives are computed once per version and kept in a WeakMap.
 */
export const LOD_SCALE = 0.4;

const shapePrimitives = new WeakMap<Shape, { languages: string; primitives: Primitive[] }>();
const connectorPrimitives = new WeakMap<Connector, { route: Point[]; languages: string; primitives: Primitive[] }>();

/** The theme's languages (data-box words, hyphenation), which the drawn words depend on besides the record. */
const languagesOf = (theme: Theme) => `${theme.language ?? ''}/${theme.textLanguage ?? ''}`;
const lodColours = new Map<string, string>();

export function primitivesOfShape(shape: Shape, theme: Theme): Primitive[] {
  const languages = languagesOf(theme);
  const cached = shapePrimitives.get(shape);
  if (cached && cached.languages === languages) return cached.primitives;
  const primitives = drawShape(shape, theme);
  shapePrimitives.set(shape, { languages, primitives });
  return primitives;
}

function primitivesOfConnector(routed: RoutedConnector, theme: Theme): Primitive[] {
  const languages = languagesOf(theme);
  const cached = connectorPrimitives.get(routed.connector);
  if (cached && cached.route === routed.route && cached.languages === languages) return cached.primitives;
  const primitives = drawConnector(routed.connector, routed.route, theme);
  connectorPrimitives.set(routed.connector, { route: routed.route, languages, primitives });
  return primitives;
}

/** The one colour a shape is drawn in when zoomed far out: its type's main fill. */
function lodColour(shape: Shape, theme: Theme): string {
  if (shape.type === 'sticky') return theme.stickies[shape.props.color];
  let c = lodColours.get(shape.type);
  if (!c) {
    const m = shapeModule(shape.type);
    const sample = m.draw({ x: 0, y: 0, ...m.defaultSize, text: '', props: m.defaultProps() }, theme);
    const fill = sample.find((p) => p.kind !== 'text' && 'fill' in p && p.fill && p.fill !== '#000000');
    c = fill && fill.kind !== 'text' && fill.fill ? fill.fill : theme.shapeFill;
    lodColours.set(shape.type, c);
  }
  return c;
}

export interface SceneOptions {
  scale: number;
  theme: Theme;
  /** Shapes and connectors drawn elsewhere right now (on the drag layer). */
  hidden: ReadonlySet<string>;
  /** Plain boxes whatever the zoom (the margins around a scaled picture during a zoom). */
  simplified?: boolean;
}

export function drawContent(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], connectors: readonly RoutedConnector[], options: SceneOptions): void {
  const { scale, theme, hidden } = options;
  if (scale < LOD_SCALE || options.simplified) return drawSimplified(ctx, shapes, connectors, options);
  for (const s of shapes) if (!hidden.has(s.id)) drawPrimitives(ctx, primitivesOfShape(s, theme), theme);
  for (const c of connectors) if (!hidden.has(c.connector.id)) drawPrimitives(ctx, primitivesOfConnector(c, theme), theme);
}

function drawSimplified(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], connectors: readonly RoutedConnector[], { theme, hidden, scale }: SceneOptions): void {
  const byColour = new Map<string, Path2D>();
  const outlines = new Path2D();
  for (const s of shapes) {
    if (hidden.has(s.id)) continue;
    if (shapeModule(s.type).container) {
      outlines.rect(s.x, s.y, s.w, s.h);
      continue;
    }
    const colour = lodColour(s, theme);
    let path = byColour.get(colour);
    if (!path) byColour.set(colour, (path = new Path2D()));
    path.rect(s.x, s.y, s.w, s.h);
    outlines.rect(s.x, s.y, s.w, s.h);
  }
  ctx.fillStyle = theme.laneFill;
  for (const s of shapes) if (shapeModule(s.type).container && !hidden.has(s.id)) ctx.fillRect(s.x, s.y, s.w, s.h);
  for (const [colour, path] of byColour) {
    ctx.fillStyle = colour;
    ctx.fill(path);
  }
  const lines = new Path2D();
  for (const c of connectors) {
    if (hidden.has(c.connector.id)) continue;
    const r = c.route;
    lines.moveTo(r[0]!.x, r[0]!.y);
    for (let i = 1; i < r.length; i++) lines.lineTo(r[i]!.x, r[i]!.y);
  }
  ctx.strokeStyle = theme.line;
  ctx.lineWidth = 1 / scale;
  ctx.setLineDash([]);
  ctx.stroke(outlines);
  ctx.stroke(lines);
}

/**
 * The whole board as it is drawn zoomed far out, in board coordinates: the lanes, one path per
 * colour, the outlines and the connector lines, cut into square tiles so a view that shows part of
 * the board draws only the tiles it touches. Built once per state of the board (the index and its
 * version, the shapes hidden while dragged, the theme); a frame at any far-out scale only fills and
 * strokes these paths under the view's transform, so every frame is sharp and nothing is
 * rasterised ahead (a whole-board bitmap cost a fresh canvas per zoom level, and drawing it each
 * pan frame cost more than filling the paths).
 */
export interface FarPicture {
  readonly index: BoardIndex;
  readonly version: number;
  readonly hiddenKey: string;
  readonly theme: Theme;
  /** Lanes and pools: filled under everything else. */
  readonly lanes: readonly Rect[];
  readonly tiles: readonly FarTile[];
  /** What all of it covers; null when nothing is drawn. */
  readonly bounds: Rect | null;
}

export interface FarTile {
  /** What the tile's paths cover (a shape or route belongs to the tile of its first corner or point). */
  readonly bounds: Rect;
  readonly fills: ReadonlyMap<string, Path2D>;
  readonly outlines: Path2D;
  readonly lines: Path2D;
}

/** A tile's side in board units: at the LOD scale about a screen, so a far-out view touches a few. */
export const FAR_TILE = 2048;

/** Which shapes and connectors are hidden, as a key (sorted ids). */
export const hiddenKeyOf = (hidden: ReadonlySet<string>): string => (hidden.size === 0 ? '' : [...hidden].sort().join(','));

let farCache: FarPicture | null = null;

/** The far-out picture of this state of the board: the one built last if nothing it depends on changed. */
export function farPicture(index: BoardIndex, theme: Theme, hidden: ReadonlySet<string>): FarPicture {
  const hiddenKey = hiddenKeyOf(hidden);
  const f = farCache;
  if (f && f.index === index && f.version === index.version && f.hiddenKey === hiddenKey && f.theme === theme) return f;
  return (farCache = buildFarPicture(index, theme, hidden, hiddenKey));
}

interface TileBuilder {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  fills: Map<string, Path2D>;
  outlines: Path2D;
  lines: Path2D;
}

function buildFarPicture(index: BoardIndex, theme: Theme, hidden: ReadonlySet<string>, hiddenKey: string): FarPicture {
  const tiles = new Map<string, TileBuilder>();
  const tileAt = (x: number, y: number): TileBuilder => {
    const key = `${Math.floor(x / FAR_TILE)},${Math.floor(y / FAR_TILE)}`;
    let t = tiles.get(key);
    if (!t) tiles.set(key, (t = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity, fills: new Map(), outlines: new Path2D(), lines: new Path2D() }));
    return t;
  };
  const cover = (t: TileBuilder, x1: number, y1: number, x2: number, y2: number) => {
    t.minX = Math.min(t.minX, x1);
    t.minY = Math.min(t.minY, y1);
    t.maxX = Math.max(t.maxX, x2);
    t.maxY = Math.max(t.maxY, y2);
  };
  const lanes: Rect[] = [];
  for (const s of index.shapes.values()) {
    if (hidden.has(s.id)) continue;
    const t = tileAt(s.x, s.y);
    cover(t, s.x, s.y, s.x + s.w, s.y + s.h);
    t.outlines.rect(s.x, s.y, s.w, s.h);
    if (shapeModule(s.type).container) {
      lanes.push({ x: s.x, y: s.y, w: s.w, h: s.h });
      continue;
    }
    const colour = lodColour(s, theme);
    let path = t.fills.get(colour);
    if (!path) t.fills.set(colour, (path = new Path2D()));
    path.rect(s.x, s.y, s.w, s.h);
  }
  for (const c of index.routes.values()) {
    if (hidden.has(c.connector.id)) continue;
    const r = c.route;
    const first = r[0];
    if (!first) continue;
    const t = tileAt(first.x, first.y);
    t.lines.moveTo(first.x, first.y);
    for (let i = 1; i < r.length; i++) t.lines.lineTo(r[i]!.x, r[i]!.y);
    for (const p of r) cover(t, p.x, p.y, p.x, p.y);
  }
  const built: FarTile[] = [...tiles.values()].map((t) => ({
    bounds: { x: t.minX, y: t.minY, w: t.maxX - t.minX, h: t.maxY - t.minY },
    fills: t.fills,
    outlines: t.outlines,
    lines: t.lines,
  }));
  const bounds = built.length === 0 ? null : built.map((t) => t.bounds).reduce(union);
  return { index, version: index.version, hiddenKey, theme, lanes, tiles: built, bounds };
}

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

const touches = (a: Rect, b: Rect) => a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/**
 * Draws the far-out picture's part in `view` (board units) on a context whose transform is the
 * view's: lanes, then the fills, then the outlines and lines one screen pixel wide.
 */
export function drawFar(ctx: CanvasRenderingContext2D, picture: FarPicture, view: Rect, scale: number): void {
  const tiles = picture.tiles.filter((t) => touches(t.bounds, view));
  ctx.fillStyle = picture.theme.laneFill;
  for (const l of picture.lanes) if (touches(l, view)) ctx.fillRect(l.x, l.y, l.w, l.h);
  for (const t of tiles) {
    for (const [colour, path] of t.fills) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  }
  ctx.strokeStyle = picture.theme.line;
  ctx.lineWidth = 1 / scale;
  ctx.setLineDash([]);
  for (const t of tiles) {
    ctx.stroke(t.outlines);
    ctx.stroke(t.lines);
  }
}

/**
 * The far-out picture rasterised once at one scale, for when the whole board is about a screen or
 * two: panning then copies one bitmap instead of filling every shape of the board each frame, and
 * a zoom scales it until it is drawn again at the new scale once the zoom has stopped. Bigger than
 * that, a fresh bitmap costs more (allocating and clearing it, then copying it each frame) than
 * drawing the few tiles in view from the paths.
 */
export interface SceneBitmap {
  readonly picture: FarPicture;
  readonly scale: number;
  readonly pixelRatio: number;
  /** Board units the bitmap covers. */
  readonly bounds: Rect;
  /** Drawn in the top left `width` × `height` pixels of `canvas`, which may be larger (it is reused). */
  readonly canvas: HTMLCanvasElement;
  readonly width: number;
  readonly height: number;
}

/** A bitmap is used while it is at most this many screens of pixels. */
export const BITMAP_SCREENS = 2;
export const MAX_BITMAP_SIDE = 4096;

const BITMAP_MARGIN = 20;

/** Whether the board at this scale is small enough on screen for a bitmap of it to pay. */
export function bitmapPays(picture: FarPicture, scale: number, screen: { w: number; h: number }): boolean {
  const b = picture.bounds;
  if (!b) return false;
  const w = (b.w + 2 * BITMAP_MARGIN) * scale;
  const h = (b.h + 2 * BITMAP_MARGIN) * scale;
  return w * h <= BITMAP_SCREENS * screen.w * screen.h;
}

/**
 * The canvas the bitmaps are drawn on, kept from one bitmap to the next: a fresh canvas of a
 * million pixels or more took tens of milliseconds to allocate and clear on its first use, which
 * was most of the redraw after a zoom. It grows with some room, so the sizes a zoom passes through
 * reuse it; `releaseBitmapCanvas` lets it go when the board is no longer drawn from a bitmap.
 */
let bitmapCanvas: HTMLCanvasElement | null = null;

export function releaseBitmapCanvas(): void {
  if (!bitmapCanvas) return;
  bitmapCanvas.width = 0;
  bitmapCanvas.height = 0;
  bitmapCanvas = null;
}

function canvasFor(w: number, h: number): HTMLCanvasElement {
  const c = bitmapCanvas;
  // Reused while it holds the bitmap without being more than twice its size.
  if (c && c.width >= w && c.height >= h && c.width * c.height <= 2 * w * h) return c;
  releaseBitmapCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = Math.min(MAX_BITMAP_SIDE, Math.ceil(w * 1.2));
  canvas.height = Math.min(MAX_BITMAP_SIDE, Math.ceil(h * 1.2));
  return (bitmapCanvas = canvas);
}

export function renderBitmap(picture: FarPicture, scale: number, pixelRatio: number): SceneBitmap | null {
  if (!picture.bounds) return null;
  const bounds = inflate(picture.bounds, BITMAP_MARGIN);
  const k = scale * pixelRatio;
  const w = Math.ceil(bounds.w * k);
  const h = Math.ceil(bounds.h * k);
  if (w <= 0 || h <= 0 || w > MAX_BITMAP_SIDE || h > MAX_BITMAP_SIDE) return null;
  const canvas = canvasFor(w, h);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(k, 0, 0, k, -bounds.x * k, -bounds.y * k);
  drawFar(ctx, picture, bounds, scale);
  return { picture, scale, pixelRatio, bounds, canvas, width: w, height: h };
}
