import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { vsm } from '../../../../shared/i18n/areas/vsm';
import { parseWorkshopText } from '../../../../shared/model/load';
import { buildReport } from '../../../../shared/report/buildReport';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { vsmBoardsOf } from '../../../../shared/vsm/boards';
import { bottleneckTags } from '../../../../shared/vsm/bottlenecks';
import { metricsText } from '../../../../shared/vsm/report';

/**
 * One value-stream map, three places its figures are read: the PDF record, `verkstad metrics`
 * and the canvas (whose panel and tags use the same shared/vsm functions; the e2e in
 * tests/e2e/vsm.e2e.ts reads the screen). Same figure, same unit, same decimals.
 */
const fixture = readFileSync(fileURLToPath(new URL('../../../fixtures/v2/vsm.verkstad', import.meta.url)), 'utf8');
const loaded = parseWorkshopText(fixture);
if (!loaded.ok) throw new Error(loaded.detail);
const doc = loaded.document;
const parse = (html: string) => new JSDOM(html).window.document;

describe('the same figures in the PDF and on the command line', () => {
  for (const lang of ['sv', 'nb', 'en'] as const) {
    it(`every figure \`verkstad metrics\` prints is the PDF's figure, character for character (${lang})`, () => {
      const page = parse(buildReport(doc, { language: lang, today: '2026-11-30', timeZone: 'Europe/Stockholm' }, { fonts: [] }).html);
      const tables = [...page.querySelectorAll('table.vsm-metrics')];
      const pdf = new Map<string, string>();
      tables.forEach((table, i) => {
        for (const row of table.querySelectorAll('tbody tr')) pdf.set(`${i}|${row.querySelector('th')?.textContent ?? ''}`, row.querySelector('td')?.textContent ?? '');
      });
      const cli = metricsText(vsmBoardsOf(doc), lang).split('\n\n');
      expect(cli).toHaveLength(tables.length);
      let compared = 0;
      cli.forEach((block, i) => {
        for (const line of block.split('\n').slice(1)) {
          const match = /^ {2}(\S.*?)\s{2,}(\S.*)$/.exec(line);
          if (!match || !pdf.has(`${i}|${match[1]}`)) continue;
          expect(pdf.get(`${i}|${match[1]}`), `${lang} ${match[1]}`).toBe(match[2]);
          compared += 1;
        }
      });
      // Takt, lead time, value-added time, PCE on both maps, and the service map's two extra rows.
      expect(compared).toBeGreaterThanOrEqual(10);
    });
  }

  it('times read as people read them everywhere: the net available time is "15 h", never "54 000 s"', () => {
    const page = parse(buildReport(doc, { language: 'sv', today: '2026-11-30', timeZone: 'Europe/Stockholm' }, { fonts: [] }).html);
    const cells = [...page.querySelectorAll('table.vsm-metrics td.num')].map((td) => td.textContent);
    expect(cells).toContain('15 h');
    expect(cells.join(' ')).not.toMatch(/\d{3} \d{3} s/);
  });
});

describe('the board picture in the PDF says what the canvas says', () => {
  it('carries the bottleneck tags the canvas shows over steps above takt, and data-box labels in the report language', () => {
    const page = parse(buildReport(doc, { language: 'sv', today: '2026-11-30', timeZone: 'Europe/Stockholm' }, { fonts: [] }).html);
    const board = doc.boards[0]!;
    const stream = vsmBoardsOf(doc)[0]!;
    const tags = bottleneckTags(board, analyzeValueStream(stream), 'sv');
    expect(tags.map((tag) => tag.text)).toEqual(['▲ 70 s > 60 s']);
    const pictures = [...page.querySelectorAll('.board-page svg')].map((svg) => svg.textContent ?? '').join(' ');
    expect(pictures).toContain(tags[0]!.text);
    expect(pictures).toContain(vsm.sv.fieldNames.quantity);
    expect(pictures).not.toContain(`${vsm.en.fieldNames.quantity} `);
  });
});
