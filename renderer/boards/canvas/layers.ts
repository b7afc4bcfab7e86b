import type { Context } from 'konva/lib/Context';
import { drawConnector, orthogonalRoute as orthogonal, resolveEnd } from '../../../shared/shapes/connectors';
import { boardBounds, drawShape } from '../../../shared/shapes/drawBoard';
import { inflate, rectFromCorners, type Point, type Rect } from '../../../shared/shapes/geometry';
import { visibleRect } from '../../editor/board/viewport';
import { benchHooks } from './benchHooks';
import type { CanvasController } from './controller';
import { drawPrimitives, resetContextMemo } from './konvaBackend';
import { drawContent, LOD_SCALE, renderBitmap, type SceneBitmap } from './sceneRenderer';

/**
 * What each Konva layer draws. The scene layer holds everything at rest (culled through the
 * R-tree, or one cached bitmap when zoomed far out); the drag layer holds only what is being
 * moved, so a drag repaints a handful of shapes; the overlay holds selection, handles and guides.
 */
const ACCENT = '#0c8599';

let bitmap: SceneBitmap | null = null;
let sharpenTimer: ReturnType<typeof setTimeout> | null = null;

function hiddenIds(c: CanvasController): Set<string> {
  const g = c.gesture;
  if (g.kind === 'move' && g.started) return g.hidden;
  if (g.kind === 'resize') return g.hidden;
  return new Set();
}

