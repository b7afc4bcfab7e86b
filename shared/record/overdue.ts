/**
 * When an action is overdue. A due date is a calendar day without a time zone, as the user means
 * it: an action due today is not overdue until that day is over where the user is.
 */

/** Today's calendar date (YYYY-MM-DD) at `now` in a time zone (default: this computer's). */
export function localDate(now: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from one calendar date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface Dated {
  dueDate: string | null;
  status: 'notStarted' | 'inProgress' | 'done';
}

/** Overdue: not done, and its due day has ended (`today` is after it). */
export function isOverdue(action: Dated, today: string): boolean {
  return action.status !== 'done' && action.dueDate !== null && action.dueDate < today;
}

/** Days past the due date for an overdue action, else 0. */
export function daysOverdue(action: Dated, today: string): number {
  return isOverdue(action, today) && action.dueDate ? daysBetween(action.dueDate, today) : 0;
}

/** Due today and not done: worth a gentle mark, not yet an alarm. */
export function isDueToday(action: Dated, today: string): boolean {
  return action.status !== 'done' && action.dueDate === today;
}
