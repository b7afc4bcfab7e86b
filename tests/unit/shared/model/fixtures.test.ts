import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../../shared/agenda/schedule';
import { parseWorkshopText, serializeWorkshop, type LoadProblem } from '../../../../shared/model/load';
import { badFixture, badFixtureNames, goodFixtures } from '../../helpers/fixtures';

const read = (path: string) => readFileSync(path, 'utf8');

describe('sample files of every released format version', () => {
  it('there is at least one sample file per version folder, including an empty and a realistic workshop', () => {
    const names = goodFixtures().map((f) => f.name);
    expect(names).toContain('v1/minimal.verkstad');
    expect(names).toContain('v1/agenda.verkstad');
  });

  it.each(goodFixtures().map((f) => [f.name, f.path] as const))('%s opens for editing', (_name, path) => {
    const result = parseWorkshopText(read(path));
    expect(result).toMatchObject({ ok: true, readOnly: false });
  });

  it.each(goodFixtures().map((f) => [f.name, f.path] as const))('%s opens to the same workshop after being saved again', (_name, path) => {
    const first = parseWorkshopText(read(path));
    if (!first.ok) throw new Error(first.detail);
    expect(parseWorkshopText(serializeWorkshop(first.document))).toEqual(first);
  });

  it('the Swedish sample workshop runs from 09:00 to 11:15 with a coffee break', () => {
    const result = parseWorkshopText(read(goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path));
    if (!result.ok) throw new Error(result.detail);
    const { header, agenda } = result.document;
    expect(header.title).toMatch(/Värdeflödesanalys/);
    expect(agenda.items.map((i) => i.kind)).toEqual(['item', 'item', 'break', 'item']);
    expect(computeSchedule(header.startTime, agenda.items)).toMatchObject({ end: 11 * 60 + 15, totalMinutes: 135 });
  });
});

describe('sample files that cannot be opened normally', () => {
  const expected: Record<string, LoadProblem | 'readOnly'> = {
    'empty.verkstad': 'empty',
    'not-json.verkstad': 'notJson',
    'not-a-workshop.verkstad': 'notWorkshop',
    'schema-broken.verkstad': 'schema',
    'newer-version.verkstad': 'readOnly',
    'newer-version-unreadable.verkstad': 'newerVersion',
  };

  it('every file in the bad folder has a stated expectation', () => {
    expect(badFixtureNames()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected).filter(([, p]) => p !== 'readOnly'))('%s is refused as %s', (name, problem) => {
    const result = parseWorkshopText(read(badFixture(name)));
    expect(result).toMatchObject({ ok: false, problem });
  });

  it('the broken-schema sample names both of its broken fields', () => {
    const result = parseWorkshopText(read(badFixture('schema-broken.verkstad')));
    if (result.ok) throw new Error('expected a failure');
    expect(result.detail).toContain('header.date');
    expect(result.detail).toContain('agenda.items.1.plannedMinutes');
  });

  it('the newer-version sample opens read-only, reports version 99, and drops the field this version does not know', () => {
    const result = parseWorkshopText(read(badFixture('newer-version.verkstad')));
    expect(result).toMatchObject({ ok: true, readOnly: true, fileVersion: 99 });
    if (!result.ok) return;
    expect(result.document.header.title).toMatch(/Värdeflödesanalys/);
    expect(Object.keys(result.document)).not.toContain('timers');
  });
});