export function drawScene(c: CanvasController, context: Context): void {
  drawSceneContent(c, context);
  const bench = benchHooks();
  if (bench) bench.sceneDrawnAt = performance.now();
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
  if (scale < LOD_SCALE && c.board) {
    // Zoomed far out: draw the whole board once into a bitmap and move/scale that while the
    // view changes; redraw it sharp when the zoom has settled.
    const bounds = boardBounds(c.board);
    const hiddenKey = [...hidden].sort().join(',');
    if (bounds) {
      const ratio = context.canvas.getPixelRatio();
      const padded = inflate(bounds, 20);
      const fresh = bitmap && bitmap.index === index && bitmap.hiddenKey === hiddenKey;
      if (!fresh) bitmap = renderBitmap(index, padded, scale, ratio, options);
      else if (bitmap && Math.abs(bitmap.scale - scale) > 1e-9) {
        if (sharpenTimer) clearTimeout(sharpenTimer);
        sharpenTimer = setTimeout(() => {
          bitmap = null;
          c.scene?.batchDraw();
        }, 150);
      }
      if (bitmap) {
        ctx.imageSmoothingEnabled = true;
        ctx.drawImage(bitmap.canvas, bitmap.bounds.x, bitmap.bounds.y, bitmap.bounds.w, bitmap.bounds.h);
        return;
      }
    }
  }
  const view = c.visible;
  const { shapes, connectors } = index.inView(inflate(view, 20 / scale));
  const zooming = zoomSnapshot && zoomSnapshot.index === index && zoomSnapshot.hiddenKey === hiddenKey(hidden) && Math.abs(zoomSnapshot.view.scale - scale) > 1e-9;
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
let zoomSnapshot: { index: unknown; view: { scale: number }; rect: Rect; canvas: HTMLCanvasElement; hiddenKey: string } | null = null;
let zoomTimer: ReturnType<typeof setTimeout> | null = null;
const hiddenKey = (hidden: ReadonlySet<string>) => (hidden.size === 0 ? '' : [...hidden].sort().join(','));

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
 * per zoom gesture, so the frames of the gesture only scale a picture. Far out the whole-board
 * bitmap does this job already.
 */
export function beginZoom(c: CanvasController, before: { x: number; y: number; scale: number }): void {
  const index = c.index;
  const layer = c.scene;
  if (!index || !layer || before.scale < LOD_SCALE) return;
  const key = hiddenKey(hiddenIds(c));
  if (zoomSnapshot && zoomSnapshot.index === index && zoomSnapshot.hiddenKey === key && zoomTimer) return;
  const source = layer.getCanvas()._canvas;
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  zoomSnapshot = { index, view: { scale: before.scale }, rect: visibleRect(before, c.size), canvas: copy, hiddenKey: key };
  scheduleSharpen(c);
}

/** The moving or resized shapes and the connectors that follow them. */
export function drawDragLayer(c: CanvasController, context: Context): void {
  const ctx = context._context;
  resetContextMemo(ctx);
  const g = c.gesture;
  const board = c.board;
  const lookup = c.previewLookup();
  if (!board || !lookup) return;
  if ((g.kind === 'move' && g.started) || g.kind === 'resize') {
    for (const id of g.hidden) {
      const s = lookup(id);
      if (s) drawPrimitives(ctx, drawShape(s, c.theme), c.theme);
    }
    for (const conn of board.connectors) {
      if (!g.hidden.has(conn.id)) continue;
      const a = resolveEnd(conn.from, conn.to, lookup);
      const b = resolveEnd(conn.to, conn.from, lookup);
      if (!a || !b) continue;
      const route = c.routeOf(conn.id);
      if (route) drawPrimitives(ctx, drawConnector(conn, route, c.theme), c.theme);
    }
  }
  if (g.kind === 'connect') {
    // The connector being drawn, as it will be when let go here.
    const to = g.target ? { kind: 'shape' as const, shapeId: g.target.shapeId, port: g.target.port } : { kind: 'point' as const, x: g.current.x, y: g.current.y };
    const preview = { id: 'preview', from: g.reglue ? (g.reglue.which === 'from' ? to : g.from) : g.from, to: g.reglue ? (g.reglue.which === 'from' ? g.from : to) : to, routing: 'orthogonal' as const, arrows: 'end' as const, label: '' };
    const existing = g.reglue ? board.connectors.find((x) => x.id === g.reglue!.id) : null;
    const conn = existing ? { ...existing, from: preview.from, to: preview.to } : preview;
    const a = resolveEnd(conn.from, conn.to, lookup);
    const b = resolveEnd(conn.to, conn.from, lookup);
    if (a && b) {
      const route = conn.routing === 'straight' ? [a.point, b.point] : orthogonal(a, b);
      ctx.globalAlpha = 0.85;
      drawPrimitives(ctx, drawConnector(conn, route, { ...c.theme, line: ACCENT }), c.theme);
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
      const r = g.kind === 'resize' && g.id === id ? g.rect : shape;
      ctx.strokeRect(r.x - px(3), r.y - px(3), r.w + px(6), r.h + px(6));
      if (shape.locked) drawLock(ctx, r.x + r.w, r.y, px);
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
  // Resize handles of the one selected shape.
  const single = c.singleShape;
  if (single && g.kind !== 'move' && !c.readOnly) {
    const r = g.kind === 'resize' ? g.rect : single;
    for (const h of c.handleRects(r)) {
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = ACCENT;
      ctx.fillRect(h.rect.x, h.rect.y, h.rect.w, h.rect.h);
      ctx.strokeRect(h.rect.x, h.rect.y, h.rect.w, h.rect.h);
    }
  }
  // Connection handles on the hovered or selected shape.
  if (g.kind === 'idle' && !c.readOnly) {
    const ids = new Set([c.hover.shapeId, ...(c.ui.selection.length === 1 ? c.ui.selection : [])].filter((x): x is string => !!x));
    for (const id of ids) {
      const shape = index.shapes.get(id);
      if (!shape || shape.type === 'swimlane') continue;
      for (const h of c.portHandles(shape)) dot(ctx, h.point, px(5), ACCENT, '#ffffff', px);
    }
    for (const end of c.connectorEnds()) dot(ctx, end.point, px(5), '#ffffff', ACCENT, px);
  }
  if (g.kind === 'connect' && g.target) {
    const shape = index.shapes.get(g.target.shapeId);
    if (shape) {
      ctx.strokeStyle = ACCENT;
      ctx.lineWidth = px(2);
      ctx.strokeRect(shape.x - px(4), shape.y - px(4), shape.w + px(8), shape.h + px(8));
      const end = resolveEnd({ kind: 'shape', shapeId: shape.id, port: g.target.port }, { kind: 'point', x: g.current.x, y: g.current.y }, (id) => index.shapes.get(id));
      if (end) dot(ctx, end.point, px(6), ACCENT, '#ffffff', px);
    }
  }
  // Smart guides and spacing.
  if (g.kind === 'move') {
    for (const guide of g.guides) {
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
  }
  if (g.kind === 'marquee') {
    const r = rectFromCorners(g.start, g.current);
    ctx.fillStyle = 'rgba(12, 133, 153, 0.08)';
    ctx.strokeStyle = ACCENT;
    ctx.lineWidth = px(1);
    ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.strokeRect(r.x, r.y, r.w, r.h);
  }
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
