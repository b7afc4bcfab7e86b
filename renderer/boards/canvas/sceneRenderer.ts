import type { Connector, Shape } from '../../../shared/model/board';
import { drawConnector } from '../../../shared/shapes/connectors';
import { drawShape } from '../../../shared/shapes/drawBoard';
import type { Point, Rect } from '../../../shared/shapes/geometry';
import type { Primitive, Theme } from '../../../shared/shapes/primitives';
import { shapeModule } from '../../../shared/shapes/registry';
import type { BoardIndex, RoutedConnector } from '../../editor/board/spatialIndex';
import { drawPrimitives, resetContextMemo } from './konvaBackend';

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
 * A bitmap of the whole board at one zoom level, for when it is zoomed out far enough that the
 * whole board fits a few screens: panning then only moves the picture, and zooming scales it until
 * the canvas redraws it sharp once the movement stops.
 */
export interface SceneBitmap {
  index: BoardIndex;
  /** The index's version it was drawn from (the index updates in place as shapes move). */
  version: number;
  scale: number;
  bounds: Rect;
  canvas: HTMLCanvasElement;
  hiddenKey: string;
}

export const MAX_BITMAP_SIDE = 4096;

export function renderBitmap(index: BoardIndex, bounds: Rect, scale: number, pixelRatio: number, options: SceneOptions): SceneBitmap | null {
  const w = Math.ceil(bounds.w * scale * pixelRatio);
  const h = Math.ceil(bounds.h * scale * pixelRatio);
  if (w <= 0 || h <= 0 || w > MAX_BITMAP_SIDE || h > MAX_BITMAP_SIDE) return null;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  resetContextMemo(ctx);
  ctx.setTransform(scale * pixelRatio, 0, 0, scale * pixelRatio, -bounds.x * scale * pixelRatio, -bounds.y * scale * pixelRatio);
  const all = index.inView(bounds);
  drawContent(ctx, all.shapes, all.connectors, { ...options, scale });
  return { index, version: index.version, scale, bounds, canvas, hiddenKey: [...options.hidden].sort().join(',') };
}
