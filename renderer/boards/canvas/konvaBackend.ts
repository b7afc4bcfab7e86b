import type { Primitive, Style, Theme } from '../../../shared/shapes/primitives';
import { LINE_HEIGHT } from '../../../shared/shapes/text';

/**
 * The Konva backend of the drawing primitives. Konva hands each scene shape's `sceneFunc` a
 * context already transformed by the stage's pan and zoom; we draw primitives on its native 2D
 * context directly — one Konva node per layer instead of one per shape, which is what keeps
 * thousands of shapes smooth. shared/render/svg.ts draws the same primitives for export.
 */
const paths = new Map<string, Path2D>();

/** Path2D objects for path data, reused between frames (shapes are immutable, so is their data). */
function pathOf(d: string): Path2D {
  let p = paths.get(d);
  if (!p) {
    if (paths.size > 20_000) paths.clear();
    p = new Path2D(d);
    paths.set(d, p);
  }
  return p;
}

/**
 * Canvas state changes are not free (setting `font` parses a CSS string, `setLineDash` allocates),
 * so the backend remembers what it last set on each context and skips repeats.
 */
interface ContextMemo {
  font: string;
  dashed: boolean;
}
const memos = new WeakMap<CanvasRenderingContext2D, ContextMemo>();

function memoOf(ctx: CanvasRenderingContext2D): ContextMemo {
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = { font: '', dashed: true }));
  return m;
}

/** Forget what was set: Konva may have changed the context between frames. */
export function resetContextMemo(ctx: CanvasRenderingContext2D): void {
  memos.delete(ctx);
}

function paint(ctx: CanvasRenderingContext2D, s: Style, path?: Path2D): void {
  const alpha = s.opacity ?? 1;
  if (alpha !== 1) ctx.globalAlpha = alpha;
  if (s.fill) {
    ctx.fillStyle = s.fill;
    if (path) ctx.fill(path);
    else ctx.fill();
  }
  if (s.stroke) {
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth ?? 1;
    const memo = memoOf(ctx);
    const dashed = !!s.dash && s.dash.length > 0;
    if (dashed || memo.dashed) {
      ctx.setLineDash(s.dash ?? []);
      memo.dashed = dashed;
    }
    if (path) ctx.stroke(path);
    else ctx.stroke();
  }
  if (alpha !== 1) ctx.globalAlpha = 1;
}

export function drawPrimitive(ctx: CanvasRenderingContext2D, p: Primitive, theme: Theme): void {
  switch (p.kind) {
    case 'rect':
      ctx.beginPath();
      if (p.radius) ctx.roundRect(p.x, p.y, p.w, p.h, Math.min(p.radius, p.w / 2, p.h / 2));
      else ctx.rect(p.x, p.y, p.w, p.h);
      paint(ctx, p);
      return;
    case 'ellipse':
      ctx.beginPath();
      ctx.ellipse(p.cx, p.cy, p.rx, p.ry, 0, 0, Math.PI * 2);
      paint(ctx, p);
      return;
    case 'polyline':
      ctx.beginPath();
      ctx.moveTo(p.points[0] ?? 0, p.points[1] ?? 0);
      for (let i = 2; i + 1 < p.points.length; i += 2) ctx.lineTo(p.points[i]!, p.points[i + 1]!);
      if (p.closed) ctx.closePath();
      paint(ctx, p);
      return;
    case 'path':
      paint(ctx, p, pathOf(p.d));
      return;
    case 'text':
      drawText(ctx, p, theme);
      return;
  }
}

function drawText(ctx: CanvasRenderingContext2D, p: Extract<Primitive, { kind: 'text' }>, theme: Theme): void {
  const cx = p.x + p.w / 2;
  const cy = p.y + p.h / 2;
  const w = p.vertical ? p.h : p.w;
  const h = p.vertical ? p.w : p.h;
  if (p.vertical) {
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate(-Math.PI / 2);
    ctx.translate(-cx, -cy);
  }
  const memo = memoOf(ctx);
  const font = `${p.fontWeight === 'bold' ? '600' : '400'} ${p.fontSize}px ${theme.fontFamily}`;
  if (memo.font !== font) {
    ctx.font = font;
    memo.font = font;
  }
  ctx.fillStyle = p.color;
  ctx.textBaseline = 'middle';
  ctx.textAlign = p.align;
  const left = cx - w / 2;
  const top = cy - h / 2;
  const lineH = p.fontSize * LINE_HEIGHT;
  const block = p.lines.length * lineH;
  const y0 = p.valign === 'top' ? top : p.valign === 'bottom' ? top + h - block : top + (h - block) / 2;
  const x = p.align === 'left' ? left : p.align === 'right' ? left + w : left + w / 2;
  p.lines.forEach((line, i) => ctx.fillText(line, x, y0 + i * lineH + lineH / 2));
  if (p.vertical) {
    ctx.restore();
    // restore() brings back the font from before save(): forget ours.
    memo.font = '';
    memo.dashed = true;
  }
}

/** Draws primitives; call `resetContextMemo` once at the start of each layer draw. */
export function drawPrimitives(ctx: CanvasRenderingContext2D, primitives: readonly Primitive[], theme: Theme): void {
  for (const p of primitives) drawPrimitive(ctx, p, theme);
}
