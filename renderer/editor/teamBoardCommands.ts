import type { Draft } from 'immer';
import { newActionItem, newImprovementCard } from '../../shared/model/defaults';
import { newId } from '../../shared/model/ids';
import type { Language } from '../../shared/model/language';
import type { ActionItem } from '../../shared/model/record';
import type { CardColumn, GoalBoard, ImprovementCard, Kpi, KpiEntry, MatrixPlace, PeriodKey, TeamBoards, WipLimit, Workshop } from '../../shared/model/workshop';
import type { CellWrite } from '../../shared/kpi/importValues';
import { entryFromCell, withEntry } from '../../shared/kpi/values';
import type { Editor } from './editor';

/**
 * Edits of the board meeting's goal board and improvement board, each one undo step (typing in a
 * field coalesces per field). No React here: tests drive these on a headless editor.
 */

/** Gives the workshop a goal board and an improvement board (a board meeting); nothing if it has them. */
export function addTeamBoards(editor: Editor, boards: TeamBoards): void {
  editor.run('teamBoards.add', (doc) => {
    if (doc.teamBoards === null) doc.teamBoards = boards;
  });
}

function goal(doc: Draft<Workshop>): Draft<GoalBoard> | null {
  return doc.teamBoards?.goalBoard ?? null;
}

function kpiOf(doc: Draft<Workshop>, kpiId: string): Draft<Kpi> | null {
  return goal(doc)?.kpis.find((k) => k.id === kpiId) ?? null;
}

export function setTeamName(editor: Editor, team: string): void {
  editor.run('teamBoards.team', (doc) => void (doc.teamBoards && (doc.teamBoards.team = team.slice(0, 200))), { coalesceKey: 'teamBoards.team' });
}

export function setOverallGoal(editor: Editor, text: string): void {
  editor.run('teamBoards.overallGoal', (doc) => void (doc.teamBoards && (doc.teamBoards.goalBoard.overallGoal = text.slice(0, 2_000))), { coalesceKey: 'teamBoards.overallGoal' });
}

// Areas and goals ------------------------------------------------------------------------------

export function addArea(editor: Editor, name: string): string {
  const id = newId();
  editor.run('teamBoards.area.add', (doc) => void goal(doc)?.areas.push({ id, name: name.slice(0, 200) }));
  return id;
}

export function renameArea(editor: Editor, areaId: string, name: string): void {
  editor.run(
    'teamBoards.area.rename',
    (doc) => {
      const area = goal(doc)?.areas.find((a) => a.id === areaId);
      if (area) area.name = name.slice(0, 200);
    },
    { coalesceKey: `teamBoards.area.${areaId}` },
  );
}

/** Removes an area; its goals and KPIs stay, without an area (shown under "Other KPIs"). */
export function deleteArea(editor: Editor, areaId: string): void {
  editor.run('teamBoards.area.delete', (doc) => {
    const board = goal(doc);
    if (!board) return;
    board.areas = board.areas.filter((a) => a.id !== areaId);
    for (const g of board.goals) if (g.areaId === areaId) g.areaId = null;
    for (const k of board.kpis) if (k.areaId === areaId) k.areaId = null;
  });
}

export function moveArea(editor: Editor, areaId: string, to: number): void {
  editor.run('teamBoards.area.move', (doc) => {
    const board = goal(doc);
    const from = board?.areas.findIndex((a) => a.id === areaId) ?? -1;
    if (!board || from < 0) return;
    const [area] = board.areas.splice(from, 1);
    board.areas.splice(Math.max(0, Math.min(board.areas.length, to)), 0, area!);
  });
}

export function addGoal(editor: Editor, areaId: string | null, parentId: string | null, text: string): string {
  const id = newId();
  editor.run('teamBoards.goal.add', (doc) => {
    const board = goal(doc);
    if (!board) return;
    // A sub-goal sits in its parent's area.
    const area = parentId ? (board.goals.find((g) => g.id === parentId)?.areaId ?? areaId) : areaId;
    board.goals.push({ id, text: text.slice(0, 1_000), areaId: area, parentId });
  });
  return id;
}

export function editGoal(editor: Editor, goalId: string, text: string): void {
  editor.run(
    'teamBoards.goal.edit',
    (doc) => {
      const g = goal(doc)?.goals.find((x) => x.id === goalId);
      if (g) g.text = text.slice(0, 1_000);
    },
    { coalesceKey: `teamBoards.goal.${goalId}` },
  );
}

