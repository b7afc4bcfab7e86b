import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../../shared/model/load';
import { Shape } from '../../../../shared/model/board';
import { boardToSvg } from '../../../../shared/render/svg';
import { drawBoard } from '../../../../shared/shapes/drawBoard';
import { defaultTheme } from '../../../../shared/shapes/primitives';
import { shapeModule, shapeModules } from '../../../../shared/shapes/registry';
import { laneRects } from '../../../../shared/shapes/swimlane';
import { fitText, wrapText, textWidth } from '../../../../shared/shapes/text';

const fixture = readFileSync(fileURLToPath(new URL('../../../fixtures/v2/boards.verkstad', import.meta.url)), 'utf8');

function sample(type: string, text = 'Registrera ärendet') {
  const m = shapeModule(type);
  return { id: 'a', type, x: 10, y: 20, ...m.defaultSize, text, locked: false, props: m.defaultProps() };
}

describe('the shape modules', () => {
  it('offer the whole process-map palette', () => {
    expect(shapeModules.map((m) => m.type).slice(0, 10)).toEqual(['startEnd', 'activity', 'decision', 'document', 'data', 'subProcess', 'wait', 'sticky', 'text', 'swimlane']);
  });

  for (const m of shapeModules) {
    it(`${m.type}: a new shape with the defaults is a valid record`, () => {
      expect(Shape.safeParse(sample(m.type)).success).toBe(true);
    });

    it(`${m.type}: draws an outline or a label inside its box`, () => {
      const s = sample(m.type);
      const primitives = m.draw(s as never, defaultTheme);
      expect(primitives.length).toBeGreaterThan(0);
      for (const p of primitives) {
        if (p.kind === 'rect' || p.kind === 'text') {
          expect(p.x).toBeGreaterThanOrEqual(s.x - 0.01);
          expect(p.x + p.w).toBeLessThanOrEqual(s.x + s.w + 3);
        }
      }
      expect(primitives.some((p) => p.kind === 'text' && p.lines.join(' ').includes('Registrera'))).toBe(true);
    });

    it(`${m.type}: has four ports on its box`, () => {
      const ports = m.ports(sample(m.type) as never);
      expect(ports.map((p) => p.id)).toEqual(['top', 'right', 'bottom', 'left']);
    });
  }

  it('refuses a sticky in a colour that does not exist', () => {
    expect(Shape.safeParse({ ...sample('sticky'), props: { color: 'mauve' } }).success).toBe(false);
  });

  it('refuses a shape type nobody knows', () => {
    expect(Shape.safeParse({ ...sample('activity'), type: 'hexagon' }).success).toBe(false);
  });

  it('a decision is hit inside its diamond, not in the corners of its box', () => {
    const d = sample('decision');
    const m = shapeModule('decision');
    expect(m.hitTest?.(d as never, { x: d.x + d.w / 2, y: d.y + d.h / 2 })).toBe(true);
    expect(m.hitTest?.(d as never, { x: d.x + 2, y: d.y + 2 })).toBe(false);
  });

  it('stacks a horizontal pool’s lanes top to bottom after the title band', () => {
    const pool = sample('swimlane') as never as Parameters<typeof laneRects>[0];
    const rects = laneRects(pool);
    expect(rects).toHaveLength(3);
    expect(rects[1]!.rect.y).toBe(rects[0]!.rect.y + rects[0]!.rect.h);
    expect(rects[0]!.rect.x).toBeGreaterThan(pool.x);
  });
});

describe('label layout', () => {
  it('wraps at spaces within the width', () => {
    const lines = wrapText('Begäran om komplettering skickas till sökande', 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
  });

  it('breaks a word longer than the box', () => {
    expect(wrapText('Bygglovshandläggningsprocessen', 60, 14).length).toBeGreaterThan(1);
  });

  it('shrinks the type before it cuts a long label, and marks a cut with an ellipsis', () => {
    const fitted = fitText('ett två tre fyra fem sex sju åtta nio tio', 80, 40, 16, 10);
    expect(fitted.fontSize).toBeLessThan(16);
    const cut = fitText('ord '.repeat(200), 80, 40, 16, 10);
    expect(cut.lines[cut.lines.length - 1]).toMatch(/…$/);
  });

  it('keeps hard line breaks', () => {
    expect(wrapText('a\nb', 200, 14)).toEqual(['a', 'b']);
  });

  // Measuring each cut against the whole rest of the word made this cubic: 1,000 characters took
  // 7.5 s and 5,000 over two minutes. Linear wrapping does 20,000 well inside the test's time.
  it('a label of one 20,000-character word wraps into pieces that each fit, without hanging', () => {
    const word = 'Bygglovshandläggning'.repeat(1_000);
    const lines = wrapText(word, 120, 14);
    // Each piece but the last ends in the hyphen the break adds.
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
    expect(lines.length).toBeGreaterThan(100);
    const fitted = fitText(word.slice(0, 5_000), 120, 600, 24, 9);
    expect(fitted.lines[fitted.lines.length - 1]).toMatch(/…$/);
  });

  it('never cuts a character made of two UTF-16 units (an emoji) in half', () => {
    const lines = wrapText('🙂'.repeat(40), 30, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.replace(/-$/, '')).toMatch(/^(🙂)+$/u);
  });
});

describe('the SVG backend', () => {
  const opened = parseWorkshopText(fixture);
  if (!opened.ok) throw new Error(opened.detail);
  const board = opened.document.boards[0]!;

  it('draws every shape and connector of the sample board', () => {
    const svg = boardToSvg(board, defaultTheme);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Registrera ärendet');
    expect(svg).toContain('<polygon'); // the decision
    expect(svg).toContain('<path'); // document and wait
    expect(svg).toContain('transform="rotate(-90'); // lane names read bottom to top
    expect((svg.match(/<polyline/g) ?? []).length).toBeGreaterThanOrEqual(board.connectors.length);
  });

  it('escapes text so a label cannot break the document', () => {
    const svg = boardToSvg({ ...board, shapes: [{ ...board.shapes[1]!, text: '<script>&"' }], connectors: [] }, defaultTheme);
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
    expect(svg).not.toContain('<script>');
  });

  it('draws the same primitives the canvas draws', () => {
    const primitives = drawBoard(board, defaultTheme);
    const texts = primitives.filter((p) => p.kind === 'text').length;
    expect((boardToSvg(board, defaultTheme).match(/<text /g) ?? []).length).toBe(texts);
  });
});
