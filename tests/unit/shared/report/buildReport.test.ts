import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../shared/i18n';
import { availableSections, buildReport } from '../../../../shared/report/buildReport';
import { newWorkshop } from '../../../../shared/model/defaults';
import type { Workshop } from '../../../../shared/model/workshop';
import { reportWorkshop } from '../../helpers/reportWorkshop';
import { buildAgendaHandout } from '../../../../shared/report/agendaHandout';
import { REPORT_CONTENT_SECURITY_POLICY } from '../../../../shared/csp';

const options = { language: 'sv' as const, today: '2026-04-20', timeZone: 'Europe/Stockholm' };
const parse = (html: string) => new JSDOM(html).window.document;

describe('the report HTML', () => {
  const doc = reportWorkshop();

  it('declares the report language, title, author and description for the PDF metadata', () => {
    const page = parse(buildReport(doc, options, { fonts: [] }).html);
    expect(page.documentElement.lang).toBe('sv-SE');
    expect(page.title).toBe(doc.header.title);
    expect(page.querySelector('meta[name=author]')?.getAttribute('content')).toBe(doc.header.facilitator);
    expect(page.querySelector('meta[name=description]')?.getAttribute('content')).toBe('Minnesanteckningar, 14 april 2026');
  });

  it('carries the report’s Content-Security-Policy: it may run nothing and load nothing but its own data: fonts and pictures', () => {
    for (const html of [buildReport(doc, options, { fonts: [] }).html, buildAgendaHandout(doc, options, { fonts: [] }).html]) {
      const csp = parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      expect(csp).toBe(REPORT_CONTENT_SECURITY_POLICY);
      expect(csp).toContain("default-src 'none'");
    }
  });

  it('gives every printed section an h1, which becomes its bookmark', () => {
    const built = buildReport(doc, options, { fonts: [] });
    const headings = [...parse(built.html).querySelectorAll('h1')].map((h) => h.textContent);
    const s = catalogues.sv.report.sections;
    expect(headings).toEqual([doc.header.title, s.attendance, s.agenda, s.notes, s.actions, s.parkingLot, s.polls, s.boards, s.vsm]);
  });

  it('leaves out sections the user did not choose', () => {
    const page = parse(buildReport(doc, { ...options, sections: ['cover', 'actions'] }, { fonts: [] }).html);
    expect([...page.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([doc.header.title, 'Åtgärder']);
  });

  it('leaves out a section that has nothing to show rather than printing an empty page', () => {
    const bare: Workshop = { ...newWorkshop(new Date('2026-04-01T08:00:00Z')), header: { ...doc.header } };
    expect(availableSections(bare)).toEqual(['cover', 'attendance', 'agenda', 'actions', 'parkingLot']);
    const page = parse(buildReport(bare, options, { fonts: [] }).html);
    expect(page.querySelector('.boards')).toBeNull();
    expect(page.querySelector('.empty')?.textContent).toBe(catalogues.sv.report.attendance.none);
  });

  it('marks up tables with captions and header cells scoped to columns and rows', () => {
    const page = parse(buildReport(doc, options, { fonts: [] }).html);
    for (const table of page.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    }
    const names = [...page.querySelectorAll('table.attendance tbody th[scope=row]')].map((th) => th.textContent);
    expect(names).toEqual(doc.participants.map((p) => p.name));
  });

  it('draws each board as inline SVG with real text and a description for screen readers', () => {
    const page = parse(buildReport(doc, options, { fonts: [] }).html);
    const drawings = page.querySelectorAll('.figure.board svg[role=img]');
    expect(drawings.length).toBeGreaterThanOrEqual(doc.boards.length);
    expect(drawings[0]!.getAttribute('aria-label')).toContain(doc.boards[0]!.name);
    const words = [...drawings[0]!.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).toContain('Registrera ärendet');
  });

  it('prints what the user typed as text, never as markup', () => {
    const evil: Workshop = { ...doc, header: { ...doc.header, title: '<img src=x onerror=alert(1)>' }, actions: [{ ...doc.actions[0]!, what: '<script>alert(1)</script>' }] };
    const html = buildReport(evil, options, { fonts: [] }).html;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(parse(html).querySelector('table.actions tbody th')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('writes dates, clock times and numbers in the report language', () => {
    const en = buildReport(doc, { ...options, language: 'en' }, { fonts: [] }).html;
    const nb = buildReport(doc, { ...options, language: 'nb' }, { fonts: [] }).html;
    expect(en).toContain('14 April 2026');
    expect(nb).toContain('14. april 2026');
    expect(nb).toContain('Gjennomsnitt: 4,7');
    expect(en).toContain('Mean: 4.7');
  });

  it('shows actual clock times from the run log in the given time zone, with the deviation', () => {
    const page = parse(buildReport(doc, options, { fonts: [] }).html);
    const first = page.querySelector('table.agenda tbody tr')!;
    expect(first.textContent).toContain('09:00–09:10');
    expect(first.textContent).toContain('09:02–09:14');
    expect(first.textContent).toContain('+3 min');
  });

  it('ranks the stickies by their dots, equal dots sharing a place', () => {
    const rows = [...parse(buildReport(doc, options, { fonts: [] }).html).querySelectorAll('table.dot-votes tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows.map((row) => [row[0], row[3]])).toEqual([['1', '5'], ['1', '5'], ['3', '3'], ['3', '3'], ['3', '3']]);
    expect(rows[0]![1]).toBe('Kompletteringar tar ofta 2–3 rundor');
  });

  it('marks an overdue action as of the day the report is made', () => {
    const rows = [...parse(buildReport(doc, options, { fonts: [] }).html).querySelectorAll('table.actions tbody tr')];
    const overdue = rows.filter((row) => row.textContent?.includes('försenad')).map((row) => row.querySelector('th')?.textContent);
    expect(overdue).toEqual(['Boka möte med e-tjänstleverantören']);
  });

  it('puts the running header and page numbers into page-margin boxes in the report language', () => {
    const html = buildReport(doc, { ...options, language: 'nb' }, { fonts: [] }).html;
    expect(html).toContain('@bottom-right { content: "Side " counter(page) " av " counter(pages);');
    expect(html).toContain(`@top-left { content: "${doc.header.title} · 14. april 2026"`);
  });

  it('embeds the fonts it is given as @font-face rules', () => {
    const html = buildReport(doc, options, { fonts: [{ family: 'Inter', weight: 400, style: 'normal', unicodeRange: 'U+0000-00FF', src: 'data:font/woff2;base64,AAAA', format: 'woff2' }] }).html;
    expect(html).toContain('@font-face{font-family:"Inter";font-style:normal;font-weight:400;');
  });
});

describe('counts in the report', () => {
  it('take the language’s plural form: "1 åtgärd", "2 åtgärder", and each status count reads right for any number', () => {
    const doc = reportWorkshop();
    const one = { ...doc, actions: doc.actions.slice(0, 1) };
    const summaryOf = (html: string) => /<p class="summary">(\d+ (?:åtgärd|action|tiltak)[^<]*)<\/p>/.exec(html)?.[1];
    // One action, so one status holds 1: a status word after the figure would read "1 ej påbörjade".
    expect(summaryOf(buildReport(one, options, { fonts: [] }).html)).toMatch(/^1 åtgärd — ej påbörjade: \d, pågående: \d, klara: \d\.$/);
    expect(summaryOf(buildReport({ ...doc, actions: doc.actions.slice(0, 2) }, options, { fonts: [] }).html)).toMatch(/^2 åtgärder — /);
    expect(summaryOf(buildReport(one, { ...options, language: 'en' as const }, { fonts: [] }).html)).toMatch(/^1 action — not started: \d, in progress: \d, done: \d\.$/);
    expect(summaryOf(buildReport(one, { ...options, language: 'nb' as const }, { fonts: [] }).html)).toMatch(/^1 tiltak — ikke startet: \d, pågående: \d, ferdige: \d\.$/);
  });
});
