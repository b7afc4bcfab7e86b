import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { formatFigure } from '../../../../shared/vsm/format';
import { createContext } from '../../../../shared/report/context';
import { ReportOptions } from '../../../../shared/report/options';
import { valueStreamBlocks } from '../../../../shared/report/sections/vsm';
import { newWorkshop } from '../../../../shared/model/defaults';
import { stampingStream } from '../vsm/builders';

const ctxIn = (language: 'sv' | 'en') => createContext(newWorkshop(), ReportOptions.parse({ language, today: '2026-11-21' }));
const parse = (html: string) => new JSDOM(html).window.document;

describe('the value-stream figures in the report', () => {
  it('shows each figure exactly as the app formats it, with how it is calculated', () => {
    const stream = stampingStream();
    const metrics = analyzeValueStream(stream);
    const page = parse(valueStreamBlocks(ctxIn('sv'), [stream]));
    const cells = [...page.querySelectorAll('table.vsm-metrics tbody tr')].map((row) => [row.querySelector('th')?.textContent, row.querySelector('td')?.textContent]);
    expect(cells).toContainEqual(['Takttid', formatFigure(metrics.takt, 'sv')]);
    expect(cells).toContainEqual(['Ledtid', formatFigure(metrics.leadTimeDays, 'sv')]);
    expect(formatFigure(metrics.takt, 'sv')).toBe('60 s');
  });

  it('draws the timeline ladder with every step and wait as text', () => {
    const page = parse(valueStreamBlocks(ctxIn('en'), [stampingStream()]));
    const words = [...page.querySelectorAll('.figure.ladder text')].map((t) => t.textContent);
    expect(words).toEqual(expect.arrayContaining(['Stamping', 'Welding', 'Assembly', '1 s', '39 s', '62 s']));
  });

  it('compares a future state with the current state it names', () => {
    const current = stampingStream();
    const future = { ...stampingStream(), id: 'future', name: 'VSM future state', state: 'future' as const, comparesWith: current.id };
    future.elements = future.elements.map((e) => (e.kind === 'inventory' ? { ...e, quantity: e.quantity === null ? null : 100 } : e));
    const page = parse(valueStreamBlocks(ctxIn('en'), [current, future]));
    const rows = [...page.querySelectorAll('table.vsm-comparison tbody tr')].map((row) => row.textContent ?? '');
    expect(rows.find((r) => r.startsWith('Lead time'))).toMatch(/[-−]\d+ %/); // the change as the screen writes it (shared/vsm/format.ts formatChange)
    expect(page.querySelectorAll('table.vsm-comparison')).toHaveLength(1);
  });
});
