import type { ActionItem } from '../model/record';
import type { Kpi, Workshop } from '../model/workshop';
import { duePeriod } from './periods';
import { hasTextEntries, isUpdated, kpiStatus, latestPoint, thresholdProblems } from './status';

/**
 * The coordinator's checklist before the board meeting ("keep the goal board up to date before the
 * meeting"): KPIs without a value for the period due, red KPIs nobody has answered yet (no comment
 * on the latest value and no open action for the KPI), actions due by the meeting, and KPIs whose
 * numbers or thresholds need a look.
 */
export interface Checklist {
  /** The date the checklist is for: the meeting's date, else today. */
  date: string;
  notUpdated: { kpi: Kpi; due: string }[];
  redWithoutResponse: Kpi[];
  actionsDue: ActionItem[];
  textValues: Kpi[];
  thresholdProblems: Kpi[];
}

/** Red, and neither a comment on its latest value nor an open action for it. */
export function needsResponse(kpi: Kpi, actions: readonly ActionItem[]): boolean {
  if (kpiStatus(kpi) !== 'red') return false;
  const latest = latestPoint(kpi);
  const entry = latest ? kpi.entries.find((e) => e.period === latest.period) : undefined;
  if (entry && entry.comment.trim() !== '') return false;
  return !actions.some((a) => a.kpiId === kpi.id && a.status !== 'done');
}

export function meetingChecklist(doc: Pick<Workshop, 'teamBoards' | 'actions' | 'header'>, today: string): Checklist {
  const date = doc.header.date ?? today;
  const kpis = doc.teamBoards?.goalBoard.kpis ?? [];
  return {
    date,
    notUpdated: kpis.filter((kpi) => !isUpdated(kpi, date)).map((kpi) => ({ kpi, due: duePeriod(date, kpi.period) })),
    redWithoutResponse: kpis.filter((kpi) => needsResponse(kpi, doc.actions)),
    actionsDue: doc.actions.filter((a) => a.status !== 'done' && a.dueDate !== null && a.dueDate <= date),
    textValues: kpis.filter(hasTextEntries),
    thresholdProblems: kpis.filter((kpi) => thresholdProblems(kpi).length > 0),
  };
}

/** How many things on the checklist still need doing (the badge on the button). */
export function checklistCount(list: Checklist): number {
  return list.notUpdated.length + list.redWithoutResponse.length + list.actionsDue.length + list.textValues.length + list.thresholdProblems.length;
}
