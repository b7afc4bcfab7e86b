import { describe, expect, it } from 'vitest';
import { newAgendaItem, newWorkshop } from '../../../../shared/model/defaults';
import { runningAgendaItemId } from '../../../../shared/record/runningItem';

function running() {
  const doc = newWorkshop();
  const [a, b] = [newAgendaItem(), newAgendaItem()];
  doc.agenda.items = [a, b];
  doc.run.startedAt = '2026-11-21T09:00:00Z';
  doc.run.visits = [
    { itemId: a.id, startedAt: '2026-11-21T09:00:00Z', endedAt: '2026-11-21T09:15:00Z' },
    { itemId: b.id, startedAt: '2026-11-21T09:15:00Z', endedAt: null },
  ];
  return { doc, a, b };
}

describe('the agenda item running now', () => {
  it('is the item of the open visit', () => {
    const { doc, b } = running();
    expect(runningAgendaItemId(doc)).toBe(b.id);
  });

  it('is none before the workshop starts or after it is finished', () => {
    expect(runningAgendaItemId(newWorkshop())).toBeNull();
    const { doc } = running();
    doc.run.finishedAt = '2026-11-21T10:00:00Z';
    expect(runningAgendaItemId(doc)).toBeNull();
  });

  it('is none when the running item has been deleted from the agenda', () => {
    const { doc, a } = running();
    doc.agenda.items = [a];
    expect(runningAgendaItemId(doc)).toBeNull();
  });
});
