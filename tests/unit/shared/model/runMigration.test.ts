import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planVsActual } from '../../../../shared/agenda/progress';
import { runStatus, timerView } from '../../../../shared/agenda/timer';
import { parseWorkshopText } from '../../../../shared/model/load';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url)), 'utf8');

function open(path: string) {
  const result = parseWorkshopText(fixture(path));
  if (!result.ok) throw new Error(`${path} does not open: ${result.detail}`);
  return result.document;
}

describe('the run log in the file', () => {
  it('a version 1 file opens with an empty run log, owners empty, no pins and no planned end', () => {
    const doc = open('v1/agenda.verkstad');
    expect(doc.run).toEqual({ startedAt: null, finishedAt: null, visits: [], pauses: [], extensions: [] });
    expect(doc.agenda.plannedEnd).toBeNull();
    for (const item of doc.agenda.items) expect(item).toMatchObject({ owner: '', ownerParticipantId: null, pinnedStart: null });
  });

  it('a version 2 file written before the run log existed opens with an empty one', () => {
    expect(open('v2/minimal.verkstad').run.visits).toEqual([]);
  });

  it('a workshop saved mid-run opens with its current item and its time left computed from the log', () => {
    const doc = open('v2/run.verkstad');
    const view = timerView(doc.run, doc.agenda.items, Date.parse('2026-04-14T08:55:00.000Z'));
    expect(view.status).toBe('running');
    expect(view.currentItemId).toBe(doc.agenda.items[3]?.id);
    // 41 minutes (40 planned + 1) from 08:18:05 UTC; at 08:55:00 36:55 have run.
    expect(view.remainingMs).toBe((41 * 60 - (36 * 60 + 55)) * 1000);
    expect(doc.agenda.items[2]?.pinnedStart).toBe('10:00');
    expect(doc.agenda.items[4]).toMatchObject({ owner: 'Gästföreläsare Eva Ek', ownerParticipantId: null });
  });

  it('a finished workshop opens with its planned vs actual', () => {
    const doc = open('v2/run-finished.verkstad');
    expect(runStatus(doc.run)).toBe('finished');
    const result = planVsActual(doc.run, doc.agenda.items, Date.now());
    expect(result.items.map((item) => Math.round(item.actualMinutes * 10) / 10)).toEqual([12.5, 41, 16.4, 42.3, 18.7]);
    expect(result.pausedMinutes).toBeCloseTo(6.2, 5);
  });
});
