import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartWindow, kpiChartScale } from '../../../../shared/kpi/chartScale';
import { drawKpiChart, drawKpiTile, statusMarker } from '../../../../shared/kpi/drawKpi';
import { boardWords } from '../../../../shared/kpi/words';
import type { TextPrimitive } from '../../../../shared/shapes/primitives';
import { defaultTheme } from '../../../../shared/shapes/primitives';
import { weeklyKpi } from './builders';

const plot = { x: 10, y: 20, w: 200, h: 100 };
const words = boardWords('sv');
const texts = (ps: ReturnType<typeof drawKpiTile>) => ps.filter((p): p is TextPrimitive => p.kind === 'text').flatMap((p) => p.lines);

describe('the KPI chart', () => {
  it('shows the 13 periods up to the latest value, with nice ticks from d3-scale', () => {
    const kpi = weeklyKpi([81.3, 84, 86.7, 92.1]);
    const periods = chartWindow(kpi);
    expect(periods).toHaveLength(13);
    expect(periods.at(-1)).toBe('2026-W11');
    const scale = kpiChartScale(kpi, periods, plot);
    expect(scale.domain).toEqual([80, 95]);
    expect(scale.ticks).toEqual([80, 85, 90, 95]);
  });

  it('includes the target and the red limit even when every value is far from them', () => {
    const scale = kpiChartScale(weeklyKpi([50, 52], { target: 90, tolerance: 5 }), chartWindow(weeklyKpi([50, 52])), plot);
    expect(scale.domain[0]).toBeLessThanOrEqual(50);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(90);
  });

  it('breaks the line at a missing period instead of drawing it through zero', () => {
    const kpi = weeklyKpi([80, 82, null, 85, 86]);
    const lines = drawKpiChart(kpi, { x: 0, y: 0, w: 300, h: 120 }, defaultTheme, words).filter((p) => p.kind === 'polyline' && p.stroke === defaultTheme.ink);
    expect(lines).toHaveLength(2);
  });

  it('marks a text cell with a question mark and does not plot it', () => {
    const kpi = weeklyKpi([80, 'saknas', 85]);
    const prims = drawKpiChart(kpi, { x: 0, y: 0, w: 300, h: 120 }, defaultTheme, words);
    expect(prims.some((p) => p.kind === 'text' && p.lines[0] === '?')).toBe(true);
  });

  it('values a hair apart around zero get a readable axis (found by the property below)', () => {
    const kpi = weeklyKpi([null], { target: -5e-324, tolerance: 5e-324 });
    const scale = kpiChartScale(kpi, chartWindow(kpi, 13, '2026-W11'), plot);
    expect(scale.ticks.length).toBeGreaterThan(1);
    expect(scale.ticks.length).toBeLessThan(20);
    expect(scale.y(-5e-324)).toBeGreaterThanOrEqual(plot.y);
  });

  it('property: every value, the target and every tick lie inside the plot', () => {
    const cell = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), (cells, target, tolerance) => {
        const kpi = weeklyKpi(cells, { target, tolerance });
        const periods = chartWindow(kpi, 13, '2026-W11');
        const scale = kpiChartScale(kpi, periods, plot);
        const inside = (y: number) => y >= plot.y - 1e-6 && y <= plot.y + plot.h + 1e-6;
        for (const v of cells) if (typeof v === 'number' && periods.length > 0) expect(inside(scale.y(v))).toBe(true);
        expect(inside(scale.y(target))).toBe(true);
        for (const tick of scale.ticks) expect(inside(scale.y(tick))).toBe(true);
        expect([...scale.ticks].sort((a, b) => a - b)).toEqual(scale.ticks);
        for (const p of periods) expect(scale.x(p)).toBeGreaterThanOrEqual(plot.x);
      }),
    );
  });
});

describe('the KPI tile: status never by colour alone', () => {
  it('each status has its own marker shape', () => {
    const shapes = (['green', 'yellow', 'red', 'none'] as const).map((s) => {
      const p = statusMarker(s, 0, 0, 10)[0]!;
      return p.kind === 'rect' ? `rect:${p.w / p.h}` : p.kind;
    });
    expect(new Set(shapes).size).toBe(4);
  });

  it('says the status, the value, the target and the trend in words', () => {
    const tile = texts(drawKpiTile(weeklyKpi([91, 89, 86, 84, 82.5]), { x: 0, y: 0, w: 320, h: 260 }, defaultTheme, { words, meetingDate: '2026-03-19' }));
    expect(tile).toContain('Röd');
    expect(tile.join(' ')).toContain('82,5 %');
    expect(tile.join(' ')).toContain('Mål ≥ 90 %');
    expect(tile.join(' ')).toContain('Trend sjunkande');
  });

  it('warns when the KPI is not updated, holds text, or its tolerance contradicts the direction', () => {
    const tile = texts(drawKpiTile(weeklyKpi([91, 'saknas'], { tolerance: -2 }, '2026-W10'), { x: 0, y: 0, w: 320, h: 300 }, defaultTheme, { words, meetingDate: '2026-03-19' })).join(' ');
    expect(tile).toContain('Inte uppdaterat för v11');
    expect(tile).toContain('1 värde är inte ett tal');
    expect(tile).toContain('motsäger riktningen');
  });
});
