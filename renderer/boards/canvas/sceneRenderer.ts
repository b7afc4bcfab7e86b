import type { Connector, Shape } from '../../../shared/model/board';
import { drawConnector } from '../../../shared/shapes/connectors';
import { drawShape } from '../../../shared/shapes/drawBoard';
import { inflate, intersects, unionOf, type Point, type Rect } from '../../../shared/shapes/geometry';
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

/** The plain boxes and lines of what is in view, drawn as the far-out picture draws a tile. */
function drawSimplified(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], connectors: readonly RoutedConnector[], { theme, hidden, scale }: SceneOptions): void {
  const records: Drawn[] = [];
  for (const s of shapes) if (!hidden.has(s.id)) records.push({ kind: 'shape', record: s });
  for (const c of connectors) if (!hidden.has(c.connector.id)) records.push({ kind: 'connector', record: c });
  if (records.length > 0) drawTiles(ctx, [buildTile(records, theme)], null, theme, scale);
}

/**
 * The whole board as it is drawn zoomed far out, in board coordinates: the lanes, one path per
 * colour, the outlines and the connector lines, cut into square tiles so a view that shows part of
 * the board draws only the tiles it touches. Kept per state of the board (the index and its
 * version, the shapes hidden while dragged, the theme): a frame at any far-out scale only fills
 * and strokes these paths under the view's transform, so every frame is sharp and nothing is
 * rasterised ahead. When the board changes, only the tiles holding what changed are built again.
 */
export interface FarPicture {
  readonly index: BoardIndex;
  readonly version: number;
  readonly hiddenKey: string;
  readonly theme: Theme;
  readonly tiles: readonly FarTile[];
  /** What all of it covers; null when nothing is drawn. */
  readonly bounds: Rect | null;
}

export interface FarTile {
  /** What the tile's paths cover (a shape or route belongs to the tile of its first corner or point). */
  readonly bounds: Rect;
  /** Pools and lanes: filled under everything else. */
  readonly lanes: readonly Rect[];
  readonly fills: ReadonlyMap<string, Path2D>;
  readonly outlines: Path2D;
  readonly lines: Path2D;
}

/** A tile's side in board units: at the LOD scale about a screen, so a far-out view touches a few. */
export const FAR_TILE = 2048;

/** Which shapes and connectors are hidden, as a key (sorted ids). */
export const hiddenKeyOf = (hidden: ReadonlySet<string>): string => (hidden.size === 0 ? '' : [...hidden].sort().join(','));

type Drawn = { kind: 'shape'; record: Shape } | { kind: 'connector'; record: RoutedConnector };

/** What the last picture was built from: where each drawn record went, and the tiles. */
interface FarState {
  readonly index: BoardIndex;
  readonly theme: Theme;
  readonly placed: Map<string, { drawn: Drawn; tile: string }>;
  readonly members: Map<string, Set<string>>;
  readonly tiles: Map<string, FarTile>;
  picture: FarPicture | null;
}

let farState: FarState | null = null;

const tileKey = (x: number, y: number) => `${Math.floor(x / FAR_TILE)},${Math.floor(y / FAR_TILE)}`;

/**
 * The far-out picture of this state of the board: the last one if nothing it depends on changed;
 * for a new version of the same index or another set of hidden shapes, the last one with the tiles
 * of what changed built again; for another index or theme, built from scratch.
 */
