import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../shared/i18n';
import { parseWorkshopText } from '../../../../shared/model/load';
import type { Workshop } from '../../../../shared/model/workshop';
import { availableSections, buildReport } from '../../../../shared/report/buildReport';
import { goodFixtures } from '../../helpers/fixtures';

function fixture(name: string): Workshop {
  const result = parseWorkshopText(readFileSync(goodFixtures().find((f) => f.name === name)!.path, 'utf8'));
  if (!result.ok) throw new Error(result.detail);
  return result.document;
}

const options = { language: 'sv' as const, today: '2026-03-19', timeZone: 'Europe/Stockholm' };
const parse = (html: string) => new JSDOM(html).window.document;

describe('the board meeting in the PDF record', { timeout: 30_000 }, () => {
  it('adds the KPI review and improvement work to the minutes, and each board as an A3 landscape page', () => {
    const doc = fixture('v3/team-realistic.verkstad');
    expect(availableSections(doc)).toEqual(expect.arrayContaining(['kpis', 'improvements', 'goalBoard', 'improvementBoard']));
    const built = buildReport(doc, options, { fonts: [] });
    const page = parse(built.html);
    const s = catalogues.sv.report.sections;
    const headings = [...page.querySelectorAll('h1')].map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining([s.kpis, s.improvements, `${s.goalBoard} – Bygglovsenheten`, `${s.improvementBoard} – Bygglovsenheten`]));
    expect(built.html).toContain('@page team-board { size: A3 landscape; }');
    const pages = page.querySelectorAll('section.team-board-page');
    expect(pages).toHaveLength(2);
    // Vectors: each board is one inline SVG with its words as text, described for a screen reader.
    for (const section of pages) {
      const svg = section.querySelector('svg[role=img]')!;
      expect(svg.getAttribute('aria-label')).toMatch(/Bygglovsenheten/);
      expect(section.querySelectorAll('image, img')).toHaveLength(0);
    }
    expect(pages[0]!.textContent).toContain('Kompletta ansökningar');
    expect(pages[0]!.textContent).toContain('Röd');
  });

  it('lists every KPI with its value, target, status in words and the comment, and every card', () => {
    const doc = fixture('v3/team-realistic.verkstad');
    const page = parse(buildReport(doc, { ...options, sections: ['kpis', 'improvements'] }, { fonts: [] }).html);
    const rows = [...page.querySelectorAll('table.kpis tbody tr')];
    expect(rows).toHaveLength(12);
    expect(rows[0]!.textContent).toMatch(/Kompletta ansökningar.*79,6 %.*Vecka 11 2026.*≥ 90 %.*■ Röd.*sjunkande/);
    expect(page.querySelectorAll('table.cards tbody tr')).toHaveLength(30);
    expect(page.querySelector('section[aria-labelledby=section-improvements] .summary')!.textContent).toContain('Över WIP-gränsen i Pågår.');
  });

  it('an ordinary workshop has none of these sections', () => {
    expect(availableSections(fixture('v2/record.verkstad'))).not.toEqual(expect.arrayContaining(['kpis']));
  });
});