/** Removes a goal and its sub-goals; KPIs that measured them stay, without a goal. */
export function deleteGoal(editor: Editor, goalId: string): void {
  editor.run('teamBoards.goal.delete', (doc) => {
    const board = goal(doc);
    if (!board) return;
    const gone = new Set([goalId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const g of board.goals) {
        if (g.parentId && gone.has(g.parentId) && !gone.has(g.id)) {
          gone.add(g.id);
          grew = true;
        }
      }
    }
    board.goals = board.goals.filter((g) => !gone.has(g.id));
    for (const k of board.kpis) if (k.goalId && gone.has(k.goalId)) k.goalId = null;
  });
}

// KPIs -----------------------------------------------------------------------------------------

export type KpiFields = Pick<Kpi, 'name' | 'unit' | 'direction' | 'target' | 'tolerance' | 'period' | 'areaId' | 'goalId'>;

export function addKpi(editor: Editor, fields: Partial<KpiFields> & Pick<KpiFields, 'name'>): string {
  const id = newId();
  editor.run('teamBoards.kpi.add', (doc) => {
    goal(doc)?.kpis.push({ id, unit: '', direction: 'higher', target: null, tolerance: 0, period: 'week', areaId: null, goalId: null, entries: [], ...fields, name: fields.name.slice(0, 200) });
  });
  return id;
}

/** Changes a KPI's settings. Changing its period would orphan its values, so a KPI with values keeps its period. */
export function updateKpi(editor: Editor, kpiId: string, fields: Partial<KpiFields>, coalesceKey?: string): void {
  editor.run(
    'teamBoards.kpi.update',
    (doc) => {
      const kpi = kpiOf(doc, kpiId);
      if (!kpi) return;
      const { period, ...rest } = fields;
      Object.assign(kpi, rest);
      if (period && kpi.entries.length === 0) kpi.period = period;
    },
    coalesceKey ? { coalesceKey } : {},
  );
}

export function deleteKpi(editor: Editor, kpiId: string): void {
  editor.run('teamBoards.kpi.delete', (doc) => {
    const board = goal(doc);
    if (!board) return;
    board.kpis = board.kpis.filter((k) => k.id !== kpiId);
    for (const card of doc.teamBoards!.improvementBoard.cards) if (card.kpiId === kpiId) card.kpiId = null;
    for (const action of doc.actions) if (action.kpiId === kpiId) action.kpiId = null;
  });
}

export function moveKpi(editor: Editor, kpiId: string, to: number): void {
  editor.run('teamBoards.kpi.move', (doc) => {
    const board = goal(doc);
    const from = board?.kpis.findIndex((k) => k.id === kpiId) ?? -1;
    if (!board || from < 0) return;
    const [kpi] = board.kpis.splice(from, 1);
    board.kpis.splice(Math.max(0, Math.min(board.kpis.length, to)), 0, kpi!);
  });
}

function writeCell(kpi: Draft<Kpi>, period: PeriodKey, text: string, lang: Language): void {
  const previous = kpi.entries.find((e) => e.period === period) as KpiEntry | undefined;
  kpi.entries = withEntry(kpi.entries as KpiEntry[], period, entryFromCell(period, text, lang, previous));
}

/** Types a value into a KPI's cell: a number counts, text is kept and marked, empty clears it. */
export function setKpiValue(editor: Editor, kpiId: string, period: PeriodKey, text: string, lang: Language): void {
  editor.run('teamBoards.kpi.value', (doc) => {
    const kpi = kpiOf(doc, kpiId);
    if (kpi) writeCell(kpi, period, text, lang);
  });
}

/** Many cells at once (a pasted block, a CSV file): one undo step. */
export function setKpiValues(editor: Editor, writes: readonly CellWrite[], lang: Language): void {
  editor.run('teamBoards.kpi.values', (doc) => {
    for (const write of writes) {
      const kpi = kpiOf(doc, write.kpiId);
      if (kpi) writeCell(kpi, write.period, write.text, lang);
    }
  });
}

