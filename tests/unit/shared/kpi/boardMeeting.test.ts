import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardsIn, columnLoad, isCardOverdue, quadrantOf, wouldExceed } from '../../../../shared/improvement/board';
import { checklistCount, meetingChecklist } from '../../../../shared/kpi/checklist';
import { kpiJson } from '../../../../shared/kpi/json';
import { parseWorkshopText } from '../../../../shared/model/load';
import { migrate } from '../../../../shared/model/migrations';
import type { Workshop } from '../../../../shared/model/workshop';
import { createFollowUp } from '../../../../shared/record/followUp';
import { goodFixtures } from '../../helpers/fixtures';

function fixture(name: string): Workshop {
  const result = parseWorkshopText(readFileSync(goodFixtures().find((f) => f.name === name)!.path, 'utf8'));
  if (!result.ok) throw new Error(result.detail);
  return result.document;
}

const followUp = (doc: Workshop) =>
  createFollowUp(doc, { now: new Date('2026-03-20T08:00:00Z'), fileName: 'vecka-12.verkstad', text: { itemTitle: 'Uppföljning', openActionsHeading: '', parkingLotHeading: '', nothingOpen: '', describeAction: (a) => a.what } });

describe('the realistic team file', () => {
  it('holds 12 KPIs over two years of weekly values and 30 cards', () => {
    const doc = fixture('v3/team-realistic.verkstad');
    const kpis = doc.teamBoards!.goalBoard.kpis;
    expect(kpis).toHaveLength(12);
    for (const kpi of kpis) {
      expect(kpi.entries.length).toBeGreaterThan(95);
      expect(kpi.entries[0]!.period).toBe('2024-W12');
      expect(kpi.entries.at(-1)!.period <= '2026-W11').toBe(true);
    }
    expect(doc.teamBoards!.improvementBoard.cards).toHaveLength(30);
  });
});

describe('format version 2 to 3', () => {
  it('a version 2 workshop is an ordinary workshop: no team boards, actions without a KPI, items that show nothing', () => {
    const raw = JSON.parse(readFileSync(goodFixtures().find((f) => f.name === 'v2/record.verkstad')!.path, 'utf8'));
    const migrated = migrate(raw, 3);
    expect(migrated.formatVersion).toBe(3);
    expect(migrated.teamBoards).toBeNull();
    expect((migrated.actions as { kpiId: unknown }[]).every((a) => a.kpiId === null)).toBe(true);
    expect((migrated.agenda as { items: { shows: unknown }[] }).items.every((i) => i.shows === null)).toBe(true);
  });
});

describe('the checklist before the meeting', () => {
  it('lists KPIs without last week’s value, red KPIs nobody answered, and actions due', () => {
    const doc = fixture('v3/board-meeting.verkstad');
    const list = meetingChecklist({ ...doc, header: { ...doc.header, date: '2026-03-26' } }, '2026-03-20');
    expect(list.notUpdated.map((n) => n.due)).toEqual(['2026-W12', '2026-W12', '2026-W12']);
    expect(list.actionsDue.map((a) => a.id)).toEqual(['action-1']);
    expect(checklistCount(list)).toBeGreaterThanOrEqual(4);
  });

  it('a red KPI with a comment on its latest value, or an open action for it, is answered', () => {
    const doc = fixture('v3/board-meeting.verkstad');
    const kpi = { ...doc.teamBoards!.goalBoard.kpis[0]!, target: 1000 };
    const board = { ...doc.teamBoards!, goalBoard: { ...doc.teamBoards!.goalBoard, kpis: [kpi] } };
    const open = meetingChecklist({ ...doc, teamBoards: board, actions: [] }, '2026-03-19');
    expect(open.redWithoutResponse.map((k) => k.id)).toEqual([kpi.id]);
    expect(meetingChecklist({ ...doc, teamBoards: board }, '2026-03-19').redWithoutResponse).toEqual([]);
    const commented = { ...kpi, entries: kpi.entries.map((e, i, all) => (i === all.length - 1 ? { ...e, comment: 'Semester' } : e)) };
    expect(meetingChecklist({ ...doc, actions: [], teamBoards: { ...board, goalBoard: { ...board.goalBoard, kpis: [commented] } } }, '2026-03-19').redWithoutResponse).toEqual([]);
  });
});

