import { parseLocaleNumber, type NumberProblem } from '../i18n/number';
import type { Language } from '../model/language';
import { DurationUnit, type Duration } from './units';

/**
 * Reading numbers the way people type them in a data box. A value that is not a valid number is
 * an error with a reason the UI can show next to the field — never a silent zero. The number
 * itself is read by the app-wide `parseLocaleNumber` (shared/i18n/number.ts).
 */
export type EntryProblem = NumberProblem | 'overHundred' | 'unknownUnit';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: EntryProblem; text: string };

/** A non-negative decimal number in the language's format: decimal comma in sv/nb, point in en. */
export function parseNumber(text: string, lang: Language): Parsed<number> {
  return parseLocaleNumber(text, lang);
}

/** A whole, non-negative count (operators, shifts, pieces). */
export function parseCount(text: string, lang: Language): Parsed<number> {
  return parseLocaleNumber(text, lang, { whole: true });
}

/** A percentage 0–100; a trailing "%" is allowed. */
export function parsePercent(text: string, lang: Language): Parsed<number> {
  const parsed = parseNumber(text.trim().replace(/\s*%$/, ''), lang);
  if (!parsed.ok) return { ...parsed, text };
  return parsed.value <= 100 ? parsed : { ok: false, problem: 'overHundred', text };
}

/**
 * Unit words people type after a number, in all three languages (lower case). Every unit as the app
 * writes it (vsm.units: "3 wd", "3 arb.d") reads back as the same unit: "d" alone is a calendar day,
 * and a working day is never shown as "d".
 */
const UNIT_WORDS: Record<DurationUnit, readonly string[]> = {
  s: ['s', 'sek', 'sec', 'sekund', 'sekunder', 'second', 'seconds'],
  min: ['min', 'minut', 'minuter', 'minutt', 'minutter', 'minute', 'minutes'],
  h: ['h', 't', 'tim', 'timme', 'timmar', 'time', 'timer', 'hour', 'hours'],
  wd: ['wd', 'ad', 'arb.d', 'arbd', 'arb.dag', 'arb.dagar', 'arb.dager', 'arbetsdag', 'arbetsdagar', 'arbeidsdag', 'arbeidsdager', 'working day', 'working days', 'working d'],
  d: ['d', 'dag', 'dagar', 'dager', 'day', 'days', 'kalenderdag', 'kalenderdagar', 'kalenderdager', 'calendar day', 'calendar days'],
};

export function unitFromWord(word: string): DurationUnit | null {
  const wanted = word.trim().toLowerCase().replace(/\.$/, '');
  for (const unit of DurationUnit.options) if (UNIT_WORDS[unit].includes(wanted)) return unit;
  return null;
}

/** "2,5 min", "45" (in the field's unit), "3 dagar". The unit word is optional. */
export function parseDuration(text: string, lang: Language, defaultUnit: DurationUnit): Parsed<Duration> {
  const match = /^(.*?\d[.,]?)\s*([^\d\s.,%+\-\u2212][^\d]*)?$/u.exec(text.trim());
  const numberText = match?.[1] ?? text;
  const unitText = match?.[2];
  const unit = unitText === undefined ? defaultUnit : unitFromWord(unitText);
  if (unit === null) return { ok: false, problem: 'unknownUnit', text };
  const parsed = parseNumber(numberText, lang);
  if (!parsed.ok) return { ...parsed, text };
  return { ok: true, value: { value: parsed.value, unit } };
}
