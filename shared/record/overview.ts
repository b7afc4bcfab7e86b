import type { IoProblem } from '../ipc/contract';
import type { LoadProblem } from '../model/load';
import { isLate, rate } from './attendance';
import type { WorkshopDigest } from './digest';
import { daysOverdue, isOverdue } from './overdue';
import { teamOverviews, type TeamOverview } from './teamOverview';

/**
 * The coordinator overview across many workshop files: pure arithmetic over the digests the folder
 * scan found. Damaged files are carried along and listed; they never stop the rest.
 */

export type ScannedFile =
  | { ok: true; path: string; relativePath: string; digest: WorkshopDigest }
  | { ok: false; path: string; relativePath: string; problem: LoadProblem | IoProblem; detail: string };

export interface OverviewWorkshop extends WorkshopDigest {
  path: string;
  relativePath: string;
  present: number;
  invited: number;
  openActions: number;
  overdueActions: number;
}

export interface OverviewAction {
  id: string;
  what: string;
  owner: string;
  dueDate: string | null;
  status: 'notStarted' | 'inProgress';
  overdue: boolean;
  daysOverdue: number;
  workshopTitle: string;
  workshopDate: string | null;
  path: string;
}

export interface OwnerActions {
  owner: string;
  actions: OverviewAction[];
  overdue: number;
}

export interface PersonMeeting {
  date: string | null;
  title: string;
  attendance: 'present' | 'absent' | 'excused' | null;
  late: boolean | null;
  prepared: boolean | null;
}

export interface PersonRecord {
  name: string;
  meetings: PersonMeeting[];
  /** Present ÷ meetings with attendance recorded. */
  attendanceRate: number | null;
  /** On time ÷ meetings present with a known arrival and start time. */
  punctuality: number | null;
  /** Prepared ÷ meetings with preparation recorded. */
  preparedness: number | null;
}

export interface Overview {
  workshops: OverviewWorkshop[];
  damaged: Extract<ScannedFile, { ok: false }>[];
  openByOwner: OwnerActions[];
  overdue: OverviewAction[];
  people: PersonRecord[];
  /** Board meetings: per team, its newest meeting's red KPIs, KPIs not updated, overdue cards and actions. */
  teams: TeamOverview[];
}

/** People and owners are matched by name, ignoring case and extra spaces. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

const byDateThenTitle = (a: { date: string | null; title: string }, b: { date: string | null; title: string }) =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title);

/**
 * An action carried into a later workshop lives on there: its status is kept in the newer file,
 * so the older copy is left out to count each action once.
 */
function supersededActions(digests: readonly WorkshopDigest[]): Set<string> {
  const carried = new Set<string>();
  for (const digest of digests) {
    for (const action of digest.actions) if (action.carriedFrom) carried.add(`${action.carriedFrom.workshopId}/${action.carriedFrom.itemId}`);
  }
  return carried;
}

export function aggregateOverview(files: readonly ScannedFile[], today: string): Overview {
  const good = files.filter((f): f is Extract<ScannedFile, { ok: true }> => f.ok);
  const damaged = files.filter((f): f is Extract<ScannedFile, { ok: false }> => !f.ok).sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  const superseded = supersededActions(good.map((f) => f.digest));

  const open: OverviewAction[] = [];
  const workshops: OverviewWorkshop[] = good.map(({ digest, path, relativePath }) => {
    let openCount = 0;
    let overdueCount = 0;
    for (const action of digest.actions) {
      if (action.status === 'done' || superseded.has(`${digest.id}/${action.id}`)) continue;
      const overdue = isOverdue(action, today);
      openCount += 1;
      if (overdue) overdueCount += 1;
      open.push({
        id: action.id,
        what: action.what,
        owner: action.owner.trim(),
        dueDate: action.dueDate,
        status: action.status,
        overdue,
        daysOverdue: daysOverdue(action, today),
        workshopTitle: digest.title,
        workshopDate: digest.date,
        path,
      });
    }
    return {
      ...digest,
      path,
      relativePath,
      present: digest.participants.filter((p) => p.attendance === 'present').length,
      invited: digest.participants.length,
      openActions: openCount,
      overdueActions: overdueCount,
    };
  });
  // Newest first: the coordinator looks for the latest meeting.
  workshops.sort((a, b) => -byDateThenTitle(a, b));

  const dueOrder = (a: OverviewAction, b: OverviewAction) =>
    (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') || a.what.localeCompare(b.what);
  const owners = new Map<string, OwnerActions>();
  for (const action of open) {
    const key = personKey(action.owner);
    const entry = owners.get(key) ?? { owner: action.owner, actions: [], overdue: 0 };
    entry.actions.push(action);
    if (action.overdue) entry.overdue += 1;
    owners.set(key, entry);
  }
  const openByOwner = [...owners.values()]
    .map((entry) => ({ ...entry, actions: entry.actions.sort(dueOrder) }))
    // The owners with most overdue first; an action without owner is listed last.
    .sort((a, b) => Number(a.owner === '') - Number(b.owner === '') || b.overdue - a.overdue || a.owner.localeCompare(b.owner));
  const overdue = open.filter((a) => a.overdue).sort(dueOrder);

  return { workshops, damaged, openByOwner, overdue, people: peopleRecords(good.map((f) => f.digest)), teams: teamOverviews(good, today) };
}

function peopleRecords(digests: readonly WorkshopDigest[]): PersonRecord[] {
  const people = new Map<string, { name: string; meetings: PersonMeeting[] }>();
  for (const digest of [...digests].sort(byDateThenTitle)) {
    for (const participant of digest.participants) {
      const key = personKey(participant.name);
      if (key === '') continue;
      const entry = people.get(key) ?? { name: participant.name.trim(), meetings: [] };
      entry.meetings.push({
        date: digest.date,
        title: digest.title,
        attendance: participant.attendance,
        late: isLate(participant, digest.startTime),
        prepared: participant.prepared,
      });
      people.set(key, entry);
    }
  }
  return [...people.values()]
    .map(({ name, meetings }) => {
      const recorded = meetings.filter((m) => m.attendance !== null);
      const present = recorded.filter((m) => m.attendance === 'present');
      const timed = present.filter((m) => m.late !== null);
      const preparedKnown = meetings.filter((m) => m.prepared !== null);
      return {
        name,
        meetings,
        attendanceRate: rate(present.length, recorded.length),
        punctuality: rate(timed.filter((m) => m.late === false).length, timed.length),
        preparedness: rate(preparedKnown.filter((m) => m.prepared === true).length, preparedKnown.length),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
