import type { ImprovementCard, Kpi, KpiEntry, TeamBoards } from '../../shared/model/teamBoards';
import { periodOf, shiftPeriod } from '../../shared/kpi/periods';

/**
 * A made-up but realistic team for fixtures, tests and `npm run bench:kpi`: a municipal unit's
 * goal board (areas, goals, KPIs with weekly values going back years, a few gaps and typed
 * mistakes) and its improvement board. Deterministic: the same options give the same file.
 */
export interface SampleOptions {
  kpis: number;
  weeks: number;
  cards: number;
  /** The meeting's date: values run up to the week before it. */
  until: string;
  seed?: number;
}

function random(seed: number): () => number {
  // mulberry32: small, fast, and the same on every machine.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  { id: 'area-quality', name: 'Kvalitet' },
  { id: 'area-leadtime', name: 'Ledtid' },
  { id: 'area-staff', name: 'Medarbetare' },
  { id: 'area-finance', name: 'Ekonomi' },
];

const KPI_KINDS = [
  { name: 'Kompletta ansökningar', unit: '%', direction: 'higher', target: 90, tolerance: 5, base: 84, spread: 6 },
  { name: 'Ledtid bygglov', unit: 'dagar', direction: 'lower', target: 28, tolerance: 4, base: 31, spread: 5 },
  { name: 'Sjukfrånvaro', unit: '%', direction: 'lower', target: 5, tolerance: 1, base: 5.6, spread: 1.2 },
  { name: 'Budgetavvikelse', unit: 'tkr', direction: 'higher', target: 0, tolerance: 50, base: -20, spread: 60 },
  { name: 'Ärenden i kö', unit: 'st', direction: 'lower', target: 40, tolerance: 10, base: 46, spread: 9 },
  { name: 'Nöjd kund-index', unit: '', direction: 'higher', target: 75, tolerance: 5, base: 73, spread: 4 },
  { name: 'Besvarade samtal', unit: '%', direction: 'higher', target: 95, tolerance: 3, base: 93, spread: 3 },
  { name: 'Avvikelser', unit: 'st', direction: 'lower', target: 2, tolerance: 2, base: 3, spread: 2 },
] as const;

const GOALS = [
  { id: 'goal-quality', text: 'Rätt från början: kompletta ärenden', areaId: 'area-quality', parentId: null },
  { id: 'goal-quality-sub', text: 'Checklista för sökande', areaId: 'area-quality', parentId: 'goal-quality' },
  { id: 'goal-leadtime', text: 'Beslut inom fyra veckor', areaId: 'area-leadtime', parentId: null },
  { id: 'goal-staff', text: 'En hållbar arbetsplats', areaId: 'area-staff', parentId: null },
  { id: 'goal-finance', text: 'Budget i balans', areaId: 'area-finance', parentId: null },
];

export function sampleTeamBoards(options: SampleOptions): TeamBoards {
  const rand = random(options.seed ?? 12);
  const last = shiftPeriod(periodOf(options.until, 'week'), -1);
  const kpis: Kpi[] = Array.from({ length: options.kpis }, (_, i) => {
    const kind = KPI_KINDS[i % KPI_KINDS.length]!;
    const area = AREAS[i % AREAS.length]!;
    const entries: KpiEntry[] = [];
    const drift = (rand() - 0.5) * kind.spread * 0.02;
    for (let w = options.weeks - 1; w >= 0; w--) {
      const period = shiftPeriod(last, -w);
      const roll = rand();
      // About one week in 40 has no value (a holiday) and one in 150 has a typed mistake.
      if (roll < 0.025) continue;
      if (roll < 0.032) {
        entries.push({ period, value: null, text: rand() < 0.5 ? 'saknas' : 'ca 40', comment: '' });
        continue;
      }
      const value = kind.base + drift * (options.weeks - w) + (rand() - 0.5) * kind.spread;
      const rounded = Math.round(value * 10) / 10;
      entries.push({ period, value: rounded, text: '', comment: w === 0 && rand() < 0.3 ? 'Semesterperiod, färre handläggare.' : '' });
    }
    return {
      id: `kpi-${i + 1}`,
      name: i < KPI_KINDS.length ? kind.name : `${kind.name} ${Math.floor(i / KPI_KINDS.length) + 1}`,
      unit: kind.unit,
      direction: kind.direction,
      target: kind.target,
      tolerance: kind.tolerance,
      period: 'week',
      areaId: area.id,
      goalId: GOALS.find((g) => g.areaId === area.id && g.parentId === null)?.id ?? null,
      entries,
    };
  });
  const columns = ['new', 'new', 'prioritised', 'inProgress', 'done'] as const;
  const pdsa = ['plan', 'do', 'study', 'act'] as const;
  const people = ['Anna Lind', 'Omar Haddad', 'Karin Berg', 'Jonas Ek', 'Sara Nyström'];
  const problems = ['Ansökningar saknar ritningar', 'Telefonkön är lång på måndagar', 'Dubbelregistrering i två system', 'Otydliga mallar för beslut', 'Väntan på remissvar'];
  const ideas = ['Checklista på webben', 'Återuppringning i stället för kö', 'Koppla systemen', 'En gemensam beslutsmall', 'Påminnelse efter tio dagar'];
  const cards: ImprovementCard[] = Array.from({ length: options.cards }, (_, i) => {
    const column = columns[i % columns.length]!;
    const size = i % 4 === 3 ? 'project' : 'small';
    return {
      id: `card-${i + 1}`,
      problem: `${problems[i % problems.length]!} (${i + 1})`,
      idea: ideas[i % ideas.length]!,
      suggestedBy: people[i % people.length]!,
      suggestedOn: null,
      column,
      size,
      matrix: column === 'new' && i % 3 === 0 ? null : { effort: Math.round(rand() * 100) / 100, effect: Math.round(rand() * 100) / 100 },
      pdsa: column === 'inProgress' ? pdsa[i % pdsa.length]! : null,
      kpiId: i % 2 === 0 && kpis.length > 0 ? kpis[i % kpis.length]!.id : null,
      actionId: null,
      effect: column === 'done' ? 'Färre kompletteringar, ca 3 färre per vecka.' : '',
      doneOn: null,
      carriedFrom: null,
    };
  });
  return {
    team: 'Bygglovsenheten',
    goalBoard: { overallGoal: 'Snabba och rättssäkra beslut som invånarna förstår', areas: AREAS, goals: GOALS, kpis },
    improvementBoard: {
      cards,
      wipLimits: { new: { small: null, project: null }, prioritised: { small: null, project: null }, inProgress: { small: 3, project: 2 }, done: { small: null, project: null } },
    },
  };
}
