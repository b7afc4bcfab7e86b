import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText, serializeWorkshop } from '../../../../shared/model/load';
import type { Workshop } from '../../../../shared/model/workshop';
import { createFollowUp, openActions, type FollowUpText } from '../../../../shared/record/followUp';
import { goodFixtures } from '../../helpers/fixtures';

const text: FollowUpText = {
  itemTitle: 'Uppföljning från förra gången',
  openActionsHeading: 'Öppna åtgärder:',
  parkingLotHeading: 'Parkering:',
  nothingOpen: 'Inget öppet.',
  describeAction: (a) => `${a.what} – ${a.owner}, ${a.dueDate ?? 'inget datum'}`,
};

function recordFixture(): Workshop {
  const result = parseWorkshopText(readFileSync(goodFixtures().find((f) => f.name === 'v2/record.verkstad')!.path, 'utf8'));
  if (!result.ok) throw new Error(result.detail);
  return result.document;
}

const followUpOf = (source: Workshop) => createFollowUp(source, { now: new Date('2026-05-01T08:00:00Z'), fileName: 'april.verkstad', text });

describe('a new workshop from this one', () => {
  it('carries over exactly the open actions, each remembering where it came from', () => {
    const source = recordFixture();
    const next = followUpOf(source);
    expect(next.actions.map((a) => a.what)).toEqual(openActions(source).map((a) => a.what));
    expect(next.actions.map((a) => a.what)).not.toContain('Uppdatera processkartan för kompletteringar');
    for (const [index, action] of next.actions.entries()) {
      const original = openActions(source)[index]!;
      expect(action).toMatchObject({ owner: original.owner, dueDate: original.dueDate, status: original.status });
      expect(action.carriedFrom).toEqual({ workshopId: source.id, itemId: original.id });
      expect(action.id).not.toBe(original.id);
    }
  });

  it('starts the agenda with a follow-up item listing the open actions and the parking lot', () => {
    const source = recordFixture();
    const next = followUpOf(source);
    const first = next.agenda.items[0]!;
    expect(first.title).toBe(text.itemTitle);
    expect(first.notes).toContain('Öppna åtgärder:\n• Ta fram checklista för kompletta ansökningar – Anders Berg, 2026-04-30');
    expect(first.notes).toContain('Parkering:\n• Hur påverkar det nya e-tjänstsystemet flödet?');
    expect(next.actions.every((a) => a.origin?.kind === 'agendaItem' && a.origin.agendaItemId === first.id)).toBe(true);
  });

  it('does not repeat the follow-up item of a workshop that was itself a follow-up', () => {
    const next = followUpOf(recordFixture());
    const titles = next.agenda.items.map((i) => i.title);
    expect(titles.filter((t) => t === text.itemTitle)).toHaveLength(1);
    expect(titles).toContain('Nästa försök och åtgärder');
  });

  it('carries participants over with attendance, arrival and preparation reset', () => {
    const source = recordFixture();
    const next = followUpOf(source);
    expect(next.participants.map((p) => p.name)).toEqual(source.participants.map((p) => p.name));
    expect(next.participants.every((p) => p.attendance === null && p.arrivedAt === null && p.prepared === null)).toBe(true);
    expect(next.participants[0]!.email).toBe('anders.berg@kommun.example');
  });

  it('copies the header except the date, and records which workshop it follows', () => {
    const source = recordFixture();
    const next = followUpOf(source);
    expect(next.header).toEqual({ ...source.header, date: null });
    expect(next.followsWorkshop).toEqual({ id: source.id, title: source.header.title, date: '2026-04-14', fileName: 'april.verkstad' });
    expect(next.id).not.toBe(source.id);
  });

  it('carries the parking lot and starts with no decisions, polls, notes or votes', () => {
    const next = followUpOf(recordFixture());
    expect(next.parkingLot).toHaveLength(2);
    expect(next).toMatchObject({ decisions: [], polls: [], itemNotes: {}, roundTable: {}, dotVotes: {} });
  });

  it('with nothing open, the follow-up item says so', () => {
    const source = { ...recordFixture(), parkingLot: [], actions: [] };
    expect(followUpOf(source).agenda.items[0]!.notes).toBe('Inget öppet.');
  });

  it('the new workshop is a valid file', () => {
    const next = followUpOf(recordFixture());
    expect(parseWorkshopText(serializeWorkshop(next))).toMatchObject({ ok: true, document: next });
  });
});
