import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../../shared/model/load';
import { newWorkshop } from '../../../../shared/model/defaults';
import { digestOf, type WorkshopDigest } from '../../../../shared/record/digest';
import { aggregateOverview, type ScannedFile } from '../../../../shared/record/overview';
import { fixturesDir } from '../../helpers/fixtures';

function scanned(relativePath: string): ScannedFile {
  const path = `${fixturesDir}overview/${relativePath}`;
  const result = parseWorkshopText(readFileSync(path, 'utf8'));
  return result.ok
    ? { ok: true, path, relativePath, digest: digestOf(result.document) }
    : { ok: false, path, relativePath, problem: result.problem, detail: result.detail };
}

const files = [
  'series/2026-01-15 januari.verkstad',
  'series/2026-02-12 februari.verkstad',
  'hemtjanst/2026-03-05 planeringstavla.verkstad',
  '2026-03-24 värdeflödesanalys (v1).verkstad',
  'broken/trasig.verkstad',
  'broken/fel-datum.verkstad',
].map(scanned);

function digest(partial: Partial<WorkshopDigest>): WorkshopDigest {
  return { ...digestOf(newWorkshop()), ...partial };
}

describe('the coordinator overview across workshops', () => {
  it('lists the readable workshops newest first and the damaged files with their reason', () => {
    const overview = aggregateOverview(files, '2026-11-21');
    expect(overview.workshops.map((w) => w.date)).toEqual(['2026-03-24', '2026-03-05', '2026-02-12', '2026-01-15']);
    expect(overview.damaged.map((d) => [d.relativePath, d.problem])).toEqual([
      ['broken/fel-datum.verkstad', 'schema'],
      ['broken/trasig.verkstad', 'notJson'],
    ]);
  });

  it('an action carried into a later workshop counts once, with the later status', () => {
    const overview = aggregateOverview(files, '2026-11-21');
    const queue = overview.overdue.filter((a) => a.what === 'Rensa ärendekön från december');
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ status: 'inProgress', workshopTitle: 'Förbättringsgrupp bygglov – februari' });
  });

  it('lists the overdue actions, oldest due date first, with days overdue', () => {
    const overview = aggregateOverview(files, '2026-11-21');
    expect(overview.overdue.map((a) => [a.owner, a.dueDate, a.daysOverdue])).toEqual([
      ['Anders Berg', '2026-02-01', 293],
      ['Fatima Said', '2026-03-01', 265],
      ['Anders Berg', '2026-04-30', 205],
    ]);
  });

  it('what is overdue depends on today: in January nothing is', () => {
    expect(aggregateOverview(files, '2026-01-20').overdue).toEqual([]);
  });

  it('groups open actions by owner regardless of case, most overdue first', () => {
    const overview = aggregateOverview(files, '2026-11-21');
    expect(overview.openByOwner.map((o) => [o.owner, o.actions.length, o.overdue])).toEqual([
      ['Anders Berg', 2, 2],
      ['Fatima Said', 1, 1],
      ['Jonas Ek', 1, 0],
      ['lena holm', 1, 0],
    ]);
  });

  it('gives each person attendance, punctuality and preparedness over time', () => {
    const people = aggregateOverview(files, '2026-11-21').people;
    const anders = people.find((p) => p.name === 'Anders Berg')!;
    // Present in January (on time), February (early), March (20 min late); the v1 file has no attendance.
    expect(anders.meetings.map((m) => [m.date, m.attendance, m.late])).toEqual([
      ['2026-01-15', 'present', false],
      ['2026-02-12', 'present', false],
      ['2026-03-05', 'present', true],
      ['2026-03-24', null, null],
    ]);
    expect(anders.attendanceRate).toBe(1);
    expect(anders.punctuality).toBeCloseTo(2 / 3);
    expect(anders.preparedness).toBe(1);
    const jonas = people.find((p) => p.name === 'Jonas Ek')!;
    expect(jonas.attendanceRate).toBe(0);
    expect(jonas.punctuality).toBeNull();
    const fatima = people.find((p) => p.name === 'Fatima Said')!;
    expect(fatima).toMatchObject({ attendanceRate: 1, punctuality: 0.5, preparedness: 0.5 });
  });

  it('an excused absence lowers the attendance rate like any absence', () => {
    const overview = aggregateOverview(
      [
        { ok: true, path: '/a', relativePath: 'a', digest: digest({ id: 'a', participants: [{ name: 'Eva', attendance: 'present', arrivedAt: null, prepared: null }] }) },
        { ok: true, path: '/b', relativePath: 'b', digest: digest({ id: 'b', participants: [{ name: 'Eva', attendance: 'excused', arrivedAt: null, prepared: null }] }) },
      ],
      '2026-01-01',
    );
    expect(overview.people[0]).toMatchObject({ name: 'Eva', attendanceRate: 0.5, punctuality: null });
  });

  it('a folder of nothing but damaged files gives an empty overview with every file listed', () => {
    const overview = aggregateOverview(files.filter((f) => !f.ok), '2026-11-21');
    expect(overview).toMatchObject({ workshops: [], openByOwner: [], overdue: [], people: [] });
    expect(overview.damaged).toHaveLength(2);
  });
});
