import { describe, expect, it } from 'vitest';
import { newBoardMeeting } from '../../../../shared/kpi/meeting';
import { kpiStatus } from '../../../../shared/kpi/status';
import { Editor, type DocumentOrigin } from '../../../../renderer/editor/editor';
import {
  addArea,
  addCard,
  addGoal,
  addKpi,
  cardToAction,
  deleteArea,
  deleteGoal,
  deleteKpi,
  moveCard,
  placeCard,
  setKpiComment,
  setKpiValue,
  setKpiValues,
  updateKpi,
} from '../../../../renderer/editor/teamBoardCommands';

const unsaved: DocumentOrigin = { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null };
const meeting = () => new Editor(newBoardMeeting('sv', '2026-03-19', new Date('2026-03-19T07:00:00Z')), unsaved);
const boards = (e: Editor) => e.document.teamBoards!;

describe('a new board meeting', () => {
  it('has the five areas, an empty improvement board and the weekly agenda in Swedish', () => {
    const doc = newBoardMeeting('sv', '2026-03-19');
    expect(doc.teamBoards!.goalBoard.areas.map((a) => a.name)).toEqual(['Säkerhet', 'Kvalitet', 'Leverans', 'Kostnad', 'Medarbetare']);
    expect(doc.teamBoards!.improvementBoard.wipLimits.inProgress).toEqual({ small: 3, project: 2 });
    expect(doc.agenda.items.map((i) => [i.title, i.plannedMinutes, i.shows])).toEqual([
      ['Incheckning', 1, null],
      ['Nyckeltal: varje rött nyckeltal får en kommentar eller en åtgärd', 5, 'goalBoard'],
      ['Förbättringstavlan: nya förslag', 4, 'improvementBoard'],
      ['Åtgärder som ska vara klara', 3, null],
      ['Beslut', 2, null],
    ]);
    expect(doc.header).toMatchObject({ title: 'Tavelmöte – Vårt team', date: '2026-03-19', language: 'sv' });
  });
});

describe('editing the goal board', () => {
  it('types values with a decimal comma, keeps text marked, and undoes each as one step', () => {
    const e = meeting();
    const kpi = addKpi(e, { name: 'Kompletta ansökningar', target: 90, tolerance: 5, unit: '%' });
    setKpiValue(e, kpi, '2026-W11', '93,5', 'sv');
    setKpiValue(e, kpi, '2026-W10', 'saknas', 'sv');
    expect(boards(e).goalBoard.kpis[0]!.entries).toEqual([
      { period: '2026-W10', value: null, text: 'saknas', comment: '' },
      { period: '2026-W11', value: 93.5, text: '', comment: '' },
    ]);
    expect(kpiStatus(boards(e).goalBoard.kpis[0]!)).toBe('green');
    e.undo();
    expect(boards(e).goalBoard.kpis[0]!.entries).toHaveLength(1);
  });

  it('a pasted block is one undo step', () => {
    const e = meeting();
    const a = addKpi(e, { name: 'A' });
    const b = addKpi(e, { name: 'B' });
    setKpiValues(e, [{ kpiId: a, period: '2026-W10', text: '1' }, { kpiId: b, period: '2026-W10', text: '2' }], 'sv');
    expect(boards(e).goalBoard.kpis.map((k) => k.entries.length)).toEqual([1, 1]);
    e.undo();
    expect(boards(e).goalBoard.kpis.map((k) => k.entries.length)).toEqual([0, 0]);
  });

  it('a comment on a period without a value is kept; clearing it removes the entry', () => {
    const e = meeting();
    const kpi = addKpi(e, { name: 'A' });
    setKpiComment(e, kpi, '2026-W11', 'Semester');
    expect(boards(e).goalBoard.kpis[0]!.entries).toEqual([{ period: '2026-W11', value: null, text: '', comment: 'Semester' }]);
    setKpiComment(e, kpi, '2026-W11', '');
    expect(boards(e).goalBoard.kpis[0]!.entries).toEqual([]);
  });

  it('keeps a KPI’s period once it has values', () => {
    const e = meeting();
    const kpi = addKpi(e, { name: 'A' });
    setKpiValue(e, kpi, '2026-W11', '1', 'sv');
    updateKpi(e, kpi, { period: 'month', target: 3 });
    expect(boards(e).goalBoard.kpis[0]).toMatchObject({ period: 'week', target: 3 });
  });

  it('deleting an area or a goal keeps its KPIs; deleting a KPI unlinks its cards and actions', () => {
    const e = meeting();
    const area = addArea(e, 'Ekonomi');
    const goal = addGoal(e, area, null, 'Budget i balans');
    const sub = addGoal(e, area, goal, 'Inköp');
    const kpi = addKpi(e, { name: 'Budgetavvikelse', areaId: area, goalId: sub });
    deleteGoal(e, goal);
    expect(boards(e).goalBoard.goals.map((g) => g.id)).not.toContain(sub);
    expect(boards(e).goalBoard.kpis[0]!.goalId).toBeNull();
    deleteArea(e, area);
    expect(boards(e).goalBoard.kpis[0]!.areaId).toBeNull();
    const card = addCard(e, { idea: 'Avtal', kpiId: kpi });
    const action = cardToAction(e, card, { what: 'Avtal', owner: 'Jonas', dueDate: null })!;
    deleteKpi(e, kpi);
    expect(boards(e).improvementBoard.cards[0]!.kpiId).toBeNull();
    expect(e.document.actions.find((a) => a.id === action)!.kpiId).toBeNull();
  });
});

describe('editing the improvement board', () => {
  it('moving a card into progress starts its PDSA at plan, into done dates it', () => {
    const e = meeting();
    const card = addCard(e, { idea: 'Checklista' });
    moveCard(e, card, 'inProgress', '2026-03-19');
    expect(boards(e).improvementBoard.cards[0]).toMatchObject({ column: 'inProgress', pdsa: 'plan', doneOn: null });
    moveCard(e, card, 'done', '2026-03-26');
    expect(boards(e).improvementBoard.cards[0]).toMatchObject({ column: 'done', doneOn: '2026-03-26' });
  });

  it('places a card on the matrix, clamped to it, and takes it off', () => {
    const e = meeting();
    const card = addCard(e, { idea: 'Checklista' });
    placeCard(e, card, { effort: 1.3, effect: 0.25 });
    expect(boards(e).improvementBoard.cards[0]!.matrix).toEqual({ effort: 1, effect: 0.25 });
    placeCard(e, card, null);
    expect(boards(e).improvementBoard.cards[0]!.matrix).toBeNull();
  });

  it('a card becomes an action that names its KPI, and the card keeps the action', () => {
    const e = meeting();
    const kpi = addKpi(e, { name: 'Ledtid' });
    const card = addCard(e, { idea: 'Påminnelse', kpiId: kpi });
    const action = cardToAction(e, card, { what: 'Påminnelse efter tio dagar', owner: 'Omar', dueDate: '2026-04-02' });
    expect(e.document.actions).toEqual([expect.objectContaining({ id: action, owner: 'Omar', kpiId: kpi, status: 'notStarted' })]);
    expect(boards(e).improvementBoard.cards[0]!.actionId).toBe(action);
    e.undo();
    expect(e.document.actions).toEqual([]);
    expect(boards(e).improvementBoard.cards[0]!.actionId).toBeNull();
  });
});