describe('kpi --json', () => {
  it('prints exactly the documented keys for every KPI', () => {
    const json = kpiJson(fixture('v3/board-meeting.verkstad'));
    expect(json.kpis).toHaveLength(3);
    for (const kpi of json.kpis) expect(Object.keys(kpi)).toEqual(['id', 'name', 'unit', 'direction', 'target', 'tolerance', 'period', 'latest', 'status', 'trend']);
    expect(kpiJson({ teamBoards: null })).toEqual({ kpis: [] });
  });
});

describe('the improvement board', () => {
  const board = fixture('v3/team-realistic.verkstad').teamBoards!.improvementBoard;

  it('counts cards per column by size against the WIP limit and says which size is over', () => {
    const template = board.cards[0]!;
    const cards = [...Array(4).fill('small'), 'project'].map((size, i) => ({ ...template, id: `c${i}`, column: 'inProgress' as const, size }));
    const busy = { ...board, cards };
    expect(columnLoad(busy, 'inProgress')).toMatchObject({ small: 4, project: 1, limit: { small: 3, project: 2 }, over: ['small'] });
    expect(cardsIn(busy, 'inProgress')).toHaveLength(5);
    expect(columnLoad(busy, 'new').over).toEqual([]);
    const empty = { ...board, cards: [] };
    expect(wouldExceed(empty, 'inProgress', 'small')).toBe(false);
    expect(wouldExceed({ ...board, wipLimits: { ...board.wipLimits, inProgress: { small: 0, project: null } } }, 'inProgress', 'small')).toBe(true);
  });

  it('places cards in quadrants: effect up, effort across, the middle counts as high', () => {
    expect(quadrantOf({ effort: 0.2, effect: 0.9 })).toBe('quickWins');
    expect(quadrantOf({ effort: 0.5, effect: 0.5 })).toBe('projects');
    expect(quadrantOf({ effort: 0.1, effect: 0.1 })).toBe('fillIns');
    expect(quadrantOf({ effort: 0.9, effect: 0.2 })).toBe('avoid');
  });

  it('a card is overdue when the action it became is', () => {
    const doc = fixture('v3/board-meeting.verkstad');
    const card = doc.teamBoards!.improvementBoard.cards.find((c) => c.actionId === 'action-1')!;
    expect(isCardOverdue(card, doc.actions, '2026-03-26')).toBe(false);
    expect(isCardOverdue(card, doc.actions, '2026-03-27')).toBe(true);
  });
});

describe('the next board meeting from this one', () => {
  it('is a week later, with the same short agenda and no extra follow-up item', () => {
    const source = fixture('v3/board-meeting.verkstad');
    const next = followUp(source);
    expect(next.header.date).toBe('2026-03-26');
    expect(next.agenda.items.map((i) => [i.title, i.shows])).toEqual(source.agenda.items.map((i) => [i.title, i.shows]));
  });

  it('carries the whole goal board with its history, so the next trend goes on', () => {
    const source = fixture('v3/team-realistic.verkstad');
    const next = followUp(source);
    expect(next.teamBoards!.goalBoard).toEqual(source.teamBoards!.goalBoard);
    expect(kpiJson(next)).toEqual(kpiJson(source));
  });

  it('carries the open cards, each pointing back, and leaves done cards behind', () => {
    const source = fixture('v3/board-meeting.verkstad');
    const next = followUp(source);
    const open = source.teamBoards!.improvementBoard.cards.filter((c) => c.column !== 'done');
    const carried = next.teamBoards!.improvementBoard.cards;
    expect(carried.map((c) => c.problem)).toEqual(open.map((c) => c.problem));
    expect(carried.map((c) => c.carriedFrom)).toEqual(open.map((c) => ({ workshopId: source.id, itemId: c.id })));
    // The card's action was carried too: the card points at the new copy.
    const withAction = carried.find((c) => c.actionId !== null)!;
    expect(next.actions.find((a) => a.id === withAction.actionId)?.carriedFrom?.itemId).toBe('action-1');
    expect(next.actions[0]!.kpiId).toBe('kpi-1');
  });

  it('a quarter of weekly meetings, each from the one before, keeps every KPI value and the open cards', () => {
    let meeting = fixture('v3/board-meeting.verkstad');
    const first = meeting;
    for (let week = 0; week < 13; week++) meeting = followUp(meeting);
    expect(meeting.header.date).toBe('2026-06-18');
    expect(meeting.teamBoards!.goalBoard.kpis.map((k) => k.entries)).toEqual(first.teamBoards!.goalBoard.kpis.map((k) => k.entries));
    expect(meeting.teamBoards!.improvementBoard.cards).toHaveLength(first.teamBoards!.improvementBoard.cards.filter((c) => c.column !== 'done').length);
  });
});
