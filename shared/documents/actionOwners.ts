import { z } from 'zod';
import type { ActionItem } from '../model/record';
import type { Workshop } from '../model/workshop';

/**
 * Who has open actions, with the e-mail address the participant list gives for that name: what
 * "Send actions…" shows before it writes anything, and what it writes from (actionMail.ts).
 */
export interface OwnerActions {
  /** The owner as written on the actions. */
  owner: string;
  /** From the participant of that name; null when there is none, or no address. */
  email: string | null;
  /** What the participant list holds when it is not an e-mail address (a typo), for the user to fix. */
  invalidEmail: string | null;
  /** Open actions (not done), by due date (undated last), then as listed. */
  actions: ActionItem[];
}

const key = (name: string) => name.trim().toLocaleLowerCase('sv');

export function openActionsByOwner(doc: Workshop): { owners: OwnerActions[]; withoutOwner: number } {
  const emails = new Map<string, string>();
  for (const p of doc.participants) if (p.name.trim() && p.email.trim() && !emails.has(key(p.name))) emails.set(key(p.name), p.email.trim());
  const valid = (address: string | undefined) => (address !== undefined && z.email().safeParse(address).success ? address : null);
  const byOwner = new Map<string, OwnerActions>();
  let withoutOwner = 0;
  for (const action of doc.actions) {
    if (action.status === 'done') continue;
    if (!action.owner.trim()) {
      withoutOwner += 1;
      continue;
    }
    const k = key(action.owner);
    const written = emails.get(k);
    const entry = byOwner.get(k) ?? { owner: action.owner.trim(), email: valid(written), invalidEmail: written !== undefined && !valid(written) ? written : null, actions: [] };
    entry.actions.push(action);
    byOwner.set(k, entry);
  }
  const owners = [...byOwner.values()];
  for (const o of owners) o.actions.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return { owners, withoutOwner };
}
