import { describe, expect, it } from 'vitest';
import { boardPrimitivesSvg } from '../../../../shared/report/boardSvg';
import { defaultTheme, type Primitive, type TextPrimitive } from '../../../../shared/shapes/primitives';

const label = (x: number, text: string): TextPrimitive => ({ kind: 'text', x, y: 0, w: 100, h: 40, lines: [text], fontSize: 14, fontWeight: 'normal', color: '#111', align: 'center', valign: 'middle' });
const box = (x: number): Primitive => ({ kind: 'rect', x, y: 0, w: 100, h: 40, fill: '#fff3a3', stroke: '#333', strokeWidth: 1 });

describe('board labels for printing', () => {
  it('gathers the labels of shapes side by side into one text element', () => {
    const svg = boardPrimitivesSvg([box(0), label(0, 'Ett'), box(200), label(200, 'Två')], defaultTheme);
    expect(svg.match(/<text/g)).toHaveLength(1);
    expect(svg).toContain('>Ett</tspan>');
    expect(svg).toContain('>Två</tspan>');
  });

  it('writes a label out before a shape that covers it, so the shape on top still hides it', () => {
    const svg = boardPrimitivesSvg([box(0), label(0, 'Under'), box(50), label(50, 'Over')], defaultTheme);
    expect(svg.match(/<text/g)).toHaveLength(2);
    expect(svg.indexOf('Under')).toBeLessThan(svg.lastIndexOf('<rect'));
    expect(svg.indexOf('Over')).toBeGreaterThan(svg.lastIndexOf('<rect'));
  });

  it('keeps a vertical lane title as a rotated text of its own', () => {
    const svg = boardPrimitivesSvg([{ ...label(0, 'Handläggare'), vertical: true }], defaultTheme);
    expect(svg).toContain('transform="rotate(-90');
  });
});
