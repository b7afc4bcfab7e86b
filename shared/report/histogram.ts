import type { PollStats } from '../record/polls';
import { esc, num } from './html';

/**
 * A poll's histogram as inline SVG: one bar per value of the scale, the count above each bar and
 * the value below, all as real text. The caller gives the description read out for the figure.
 */
export function histogramSvg(stats: PollStats, label: string, fontFamily: string): string {
  const bars = stats.histogram;
  const barW = 34;
  const gap = 12;
  const chartH = 120;
  const top = 18;
  const bottom = 22;
  const width = bars.length * barW + (bars.length + 1) * gap;
  const height = top + chartH + bottom;
  const max = Math.max(1, stats.maxCount);
  const parts = bars.map((bar, i) => {
    const x = gap + i * (barW + gap);
    const h = (bar.count / max) * chartH;
    const y = top + chartH - h;
    return [
      `<rect x="${num(x)}" y="${num(y)}" width="${barW}" height="${num(Math.max(h, 0.5))}" fill="#2f6f9f" rx="2"/>`,
      `<text x="${num(x + barW / 2)}" y="${num(y - 5)}" text-anchor="middle" font-size="11" fill="#1f2933">${bar.count}</text>`,
      `<text x="${num(x + barW / 2)}" y="${num(top + chartH + 15)}" text-anchor="middle" font-size="11" font-weight="600" fill="#1f2933">${bar.value}</text>`,
    ].join('');
  });
  return `<svg class="histogram" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(fontFamily)}">
<line x1="${gap / 2}" y1="${top + chartH}" x2="${width - gap / 2}" y2="${top + chartH}" stroke="#52606d" stroke-width="1"/>
${parts.join('\n')}
</svg>`;
}
