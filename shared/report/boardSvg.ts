import { primitiveToSvg } from '../render/svg';
import type { Rect } from '../shapes/geometry';
import type { Primitive, Theme } from '../shapes/primitives';
import { esc } from './html';

/**
 * A board's primitives as SVG for the report, drawn by shared/render/svg.ts, with one change for
 * printing: the labels are gathered into as few <text> elements as the drawing order allows.
 * Chromium spends over a millisecond per <text> element when it prints, so a 2,000-shape map
 * took seconds; as lines (<tspan>s) of one <text> they cost next to nothing. Order is kept: the
 * gathered labels are written out before anything drawn over one of them, so a sticky on top of
 * another still hides the label beneath, as on the canvas.
 */
const SINGLE_TEXT = /^<text font-family="[^"]*" font-size="([^"]*)" font-weight="([^"]*)" fill="([^"]*)" text-anchor="([^"]*)" dominant-baseline="central">((?:<tspan x="[^"]*" y="[^"]*">[^<]*<\/tspan>)*)<\/text>$/;

export function boardPrimitivesSvg(primitives: readonly Primitive[], theme: Theme): string {
  const out: string[] = [];
  let pending: { box: Rect; spans: string }[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    out.push(`<text font-family="${esc(theme.fontFamily)}" dominant-baseline="central">${pending.map((p) => p.spans).join('')}</text>`);
    pending = [];
  };
  for (const p of primitives) {
    const svg = primitiveToSvg(p, theme);
    const match = p.kind === 'text' && !p.vertical ? SINGLE_TEXT.exec(svg) : null;
    if (match && p.kind === 'text') {
      const [, size, weight, fill, anchor, spans] = match;
      pending.push({ box: { x: p.x, y: p.y, w: p.w, h: p.h }, spans: spans!.replace(/<tspan /g, `<tspan font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}" `) });
      continue;
    }
    const box = boxOf(p);
    if (box === null || pending.some((t) => overlaps(t.box, box))) flush();
    out.push(svg);
  }
  flush();
  return out.join('\n');
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The area a primitive covers (its stroke included, roughly); null when it cannot be told. */
function boxOf(p: Primitive): Rect | null {
  const pad = 'strokeWidth' in p && p.strokeWidth ? p.strokeWidth : 1;
  const around = (xs: number[], ys: number[]): Rect | null => {
    if (xs.length === 0 || ys.length === 0) return null;
    const x = Math.min(...xs) - pad;
    const y = Math.min(...ys) - pad;
    return { x, y, w: Math.max(...xs) + pad - x, h: Math.max(...ys) + pad - y };
  };
  switch (p.kind) {
    case 'rect':
    case 'text':
      return around([p.x, p.x + p.w], [p.y, p.y + p.h]);
    case 'ellipse':
      return around([p.cx - p.rx, p.cx + p.rx], [p.cy - p.ry, p.cy + p.ry]);
    case 'polyline':
      return around(
        p.points.filter((_, i) => i % 2 === 0),
        p.points.filter((_, i) => i % 2 === 1),
      );
    case 'path': {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [, command, args] of p.d.matchAll(/([MLQCAZmlqcaz])([^MLQCAZmlqcaz]*)/g)) {
        const n = (args!.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
        if (command === 'A' || command === 'a') {
          // rx ry rotation large-arc sweep x y: the arc stays within twice its radius of its end.
          for (let i = 0; i + 6 < n.length; i += 7) {
            const r = 2 * Math.max(n[i]!, n[i + 1]!);
            xs.push(n[i + 5]! - r, n[i + 5]! + r);
            ys.push(n[i + 6]! - r, n[i + 6]! + r);
          }
        } else {
          for (let i = 0; i + 1 < n.length; i += 2) {
            xs.push(n[i]!);
            ys.push(n[i + 1]!);
          }
        }
      }
      return around(xs, ys);
    }
  }
}
