import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../../shared/model/load';
import type { Workshop } from '../../../../shared/model/workshop';
import { digestOf, WorkshopDigest } from '../../../../shared/record/digest';
import { createFollowUp } from '../../../../shared/record/followUp';
import { aggregateOverview } from '../../../../shared/record/overview';
import { goodFixtures } from '../../helpers/fixtures';

function fixture(name: string): Workshop {
  const result = parseWorkshopText(readFileSync(goodFixtures().find((f) => f.name === name)!.path, 'utf8'));
  if (!result.ok) throw new Error(result.detail);
  return result.document;
}

const scanned = (doc: Workshop, name: string) => ({ ok: true as const, path: `/teams/${name}`, relativePath: name, digest: WorkshopDigest.parse(JSON.parse(JSON.stringify(digestOf(doc)))) });

describe('the coordinator overview of board meetings', () => {
  it('shows each team once, at its newest meeting, with red KPIs, KPIs not updated and overdue cards and actions', () => {
    const week12 = fixture('v3/board-meeting.verkstad');
    const week13 = createFollowUp(week12, { now: new Date('2026-03-20T08:00:00Z'), fileName: 'v12.verkstad', text: { itemTitle: '', openActionsHeading: '', parkingLotHeading: '', nothingOpen: '', describeAction: () => '' } });
    week13.teamBoards!.goalBoard.kpis[0]!.target = 1000;
    const other = fixture('v3/team-realistic.verkstad');
    const overview = aggregateOverview([scanned(week12, 'v12.verkstad'), scanned(week13, 'v13.verkstad'), scanned(other, 'bygg.verkstad'), scanned(fixture('v2/record.verkstad'), 'workshop.verkstad')], '2026-03-30');
    expect(overview.teams.map((t) => t.relativePath).sort()).toEqual(['bygg.verkstad', 'v13.verkstad']);
    const team = overview.teams.find((t) => t.relativePath === 'v13.verkstad')!;
    expect(team.red).toContain('Kompletta ansökningar');
    // On 30 March the last complete week is week 13; the values stop at week 11.
    expect(team.notUpdated).toEqual(week13.teamBoards!.goalBoard.kpis.map((k) => ({ name: k.name, due: '2026-W13' })));
    expect(team.overdueCards).toEqual([{ title: expect.any(String), dueDate: '2026-03-26', owner: 'Omar Haddad' }]);
    expect(team.overdueActions.map((a) => a.what)).toEqual(['Ring upp sökande med ofullständiga ansökningar']);
  });
});
