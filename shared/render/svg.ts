import type { Board } from '../model/board';
import { boardBounds, drawBoard } from '../shapes/drawBoard';
import type { Primitive, Style, Theme } from '../shapes/primitives';
import { LINE_HEIGHT } from '../shapes/text';

/**
 * The SVG backend of the drawing primitives: export and the PDF report draw boards with it, so
 * the printed map is vector and identical to the canvas (renderer/boards/canvas/konvaBackend.ts).
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => String(Math.round(n * 100) / 100);

function styleAttrs(s: Style): string {
  const parts = [`fill="${s.fill ? esc(s.fill) : 'none'}"`];
  if (s.stroke) {
    parts.push(`stroke="${esc(s.stroke)}"`, `stroke-width="${num(s.strokeWidth ?? 1)}"`, 'stroke-linejoin="round"');
    if (s.dash && s.dash.length > 0) parts.push(`stroke-dasharray="${s.dash.map(num).join(' ')}"`);
  }
  if (s.opacity !== undefined && s.opacity < 1) parts.push(`opacity="${num(s.opacity)}"`);
  return parts.join(' ');
}

export function primitiveToSvg(p: Primitive, theme: Theme): string {
  switch (p.kind) {
    case 'rect':
      return `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}"${p.radius ? ` rx="${num(p.radius)}"` : ''} ${styleAttrs(p)}/>`;
    case 'ellipse':
      return `<ellipse cx="${num(p.cx)}" cy="${num(p.cy)}" rx="${num(p.rx)}" ry="${num(p.ry)}" ${styleAttrs(p)}/>`;
    case 'polyline': {
      const tag = p.closed ? 'polygon' : 'polyline';
      const pts = [];
      for (let i = 0; i + 1 < p.points.length; i += 2) pts.push(`${num(p.points[i]!)},${num(p.points[i + 1]!)}`);
      return `<${tag} points="${pts.join(' ')}" ${styleAttrs(p)}/>`;
    }
    case 'path':
      return `<path d="${esc(p.d)}" ${styleAttrs(p)}/>`;
    case 'text': {
      const { x: cx, y: cy } = { x: p.x + p.w / 2, y: p.y + p.h / 2 };
      // Lay the lines out in an unrotated box, then rotate the group for vertical titles.
      const w = p.vertical ? p.h : p.w;
      const h = p.vertical ? p.w : p.h;
      const left = cx - w / 2;
      const top = cy - h / 2;
      const lineH = p.fontSize * LINE_HEIGHT;
      const block = p.lines.length * lineH;
      const y0 = p.valign === 'top' ? top : p.valign === 'bottom' ? top + h - block : top + (h - block) / 2;
      const anchor = p.align === 'left' ? 'start' : p.align === 'right' ? 'end' : 'middle';
      const x = p.align === 'left' ? left : p.align === 'right' ? left + w : left + w / 2;
      const tspans = p.lines
        .map((line, i) => `<tspan x="${num(x)}" y="${num(y0 + i * lineH + lineH / 2)}">${esc(line)}</tspan>`)
        .join('');
      const rotate = p.vertical ? ` transform="rotate(-90 ${num(cx)} ${num(cy)})"` : '';
      return `<text font-family="${esc(theme.fontFamily)}" font-size="${num(p.fontSize)}" font-weight="${p.fontWeight}" fill="${esc(p.color)}" text-anchor="${anchor}" dominant-baseline="central"${rotate}>${tspans}</text>`;
    }
  }
}

export function primitivesToSvg(primitives: Primitive[], theme: Theme): string {
  return primitives.map((p) => primitiveToSvg(p, theme)).join('\n');
}

/** A whole board as a standalone SVG document, cropped to its content with a margin. */
export function boardToSvg(board: Board, theme: Theme, margin = 24): string {
  const bounds = boardBounds(board) ?? { x: 0, y: 0, w: 100, h: 100 };
  const x = bounds.x - margin;
  const y = bounds.y - margin;
  const w = bounds.w + 2 * margin;
  const h = bounds.h + 2 * margin;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" width="${num(w)}" height="${num(h)}">`,
    `<title>${esc(board.name)}</title>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${esc(theme.paper)}"/>`,
    primitivesToSvg(drawBoard(board, theme), theme),
    '</svg>',
  ].join('\n');
}
