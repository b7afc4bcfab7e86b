import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { planStartOnRunDay, planVsActual } from '../../../../shared/agenda/progress';
import { newAgendaItem, newWorkshop } from '../../../../shared/model/defaults';
import { buildAgendaHandout } from '../../../../shared/report/agendaHandout';
import { buildReport } from '../../../../shared/report/buildReport';

const options = { language: 'sv' as const, today: '2026-04-20', timeZone: 'UTC' };
const rowHeaders = (html: string) => [...new JSDOM(html).window.document.querySelectorAll('table.agenda tbody th')].map((th) => th.textContent);

function workshopWithBreak() {
  const doc = newWorkshop(new Date('2026-04-20T08:00:00Z'));
  doc.header.startTime = '09:00';
  const titles: [string, 'item' | 'break' | 'lunch'][] = [
    ['Incheckning', 'item'],
    ['Nuläge', 'item'],
    ['', 'lunch'],
    ['Paus', 'break'],
    ['Fika i foajén', 'break'],
  ];
  doc.agenda.items = titles.map(([title, kind]) => ({ ...newAgendaItem(kind, 10), title }));
  return doc;
}

describe('agenda rows in the report', () => {
  it('a break called "Paus" is "4. Paus", never "4. PAUS Paus"; the kind is tagged only when the title does not say it', () => {
    const headers = rowHeaders(buildReport(workshopWithBreak(), options, { fonts: [] }).html);
    expect(headers).toEqual(['1. Incheckning', '2. Nuläge', '3. Lunch', '4. Paus', '5. Paus Fika i foajén']);
  });

  it('the agenda handout names items the same way', () => {
    const headers = rowHeaders(buildAgendaHandout(workshopWithBreak(), options, { fonts: [] }).html);
    expect(headers.slice(2, 5)).toEqual(['3. Lunch', '4. Paus', '5. Paus Fika i foajén']);
  });
});

describe('an item still running', () => {
  it('has its running time so far and no deviation yet', () => {
    const item = { id: 'a', plannedMinutes: 45, kind: 'item' as const };
    const run = { startedAt: '2026-04-20T09:00:00.000Z', finishedAt: null, visits: [{ itemId: 'a', startedAt: '2026-04-20T09:00:00.000Z', endedAt: null }], pauses: [], extensions: [] };
    const [row] = planVsActual(run, [item], Date.parse('2026-04-20T09:02:00.000Z')).items;
    expect(row).toMatchObject({ inProgress: true, actualMinutes: 2, deviationMinutes: null });
  });
});

describe('the start time a run is measured against', () => {
  it('is the workshop’s start time on its own date, or when undated', () => {
    expect(planStartOnRunDay('09:00', '2026-11-23', '2026-11-23')).toBe('09:00');
    expect(planStartOnRunDay('09:00', null, '2026-11-23')).toBe('09:00');
  });

  it('is when the run started on any other day', () => {
    expect(planStartOnRunDay('09:00', '2026-11-26', '2026-11-23')).toBeNull();
  });
});