export function setKpiComment(editor: Editor, kpiId: string, period: PeriodKey, comment: string): void {
  editor.run(
    'teamBoards.kpi.comment',
    (doc) => {
      const kpi = kpiOf(doc, kpiId);
      if (!kpi) return;
      const previous = kpi.entries.find((e) => e.period === period) as KpiEntry | undefined;
      const text = comment.slice(0, 2_000);
      const next: KpiEntry | null = previous ? { ...previous, comment: text } : text ? { period, value: null, text: '', comment: text } : null;
      // An entry that held only a comment goes when the comment is cleared.
      const keep = next && (next.value !== null || next.text !== '' || next.comment !== '');
      kpi.entries = withEntry(kpi.entries as KpiEntry[], period, keep ? next : null);
    },
    { coalesceKey: `teamBoards.comment.${kpiId}.${period}` },
  );
}

/** An action for a KPI (a red KPI's answer at the meeting). */
export function addKpiAction(editor: Editor, kpiId: string, action: Pick<ActionItem, 'what' | 'owner' | 'dueDate'>): string {
  const item = newActionItem({ ...action, kpiId });
  editor.run('teamBoards.kpi.action', (doc) => void doc.actions.push(item));
  return item.id;
}

// Improvement board ------------------------------------------------------------------------------

export type CardFields = Partial<Omit<ImprovementCard, 'id' | 'carriedFrom'>>;

export function addCard(editor: Editor, fields: CardFields): string {
  const id = newId();
  editor.run('teamBoards.card.add', (doc) => {
    doc.teamBoards?.improvementBoard.cards.push(newImprovementCard(id, fields));
  });
  return id;
}

export function updateCard(editor: Editor, cardId: string, fields: CardFields, coalesceKey?: string): void {
  editor.run(
    'teamBoards.card.update',
    (doc) => {
      const card = doc.teamBoards?.improvementBoard.cards.find((c) => c.id === cardId);
      if (card) Object.assign(card, fields);
    },
    coalesceKey ? { coalesceKey } : {},
  );
}

/**
 * Moves a card to a column (at `index` among that column's cards, or last). Into "in progress" it
 * starts its PDSA at plan; into "done" it gets today's date.
 */
export function moveCard(editor: Editor, cardId: string, column: CardColumn, today: string, index?: number): void {
  editor.run('teamBoards.card.move', (doc) => {
    const cards = doc.teamBoards?.improvementBoard.cards;
    const from = cards?.findIndex((c) => c.id === cardId) ?? -1;
    if (!cards || from < 0) return;
    const [card] = cards.splice(from, 1);
    if (card!.column !== column) {
      if (column === 'inProgress' && card!.pdsa === null) card!.pdsa = 'plan';
      if (column === 'done') card!.doneOn = today;
      if (column !== 'done') card!.doneOn = null;
    }
    card!.column = column;
    const inColumn = cards.map((c, i) => [c, i] as const).filter(([c]) => c.column === column);
    const at = index === undefined || index >= inColumn.length ? (inColumn.at(-1)?.[1] ?? cards.length - 1) + 1 : inColumn[Math.max(0, index)]![1];
    cards.splice(at, 0, card!);
  });
}

export function placeCard(editor: Editor, cardId: string, place: MatrixPlace | null): void {
  const clamp = (v: number) => Math.max(0, Math.min(1, Math.round(v * 1000) / 1000));
  updateCard(editor, cardId, { matrix: place ? { effort: clamp(place.effort), effect: clamp(place.effect) } : null });
}

export function deleteCard(editor: Editor, cardId: string): void {
  editor.run('teamBoards.card.delete', (doc) => {
    const board = doc.teamBoards?.improvementBoard;
    if (board) board.cards = board.cards.filter((c) => c.id !== cardId);
  });
}

/** Turns a card into an action (owner, due); the action names the card's KPI, the card keeps the action's id. */
export function cardToAction(editor: Editor, cardId: string, action: Pick<ActionItem, 'what' | 'owner' | 'dueDate'>): string | null {
  const card = editor.document.teamBoards?.improvementBoard.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const item = newActionItem({ ...action, kpiId: card.kpiId });
  editor.run('teamBoards.card.action', (doc) => {
    const target = doc.teamBoards?.improvementBoard.cards.find((c) => c.id === cardId);
    if (!target) return;
    doc.actions.push(item);
    target.actionId = item.id;
  });
  return item.id;
}

export function setWipLimit(editor: Editor, column: CardColumn, limit: WipLimit): void {
  editor.run('teamBoards.wip', (doc) => void (doc.teamBoards && (doc.teamBoards.improvementBoard.wipLimits[column] = limit)));
}
