import type { Context } from 'konva/lib/Context';
import { drawConnector, resolveEnd, routeConnector } from '../../../shared/shapes/connectors';
import { drawShape } from '../../../shared/shapes/drawBoard';
import { inflate, type Point, type Rect, type Side } from '../../../shared/shapes/geometry';
import { visibleRect } from '../../editor/board/viewport';
import type { CanvasController } from './controller';
import { connectorEnds, decoratedShapes, handleRects, hoverArrows, portHandles, SCREEN } from './hits';
import { instrumentation } from './instrumentation';
import { drawPrimitives, resetContextMemo } from './konvaBackend';
import { bitmapPays, drawContent, drawFar, farPicture, hiddenKeyOf, LOD_SCALE, releaseBitmapCanvas, renderBitmap, type SceneBitmap } from './sceneRenderer';

/**
 * What each Konva layer draws. The scene layer holds everything at rest (culled through the
 * R-tree; zoomed far out, the whole board's cached paths or a bitmap of them); the drag layer
 * holds only what is being moved, so a drag repaints a handful of shapes; the overlay holds
 * selection, handles and guides.
 */
const ACCENT = '#0c8599';

let bitmap: SceneBitmap | null = null;
let sharpenTimer: ReturnType<typeof setTimeout> | null = null;

/** The board is drawn without a bitmap: its canvas's memory goes. */
function dropBitmap(): void {
  bitmap = null;
  if (sharpenTimer) clearTimeout(sharpenTimer);
  sharpenTimer = null;
  releaseBitmapCanvas();
}

const NOTHING: ReadonlySet<string> = new Set();
const hiddenIds = (c: CanvasController): ReadonlySet<string> => c.gesture.hidden ?? NOTHING;

export function drawScene(c: CanvasController, context: Context): void {
  const started = performance.now();
  drawSceneContent(c, context);
  instrumentation.sceneDrawn(started);
}

/**
 * The dotted paper under the board. The dots of one zoom level are drawn once into a bitmap one
 * cell larger than the screen; each frame blits it at the pan offset (modulo one cell), which is
 * far cheaper than filling a pattern. Zoom frames show the scaled snapshot instead.
 */
let paper: { canvas: HTMLCanvasElement; step: number; w: number; h: number; ratio: number } | null = null;

function drawPaper(c: CanvasController, ctx: CanvasRenderingContext2D, ratio: number): void {
  const step = 20 * c.view.scale;
  if (c.presenting || step < 8) return;
  const w = c.size.w + step;
  const h = c.size.h + step;
  if (!paper || paper.step !== step || paper.w !== w || paper.h !== h || paper.ratio !== ratio) {
    const canvas = paper?.canvas ?? document.createElement('canvas');
    canvas.width = Math.ceil(w * ratio);
    canvas.height = Math.ceil(h * ratio);
    const t = canvas.getContext('2d');
    if (!t) return;
    t.clearRect(0, 0, canvas.width, canvas.height);
    t.fillStyle = '#cfd6dd';
    const size = Math.max(1, Math.round(1.6 * ratio));
    for (let x = step; x < w; x += step) for (let y = step; y < h; y += step) t.fillRect(Math.round(x * ratio) - size / 2, Math.round(y * ratio) - size / 2, size, size);
    paper = { canvas, step, w, h, ratio };
  }
  const mod = (a: number) => ((a % step) + step) % step;
  // Whole device pixels and no smoothing: a straight copy, not a resampled image.
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(paper.canvas, Math.round((mod(c.view.x) - step) * ratio), Math.round((mod(c.view.y) - step) * ratio));
  ctx.restore();
}

function drawSceneContent(c: CanvasController, context: Context): void {
  const ctx = context._context;
  resetContextMemo(ctx);
  const index = c.index;
  if (!index) return;
  const hidden = hiddenIds(c);
  const scale = c.view.scale;
  const options = { scale, theme: c.theme, hidden };
  if (scale < LOD_SCALE) {
    // Zoomed far out: the whole board's paths, built once per state of the board. While the board
    // is a screen or two, they are rasterised once into a bitmap that pans and zooms as a picture
    // (drawn again at the new scale when a zoom stops); bigger, the tiles in view are drawn from
    // the paths each frame, sharp at every scale.
    const picture = farPicture(index, c.theme, hidden);
    const ratio = context.canvas.getPixelRatio();
    if (bitmapPays(picture, scale, c.size)) {
      if (!bitmap || bitmap.picture !== picture || bitmap.pixelRatio !== ratio) bitmap = renderBitmap(picture, scale, ratio);
      else if (Math.abs(bitmap.scale - scale) > 1e-9) {
        if (sharpenTimer) clearTimeout(sharpenTimer);
        sharpenTimer = setTimeout(() => {
          sharpenTimer = null;
          bitmap = null;
          c.scene?.batchDraw();
        }, 150);
      }
      if (bitmap) {
        ctx.imageSmoothingEnabled = true;
        const b = bitmap.bounds;
        const k = bitmap.scale * bitmap.pixelRatio;
        ctx.drawImage(bitmap.canvas, 0, 0, bitmap.width, bitmap.height, b.x, b.y, bitmap.width / k, bitmap.height / k);
        return;
      }
    } else dropBitmap();
    drawFar(ctx, picture, inflate(c.visible, 20 / scale), scale);
    return;
  }
  dropBitmap();
  const view = c.visible;
  const { shapes, connectors } = index.inView(inflate(view, 20 / scale));
  const zooming = zoomSnapshot && zoomSnapshot.index === index && zoomSnapshot.version === index.version && zoomSnapshot.hiddenKey === hiddenKeyOf(hidden) && Math.abs(zoomSnapshot.view.scale - scale) > 1e-9;
  if (zooming && zoomSnapshot) {
    // While the zoom is moving, the last sharp picture is scaled (text would otherwise be laid out
    // and rasterised at a new size every frame); the edges it does not cover get plain boxes.
    drawContent(ctx, shapes, connectors, { ...options, simplified: true });
    const r = zoomSnapshot.rect;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(zoomSnapshot.canvas, r.x, r.y, r.w, r.h);
    scheduleSharpen(c);
    return;
  }
  drawPaper(c, ctx, context.canvas.getPixelRatio());
  drawContent(ctx, shapes, connectors, options);
}

