import type { Language } from '../model/language';
import type { KpiEntry, PeriodKey } from '../model/teamBoards';
import { parseNumber } from '../vsm/parse';

/**
 * Values as people type them into a KPI's cell: a number in the language's format (decimal comma
 * in sv/nb, "1 250,5"; a point in en), negative where the KPI can go below zero, a trailing "%"
 * allowed. Anything else is not a number: it is kept as typed, marked, and not counted.
 */
export type CellInput = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'text'; text: string };

const MINUS = /^[-\u2212\u2012\u2013]\s*/;

export function readCell(input: string, lang: Language): CellInput {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const negative = MINUS.test(text);
  const body = text.replace(MINUS, '').replace(/\s*%$/, '');
  // The VSM data boxes' parser reads the digits; it refuses a minus sign there, a KPI may be negative.
  const parsed = parseNumber(body, lang);
  if (!parsed.ok) return { kind: 'text', text: input.trim().slice(0, 200) };
  return { kind: 'number', value: negative && parsed.value !== 0 ? -parsed.value : parsed.value };
}

/** A period's entry after typing `input` in its cell; null removes the entry (an empty cell without a comment). */
export function entryFromCell(period: PeriodKey, input: string, lang: Language, previous: KpiEntry | undefined): KpiEntry | null {
  const cell = readCell(input, lang);
  const comment = previous?.comment ?? '';
  if (cell.kind === 'empty') return comment === '' ? null : { period, value: null, text: '', comment };
  if (cell.kind === 'number') return { period, value: cell.value, text: '', comment };
  return { period, value: null, text: cell.text, comment };
}

/** Puts an entry in its place (period order, one per period); null removes the period's entry. */
export function withEntry(entries: readonly KpiEntry[], period: PeriodKey, entry: KpiEntry | null): KpiEntry[] {
  const out: KpiEntry[] = [];
  let placed = false;
  for (const e of entries) {
    if (!placed && e.period >= period) {
      if (entry) out.push(entry);
      placed = true;
      if (e.period === period) continue;
    }
    out.push(e);
  }
  if (!placed && entry) out.push(entry);
  return out;
}

/** What a cell shows for an entry: the number in the language's format, or the text as typed. */
export function cellText(entry: KpiEntry | undefined, format: (value: number) => string): string {
  if (!entry) return '';
  return entry.value !== null ? format(entry.value) : entry.text;
}
