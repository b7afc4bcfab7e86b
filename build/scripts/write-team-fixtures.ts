/**
 * Writes the version 3 sample files of the board meeting (tests/fixtures/v3/): a small meeting a
 * person can read, and a realistic team (12 KPIs over two years of weekly values, 30 cards).
 * They are committed; run this only when the format changes, then check the diff.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serializeWorkshop } from '../../shared/model/load';
import { newAgendaItem, newWorkshop } from '../../shared/model/defaults';
import type { Workshop } from '../../shared/model/workshop';
import { sampleTeamBoards } from './teamBoardSample';

const dir = (name: string) => fileURLToPath(new URL(`../../tests/fixtures/v3/${name}`, import.meta.url));

function meeting(id: string, date: string, title: string): Workshop {
  const w = newWorkshop(new Date(`${date}T07:00:00Z`));
  w.id = id;
  w.header = { ...w.header, title, date, startTime: '08:30', place: 'Tavlan vid fikarummet', facilitator: 'Karin Berg', language: 'sv' };
  const items: [string, number, 'goalBoard' | 'improvementBoard' | null][] = [
    ['Incheckning', 1, null],
    ['Nyckeltal: varje rött nyckeltal får en kommentar eller en åtgärd', 5, 'goalBoard'],
    ['Förbättringstavlan: nya förslag', 4, 'improvementBoard'],
    ['Åtgärder som ska vara klara', 3, null],
    ['Beslut', 2, null],
  ];
  w.agenda.items = items.map(([t, minutes, shows], i) => ({ ...newAgendaItem('item', minutes), id: `${id}-item-${i + 1}`, title: t, shows }));
  w.participants = ['Anna Lind', 'Omar Haddad', 'Karin Berg', 'Jonas Ek', 'Sara Nyström'].map((name, i) => ({
    id: `${id}-p${i + 1}`,
    name,
    role: i === 2 ? 'Enhetschef' : 'Handläggare',
    email: '',
    attendance: i === 4 ? 'excused' : 'present',
    arrivedAt: i === 4 ? null : i === 1 ? '08:33' : '08:29',
    prepared: i !== 3,
  }));
  return w;
}

const small = meeting('5a0d6c1e-3b2f-4e8a-9d71-0c4b2e6f8a13', '2026-03-19', 'Tavelmöte vecka 12');
const team = sampleTeamBoards({ kpis: 3, weeks: 6, cards: 5, until: '2026-03-19', seed: 3 });
small.teamBoards = { ...team, improvementBoard: { ...team.improvementBoard, cards: team.improvementBoard.cards.map((c, i) => ({ ...c, suggestedOn: `2026-03-${String(10 + i).padStart(2, '0')}` })) } };
small.actions = [
  { id: 'action-1', what: 'Ring upp sökande med ofullständiga ansökningar', owner: 'Omar Haddad', dueDate: '2026-03-26', status: 'inProgress', origin: { kind: 'agendaItem', agendaItemId: `${small.id}-item-2` }, carriedFrom: null, kpiId: 'kpi-1' },
];
small.teamBoards.improvementBoard.cards[3] = { ...small.teamBoards.improvementBoard.cards[3]!, actionId: 'action-1' };
small.decisions = [{ id: 'decision-1', text: 'Checklistan prövas i fyra veckor.', agendaItemId: `${small.id}-item-3` }];

const realistic = meeting('c2e7a1f4-8d3b-4a6c-b5e9-7f1d2c3a4b5e', '2026-03-19', 'Tavelmöte Bygglovsenheten vecka 12');
realistic.teamBoards = sampleTeamBoards({ kpis: 12, weeks: 104, cards: 30, until: '2026-03-19', seed: 12 });

await writeFile(dir('board-meeting.verkstad'), serializeWorkshop(small), 'utf8');
await writeFile(dir('team-realistic.verkstad'), serializeWorkshop(realistic), 'utf8');
console.log('wrote tests/fixtures/v3/board-meeting.verkstad and team-realistic.verkstad');