/** The last sharp picture of the scene, scaled while a zoom is moving. */
let zoomSnapshot: { index: unknown; version: number; view: { scale: number }; rect: Rect; canvas: HTMLCanvasElement; hiddenKey: string } | null = null;
let zoomTimer: ReturnType<typeof setTimeout> | null = null;

function scheduleSharpen(c: CanvasController): void {
  if (zoomTimer) clearTimeout(zoomTimer);
  zoomTimer = setTimeout(() => {
    zoomTimer = null;
    zoomSnapshot = null;
    c.scene?.batchDraw();
  }, 150);
}

/**
 * Called when the zoom changes: keeps a copy of the scene as it was last drawn (at `before`), once
 * per zoom gesture, so the frames of the gesture only scale a picture. Far out there is nothing
 * to keep: the board's cached paths draw each frame sharp.
 */
export function beginZoom(c: CanvasController, before: { x: number; y: number; scale: number }): void {
  const index = c.index;
  const layer = c.scene;
  if (!index || !layer || before.scale < LOD_SCALE) return;
  const key = hiddenKeyOf(hiddenIds(c));
  if (zoomSnapshot && zoomSnapshot.index === index && zoomSnapshot.version === index.version && zoomSnapshot.hiddenKey === key && zoomTimer) return;
  const source = layer.getCanvas()._canvas;
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  zoomSnapshot = { index, version: index.version, view: { scale: before.scale }, rect: visibleRect(before, c.size), canvas: copy, hiddenKey: key };
  scheduleSharpen(c);
}

/** The moving or resized shapes and the connectors that follow them; the connector being drawn. */
export function drawDragLayer(c: CanvasController, context: Context): void {
  const ctx = context._context;
  resetContextMemo(ctx);
  const g = c.gesture;
  const index = c.index;
  const lookup = c.previewLookup();
  if (!index || !lookup) return;
  const obstacles = c.previewObstacles();
  for (const id of g.hidden ?? NOTHING) {
    const s = lookup(id);
    if (s && index.shapes.has(id)) {
      drawPrimitives(ctx, drawShape(s, c.theme), c.theme);
      continue;
    }
    const conn = index.routes.get(id)?.connector;
    const route = conn ? routeConnector(conn, lookup, obstacles) : null;
    if (conn && route) drawPrimitives(ctx, drawConnector(conn, route, c.theme), c.theme);
  }
  const drawing = g.connecting;
  if (drawing) {
    // The connector being drawn, as it will be when let go here.
    const route = routeConnector(drawing.connector, lookup, obstacles);
    if (route) {
      ctx.globalAlpha = 0.85;
      drawPrimitives(ctx, drawConnector(drawing.connector, route, { ...c.theme, line: ACCENT }), c.theme);
      ctx.globalAlpha = 1;
    }
  }
}

