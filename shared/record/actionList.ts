import type { ActionItem, ActionStatus } from '../model/record';
import { personKey } from './overview';

/** How the action list is filtered and sorted in the record view. */
export interface ActionListView {
  /** An owner's name, or null for everyone. */
  owner: string | null;
  status: ActionStatus | 'open' | 'all';
  sort: 'due' | 'owner' | 'status';
}

const statusOrder: Record<ActionStatus, number> = { notStarted: 0, inProgress: 1, done: 2 };
/** Actions without a due date sort after those with one. */
const dueKey = (a: ActionItem) => a.dueDate ?? '9999-12-31';

export function listActions(actions: readonly ActionItem[], view: ActionListView): ActionItem[] {
  const ownerKey = view.owner === null ? null : personKey(view.owner);
  const shown = actions.filter(
    (a) =>
      (ownerKey === null || personKey(a.owner) === ownerKey) &&
      (view.status === 'all' || (view.status === 'open' ? a.status !== 'done' : a.status === view.status)),
  );
  const byDue = (a: ActionItem, b: ActionItem) => dueKey(a).localeCompare(dueKey(b));
  const byOwner = (a: ActionItem, b: ActionItem) =>
    Number(a.owner.trim() === '') - Number(b.owner.trim() === '') || personKey(a.owner).localeCompare(personKey(b.owner));
  const byStatus = (a: ActionItem, b: ActionItem) => statusOrder[a.status] - statusOrder[b.status];
  const order = { due: [byDue, byOwner], owner: [byOwner, byDue], status: [byStatus, byDue] }[view.sort];
  // Array.prototype.sort is stable: equal actions keep the order they were added in.
  return [...shown].sort((a, b) => order.reduce((result, compare) => result || compare(a, b), 0));
}

/** The distinct owners of the actions, for the owner filter. */
export function ownersOf(actions: readonly ActionItem[]): string[] {
  const owners = new Map<string, string>();
  for (const action of actions) {
    const key = personKey(action.owner);
    if (key !== '' && !owners.has(key)) owners.set(key, action.owner.trim());
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b));
}
