import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../shared/model/record';
import { listActions, ownersOf } from '../../../../shared/record/actionList';
import { rememberPeople } from '../../../../shared/record/people';

const action = (id: string, owner: string, dueDate: string | null, status: ActionItem['status']): ActionItem => ({
  id,
  what: id,
  owner,
  dueDate,
  status,
  origin: null,
  carriedFrom: null,
  kpiId: null,
});

const actions = [
  action('a', 'Fatima Said', '2026-05-01', 'inProgress'),
  action('b', 'Anders Berg', null, 'notStarted'),
  action('c', 'anders berg ', '2026-04-01', 'done'),
  action('d', '', '2026-03-01', 'notStarted'),
];

describe('the action list', () => {
  it('sorts by due date, the undated last', () => {
    expect(listActions(actions, { owner: null, status: 'all', sort: 'due' }).map((a) => a.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('sorts by owner, the ownerless last, then by due date', () => {
    expect(listActions(actions, { owner: null, status: 'all', sort: 'owner' }).map((a) => a.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts by status: not started, in progress, done', () => {
    expect(listActions(actions, { owner: null, status: 'all', sort: 'status' }).map((a) => a.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('filters by owner whatever the case and spacing of the name', () => {
    expect(listActions(actions, { owner: 'Anders Berg', status: 'all', sort: 'due' }).map((a) => a.id)).toEqual(['c', 'b']);
  });

  it('"not done" shows not started and in progress', () => {
    expect(listActions(actions, { owner: null, status: 'open', sort: 'due' }).map((a) => a.id)).toEqual(['d', 'a', 'b']);
  });

  it('lists each owner once for the filter', () => {
    expect(ownersOf(actions)).toEqual(['Anders Berg', 'Fatima Said']);
  });
});

describe('the people used before', () => {
  it('puts the newly added first and never repeats a name', () => {
    const known = [
      { name: 'Anders Berg', role: 'Handläggare', email: 'a@x.se' },
      { name: 'Eva Lund', role: '', email: '' },
    ];
    expect(rememberPeople(known, [{ name: 'anders berg', role: '', email: '' }, { name: 'Jonas Ek', role: 'Admin', email: '' }])).toEqual([
      { name: 'anders berg', role: 'Handläggare', email: 'a@x.se' },
      { name: 'Jonas Ek', role: 'Admin', email: '' },
      { name: 'Eva Lund', role: '', email: '' },
    ]);
  });
});