export function drawOverlay(c: CanvasController, context: Context): void {
  const ctx = context._context;
  const index = c.index;
  if (!index || c.presenting) return;
  const s = c.view.scale;
  const px = (n: number) => n / s;
  const g = c.gesture;
  const lookup = c.previewLookup();
  ctx.lineWidth = px(1.5);
  ctx.setLineDash([]);
  // Selection outlines.
  for (const id of c.ui.selection) {
    const shape = lookup?.(id);
    if (shape) {
      ctx.strokeStyle = shape.locked ? '#868e96' : ACCENT;
      ctx.setLineDash(shape.locked ? [px(4), px(3)] : []);
      ctx.strokeRect(shape.x - px(3), shape.y - px(3), shape.w + px(6), shape.h + px(6));
      if (shape.locked) drawLock(ctx, shape.x + shape.w, shape.y, px);
      continue;
    }
    const route = c.routeOf(id);
    if (route) {
      ctx.strokeStyle = ACCENT;
      ctx.globalAlpha = 0.35;
      ctx.lineWidth = px(6);
      ctx.beginPath();
      route.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.lineWidth = px(1.5);
    }
  }
  ctx.setLineDash([]);
  // Resize handles of the selection's box (one shape, or several scaled together).
  const box = c.selectionBox;
  if (box && !g.hidesHandles && !c.readOnly) {
    const r = g.selectionRect ?? box.rect;
    if (box.ids.length > 1) {
      ctx.strokeStyle = ACCENT;
      ctx.lineWidth = px(1);
      ctx.setLineDash([px(4), px(3)]);
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      ctx.setLineDash([]);
      ctx.lineWidth = px(1.5);
    }
    for (const h of handleRects(c, r)) {
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = ACCENT;
      ctx.fillRect(h.rect.x, h.rect.y, h.rect.w, h.rect.h);
      ctx.strokeRect(h.rect.x, h.rect.y, h.rect.w, h.rect.h);
    }
  }
  // Connection dots and hover arrows on the hovered (or the one selected) shape.
  if (g.kind === 'idle') {
    for (const shape of decoratedShapes(c)) {
      for (const h of portHandles(c, shape)) dot(ctx, h.point, px(SCREEN.dot), ACCENT, '#ffffff', px);
      if (shape.id === c.hover.shapeId) for (const a of hoverArrows(c, shape)) arrow(ctx, a.point, a.side, px);
    }
    if (!c.readOnly) for (const end of connectorEnds(c)) dot(ctx, end.point, px(SCREEN.dot), '#ffffff', ACCENT, px);
  }
  const drawing = g.connecting;
  if (drawing?.target) {
    const shape = index.shapes.get(drawing.target.shapeId);
    if (shape) {
      ctx.strokeStyle = ACCENT;
      ctx.lineWidth = px(2);
      ctx.strokeRect(shape.x - px(4), shape.y - px(4), shape.w + px(8), shape.h + px(8));
      const end = resolveEnd({ kind: 'shape', shapeId: shape.id, port: drawing.target.port }, { kind: 'point', x: drawing.current.x, y: drawing.current.y }, (id) => index.shapes.get(id));
      if (end) dot(ctx, end.point, px(6), ACCENT, '#ffffff', px);
    }
  }
  // Smart guides and spacing.
  for (const guide of g.guides ?? []) {
    ctx.strokeStyle = guide.kind === 'edge' ? '#e8590c' : '#d6336c';
    ctx.lineWidth = px(1);
    ctx.setLineDash(guide.kind === 'edge' ? [px(4), px(3)] : []);
    ctx.beginPath();
    if (guide.axis === 'x') {
      ctx.moveTo(guide.at, guide.from - px(8));
      ctx.lineTo(guide.at, guide.to + px(8));
    } else {
      ctx.moveTo(guide.from - px(8), guide.at);
      ctx.lineTo(guide.to + px(8), guide.at);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  const m = g.marquee;
  if (m) {
    ctx.fillStyle = 'rgba(12, 133, 153, 0.08)';
    ctx.strokeStyle = ACCENT;
    ctx.lineWidth = px(1);
    ctx.fillRect(m.x, m.y, m.w, m.h);
    ctx.strokeRect(m.x, m.y, m.w, m.h);
  }
}

/** A hover arrow: a small triangle pointing away from the shape, in screen-constant size. */
function arrow(ctx: CanvasRenderingContext2D, p: Point, side: Side, px: (n: number) => number): void {
  const dir = { top: [0, -1], right: [1, 0], bottom: [0, 1], left: [-1, 0] }[side];
  const [dx, dy] = dir as [number, number];
  const len = px(9);
  const half = px(7);
  ctx.beginPath();
  ctx.moveTo(p.x + dx * len, p.y + dy * len);
  ctx.lineTo(p.x - dx * len * 0.6 - dy * half, p.y - dy * len * 0.6 + dx * half);
  ctx.lineTo(p.x - dx * len * 0.6 + dy * half, p.y - dy * len * 0.6 - dx * half);
  ctx.closePath();
  ctx.fillStyle = 'rgba(12, 133, 153, 0.55)';
  ctx.fill();
}

function dot(ctx: CanvasRenderingContext2D, p: Point, r: number, fill: string, stroke: string, px: (n: number) => number): void {
  ctx.beginPath();
  ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = px(1.5);
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

function drawLock(ctx: CanvasRenderingContext2D, x: number, y: number, px: (n: number) => number): void {
  ctx.fillStyle = '#868e96';
  ctx.beginPath();
  ctx.roundRect(x - px(6), y - px(18), px(12), px(10), px(2));
  ctx.fill();
  ctx.strokeStyle = '#868e96';
  ctx.lineWidth = px(1.5);
  ctx.beginPath();
  ctx.arc(x, y - px(18), px(3.5), Math.PI, 0);
  ctx.stroke();
}