export function farPicture(index: BoardIndex, theme: Theme, hidden: ReadonlySet<string>): FarPicture {
  const hiddenKey = hiddenKeyOf(hidden);
  const last = farState?.picture;
  if (last && last.index === index && last.version === index.version && last.hiddenKey === hiddenKey && last.theme === theme) return last;
  let state = farState;
  if (!state || state.index !== index || state.theme !== theme) state = farState = { index, theme, placed: new Map(), members: new Map(), tiles: new Map(), picture: null };
  const { placed, members, tiles } = state;
  const dirty = new Set<string>();
  const remove = (id: string, tile: string) => {
    members.get(tile)?.delete(id);
    placed.delete(id);
    dirty.add(tile);
  };
  const place = (id: string, drawn: Drawn, x: number, y: number) => {
    const tile = tileKey(x, y);
    let m = members.get(tile);
    if (!m) members.set(tile, (m = new Set()));
    m.add(id);
    placed.set(id, { drawn, tile });
    dirty.add(tile);
  };
  let drawn = 0;
  for (const s of index.shapes.values()) {
    const p = placed.get(s.id);
    if (hidden.has(s.id)) {
      if (p) remove(s.id, p.tile);
      continue;
    }
    drawn++;
    if (p && p.drawn.record === s) continue;
    if (p) remove(s.id, p.tile);
    place(s.id, { kind: 'shape', record: s }, s.x, s.y);
  }
  for (const [id, c] of index.routes) {
    const p = placed.get(id);
    const first = c.route[0];
    if (hidden.has(id) || !first) {
      if (p) remove(id, p.tile);
      continue;
    }
    drawn++;
    if (p && p.drawn.record === c) continue;
    if (p) remove(id, p.tile);
    place(id, { kind: 'connector', record: c }, first.x, first.y);
  }
  // Records no longer on the board.
  if (placed.size !== drawn) for (const [id, p] of placed) if (!index.shapes.has(id) && !index.routes.has(id)) remove(id, p.tile);
  for (const key of dirty) {
    const ids = members.get(key);
    if (!ids || ids.size === 0) {
      members.delete(key);
      tiles.delete(key);
    } else tiles.set(key, buildTile([...ids].map((id) => placed.get(id)!.drawn), theme));
  }
  const all = [...tiles.values()];
  const bounds = unionOf(all.map((t) => t.bounds));
  return (state.picture = { index, version: index.version, hiddenKey, theme, tiles: all, bounds });
}

function buildTile(records: Iterable<Drawn>, theme: Theme): FarTile {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const cover = (x1: number, y1: number, x2: number, y2: number) => {
    if (x1 < minX) minX = x1;
    if (y1 < minY) minY = y1;
    if (x2 > maxX) maxX = x2;
    if (y2 > maxY) maxY = y2;
  };
  const lanes: Rect[] = [];
  const fills = new Map<string, Path2D>();
  const outlines = new Path2D();
  const lines = new Path2D();
  for (const d of records) {
    if (d.kind === 'shape') {
      const s = d.record;
      cover(s.x, s.y, s.x + s.w, s.y + s.h);
      outlines.rect(s.x, s.y, s.w, s.h);
      if (shapeModule(s.type).container) {
        lanes.push({ x: s.x, y: s.y, w: s.w, h: s.h });
        continue;
      }
      const colour = lodColour(s, theme);
      let path = fills.get(colour);
      if (!path) fills.set(colour, (path = new Path2D()));
      path.rect(s.x, s.y, s.w, s.h);
    } else {
      const r = d.record.route;
      if (r.length === 0) continue;
      lines.moveTo(r[0]!.x, r[0]!.y);
      for (let i = 1; i < r.length; i++) lines.lineTo(r[i]!.x, r[i]!.y);
      for (const p of r) cover(p.x, p.y, p.x, p.y);
    }
  }
  return { bounds: { x: minX, y: minY, w: maxX - minX, h: maxY - minY }, lanes, fills, outlines, lines };
}

/**
 * Draws the far-out picture's part in `view` (board units) on a context whose transform is the
 * view's: lanes, then the fills, then the outlines and lines one screen pixel wide.
 */
export function drawFar(ctx: CanvasRenderingContext2D, picture: FarPicture, view: Rect, scale: number): void {
  drawTiles(
    ctx,
    picture.tiles.filter((t) => intersects(t.bounds, view)),
    view,
    picture.theme,
    scale,
  );
}

/** Tiles' lanes (those touching `view`; all without one), fills, outlines and lines. */
function drawTiles(ctx: CanvasRenderingContext2D, tiles: readonly FarTile[], view: Rect | null, theme: Theme, scale: number): void {
  ctx.fillStyle = theme.laneFill;
  for (const t of tiles) for (const l of t.lanes) if (!view || intersects(l, view)) ctx.fillRect(l.x, l.y, l.w, l.h);
  for (const t of tiles) {
    for (const [colour, path] of t.fills) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  }
  ctx.strokeStyle = theme.line;
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
