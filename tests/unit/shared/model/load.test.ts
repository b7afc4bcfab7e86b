import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../../shared/agenda/schedule';
import { newWorkshop } from '../../../../shared/model/defaults';
import { parseWorkshopText, serializeWorkshop, type LoadResult } from '../../../../shared/model/load';
import { CURRENT_FORMAT_VERSION, FILE_KIND, type Workshop } from '../../../../shared/model/workshop';
import { sampleWorkshop } from '../../helpers/workshops';

function failure(result: LoadResult): { problem: string; detail: string } {
  if (result.ok) throw new Error(`expected the file to be refused, but it opened`);
  return result;
}

/** The saved text of `doc` with some fields replaced, by dotted path: `{ 'agenda.items.1.plannedMinutes': -5 }`. */
function withChanges(changes: Record<string, unknown>, doc: Workshop = sampleWorkshop()): string {
  const raw = JSON.parse(serializeWorkshop(doc)) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, raw);
    parent[last] = value;
  }
  return JSON.stringify(raw);
}

function allKeys(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      into.add(key);
      allKeys(v, into);
    }
  }
  return into;
}

describe('opening and saving a workshop file', () => {
  it('a new, empty workshop survives being saved and opened again unchanged', () => {
    const doc = newWorkshop();
    const result = parseWorkshopText(serializeWorkshop(doc));
    expect(result).toEqual({ ok: true, readOnly: false, document: doc });
  });

  it('a workshop with a header and agenda survives being saved and opened again unchanged', () => {
    const doc = sampleWorkshop();
    const result = parseWorkshopText(serializeWorkshop(doc));
    expect(result).toEqual({ ok: true, readOnly: false, document: doc });
  });

  it('a new workshop is of the current format version and kind', () => {
    const doc = newWorkshop(new Date('2026-01-05T10:00:00Z'));
    expect(doc.kind).toBe(FILE_KIND);
    expect(doc.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(doc.createdAt).toBe('2026-01-05T10:00:00.000Z');
  });

  it('the saved text is indented JSON ending with a newline, with the fields in a fixed order', () => {
    const doc = sampleWorkshop();
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as Workshop;
    const text = serializeWorkshop(reordered);
    expect(text).toBe(serializeWorkshop(doc));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith(`{\n  "kind": "verkstad.workshop",\n  "formatVersion": ${CURRENT_FORMAT_VERSION},`)).toBe(true);
  });

  it('clock times and totals are never written to the file, even when they were added to the document in memory', () => {
    const doc = sampleWorkshop();
    const schedule = computeSchedule(doc.header.startTime, doc.agenda.items);
    expect(schedule).not.toBeNull();
    const decorated = {
      ...doc,
      totalMinutes: schedule?.totalMinutes,
      agenda: {
        plannedEnd: doc.agenda.plannedEnd,
        items: doc.agenda.items.map((item, i) => ({ ...item, start: schedule?.items[i]?.start, end: schedule?.items[i]?.end })),
        end: schedule?.end,
      },
    } as Workshop;
    const keys = allKeys(JSON.parse(serializeWorkshop(decorated)));
    for (const derived of ['start', 'end', 'totalMinutes', 'startClock', 'endClock']) expect(keys).not.toContain(derived);
    expect(keys).toContain('plannedMinutes');
  });

  it('a document that breaks the schema is refused before it can be written', () => {
    const doc = sampleWorkshop();
    const broken = { ...doc, agenda: { items: [{ ...doc.agenda.items[0], plannedMinutes: -1 }] } } as Workshop;
    expect(() => serializeWorkshop(broken)).toThrow();
  });
});

describe('files that cannot be opened say why', () => {
  it('an empty file is reported as empty', () => {
    expect(failure(parseWorkshopText('')).problem).toBe('empty');
  });

  it('a file of only blank lines is reported as empty', () => {
    expect(failure(parseWorkshopText('\n  \r\n\t')).problem).toBe('empty');
  });

  it('a file that is not JSON is reported as notJson', () => {
    const text = serializeWorkshop(sampleWorkshop());
    expect(failure(parseWorkshopText(text.slice(0, text.length / 2))).problem).toBe('notJson');
  });

  it('a JSON array is reported as not a workshop', () => {
    expect(failure(parseWorkshopText('[1, 2, 3]')).problem).toBe('notWorkshop');
  });

  it('JSON null or a bare number is reported as not a workshop', () => {
    expect(failure(parseWorkshopText('null')).problem).toBe('notWorkshop');
    expect(failure(parseWorkshopText('42')).problem).toBe('notWorkshop');
  });

  it('a JSON object of another kind is reported as not a workshop', () => {
    const text = withChanges({ kind: 'drawio.diagram' });
    expect(failure(parseWorkshopText(text)).problem).toBe('notWorkshop');
  });

  it('a negative planned duration is a schema problem that names the agenda item field', () => {
    const text = withChanges({ 'agenda.items.1.plannedMinutes': -5 });
    const result = failure(parseWorkshopText(text));
    expect(result.problem).toBe('schema');
    expect(result.detail).toContain('agenda.items.1.plannedMinutes');
  });

  it('an impossible date is a schema problem that names the date field', () => {
    const text = withChanges({ 'header.date': '2026-13-45' });
    const result = failure(parseWorkshopText(text));
    expect(result.problem).toBe('schema');
    expect(result.detail).toContain('header.date');
  });

  it('a start time that is not HH:MM is a schema problem that names the start time', () => {
    const text = withChanges({ 'header.startTime': '9:00' });
    const result = failure(parseWorkshopText(text));
    expect(result.problem).toBe('schema');
    expect(result.detail).toContain('header.startTime');
  });

  it('a missing or non-numeric format version is a schema problem', () => {
    for (const formatVersion of [undefined, '1', 0, 1.5]) {
      const text = withChanges({ formatVersion });
      expect(failure(parseWorkshopText(text)).problem).toBe('schema');
    }
  });
});

describe('files from a newer version of Verkstad', () => {
  it('a newer file that still fits this version opens read-only with its version number', () => {
    const doc = sampleWorkshop();
    const text = withChanges({ formatVersion: 99, timers: [{ startedAt: '2026-03-19T08:00:00Z' }] }, doc);
    const result = parseWorkshopText(text);
    expect(result).toEqual({ ok: true, readOnly: true, fileVersion: 99, document: doc });
  });

  it('a newer file whose records changed shape cannot be opened and says newerVersion', () => {
    const text = withChanges({ formatVersion: 99, 'header.title': { sv: 'Titel', en: 'Title' } });
    const result = failure(parseWorkshopText(text));
    expect(result.problem).toBe('newerVersion');
    expect(result.detail).toContain('99');
    expect(result.detail).toContain('header.title');
  });
});
