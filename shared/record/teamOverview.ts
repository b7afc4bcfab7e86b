import { duePeriod } from '../kpi/periods';
import type { WorkshopDigest } from './digest';
import { isOverdue } from './overdue';

/**
 * The coordinator overview of the board meetings in a folder: for each team, its newest meeting
 * file (the one no other file in the folder follows up) with the red KPIs, the KPIs without a value
 * for the last complete period, and the overdue cards and actions.
 */
export interface TeamOverview {
  team: string;
  title: string;
  date: string | null;
  path: string;
  relativePath: string;
  kpiCount: number;
  red: string[];
  notUpdated: { name: string; due: string }[];
  overdueCards: { title: string; dueDate: string | null; owner: string }[];
  overdueActions: { what: string; owner: string; dueDate: string | null }[];
}

interface TeamFile {
  path: string;
  relativePath: string;
  digest: WorkshopDigest;
}

export function teamOverviews(files: readonly TeamFile[], today: string): TeamOverview[] {
  const followed = new Set(files.map((f) => f.digest.followsWorkshopId).filter((id): id is string => id !== null));
  return files
    .filter((f) => f.digest.team !== null && !followed.has(f.digest.id))
    .map(({ path, relativePath, digest }) => {
      const team = digest.team!;
      const actions = new Map(digest.actions.map((a) => [a.id, a]));
      const overdueCards = team.openCards
        .map((card) => ({ card, action: card.actionId ? actions.get(card.actionId) : undefined }))
        .filter(({ action }) => action !== undefined && isOverdue(action, today))
        .map(({ card, action }) => ({ title: card.title, dueDate: action!.dueDate, owner: action!.owner }));
      return {
        team: team.team,
        title: digest.title,
        date: digest.date,
        path,
        relativePath,
        kpiCount: team.kpis.length,
        red: team.kpis.filter((k) => k.status === 'red').map((k) => k.name),
        notUpdated: team.kpis
          .map((k) => ({ name: k.name, due: duePeriod(today, k.period), latest: k.latestPeriod }))
          .filter((k) => k.latest === null || k.latest < k.due)
          .map(({ name, due }) => ({ name, due })),
        overdueCards,
        overdueActions: digest.actions.filter((a) => isOverdue(a, today)).map(({ what, owner, dueDate }) => ({ what, owner, dueDate })),
      };
    })
    .sort((a, b) => b.red.length + b.overdueCards.length - (a.red.length + a.overdueCards.length) || a.team.localeCompare(b.team));
}
