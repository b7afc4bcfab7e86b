import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkshopText } from '../../../shared/model/load';
import type { Workshop } from '../../../shared/model/workshop';
import { fixturesDir } from './fixtures';

function load(name: string): Workshop {
  const result = parseWorkshopText(readFileSync(join(fixturesDir, 'v2', name), 'utf8'));
  if (!result.ok) throw new Error(`fixture ${name}: ${result.detail}`);
  return result.document;
}

/**
 * A realistic, complete workshop for the report tests, made from the fixtures each area keeps
 * (tests/fixtures/v2/): the record's participants, actions, decisions, notes, parking lot and
 * poll; the run log and agenda of a finished run; the boards of the canvas and the value-stream maps. Ids that point at
 * agenda items are moved to the run's agenda, item by item.
 */
export function reportWorkshop(): Workshop {
  const record = load('record.verkstad');
  const run = load('run-finished.verkstad');
  const boards = load('boards.verkstad');
  const vsm = load('vsm.verkstad');
  const items = run.agenda.items;
  const itemMap = new Map(record.agenda.items.map((item, i) => [item.id, items[Math.min(i, items.length - 1)]!.id]));
  const moved = (id: string | null) => (id === null ? null : (itemMap.get(id) ?? null));
  const doc: Workshop = {
    ...record,
    header: { ...record.header, startTime: run.header.startTime, date: run.header.date },
    agenda: run.agenda,
    run: run.run,
    boards: [...boards.boards, ...vsm.boards],
    decisions: record.decisions.map((d) => ({ ...d, agendaItemId: moved(d.agendaItemId) })),
    polls: record.polls.map((p) => ({ ...p, agendaItemId: moved(p.agendaItemId) })),
    itemNotes: Object.fromEntries(Object.entries(record.itemNotes).map(([id, text]) => [moved(id) ?? id, text])),
    // Dots on the idea board's stickies (the record fixture's votes are for stickies of its own).
    dotVotes: Object.fromEntries(
      boards.boards
        .flatMap((board) => board.shapes)
        .filter((shape) => shape.type === 'sticky')
        .map((shape, i) => [shape.id, [5, 3, 3, 0][i % 4]!]),
    ),
    actions: record.actions.map((a) => ({
      ...a,
      origin: a.origin?.kind === 'agendaItem' ? { kind: 'agendaItem' as const, agendaItemId: moved(a.origin.agendaItemId)! } : a.origin,
    })),
  };
  return doc;
}
