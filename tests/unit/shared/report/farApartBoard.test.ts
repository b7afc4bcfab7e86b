import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../shared/report/buildReport';
import { twoStickies } from '../../helpers/farApartBoard';

/**
 * The report's work is bounded by what it draws: a board's extent costs nothing by itself. Two
 * stickies 100,000 units apart made 60 to 6,000 pages of empty parts (5 MB of HTML).
 */
const options = { language: 'sv' as const, today: '2026-04-20', timeZone: 'Europe/Stockholm', sections: ['boards' as const] };
const html = (dx: number, dy: number) => buildReport(twoStickies(dx, dy), options, { fonts: [] }).html;

describe('a board with its shapes far apart, in the report', () => {
  const adjacent = html(200, 0).length;

  it.each([
    [100_000, 0],
    [0, 100_000],
    [100_000, 100_000],
    [-10_000_000, 10_000_000],
  ])('is about the size of two stickies side by side when the second is %d, %d away', (dx, dy) => {
    const far = html(dx, dy);
    // The overview and two parts instead of one page: a few kilobytes more, never the extent's pages.
    expect(far.length).toBeLessThan(adjacent * 1.5);
    const page = new JSDOM(far).window.document;
    const parts = [...page.querySelectorAll('.board-page')];
    expect(parts).toHaveLength(3);
    // Each part draws its own sticky and not the other.
    const words = parts.slice(1).map((p) => p.querySelector('svg')!.textContent);
    expect(words[0]).toContain('Nordpolen');
    expect(words[0]).not.toContain('Sydpolen');
    expect(words[1]).toContain('Sydpolen');
    expect(words[1]).not.toContain('Nordpolen');
  });
});
