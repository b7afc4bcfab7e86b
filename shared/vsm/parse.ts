import type { Language } from '../model/language';
import { DurationUnit, type Duration } from './units';

/**
 * Reading numbers the way people type them in a data box. A value that is not a valid number is
 * an error with a reason the UI can show next to the field — never a silent zero.
 */
export type EntryProblem =
  | 'empty'
  | 'notANumber'
  | 'negative'
  | 'ambiguous' // "1.500" in sv/nb: thousand-and-five-hundred or one-and-a-half?
  | 'overHundred'
  | 'notWhole'
  | 'unknownUnit';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: EntryProblem; text: string };

const SPACES = /[\s\u00a0\u202f]/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

/** A non-negative decimal number in the language's format: decimal comma in sv/nb, point in en. */
export function parseNumber(text: string, lang: Language): Parsed<number> {
  const trimmed = text.trim();
  const fail = (problem: EntryProblem): Parsed<number> => ({ ok: false, problem, text });
  if (trimmed === '') return fail('empty');
  if (MINUS.test(trimmed)) {
    // Say "negative" only when the rest would have been a number; "-abc" is simply not a number.
    const rest = parseNumber(trimmed.replace(MINUS, ''), lang);
    return rest.ok && rest.value > 0 ? fail('negative') : rest.ok ? rest : fail('notANumber');
  }
  const body = trimmed.replace(/^\+/, '');
  const normalized = lang === 'en' ? normalizeEnglish(body) : normalizeNordic(body);
  if (normalized === 'ambiguous') return fail('ambiguous');
  if (normalized === null) return fail('notANumber');
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : fail('notANumber');
}

/** sv/nb: "1 250,5" → "1250.5". A point is taken as a decimal point too, unless it looks like a thousands dot. */
function normalizeNordic(body: string): string | null | 'ambiguous' {
  if (/^\d{1,3}([\s\u00a0\u202f]\d{3})+(,\d+)?$/.test(body)) return body.replace(SPACES, '').replace(',', '.');
  if (/^(\d+(,\d*)?|,\d+)$/.test(body)) return body.replace(',', '.');
  if (/^\d{1,3}(\.\d{3})+$/.test(body)) return 'ambiguous';
  if (/^(\d+(\.\d*)?|\.\d+)$/.test(body)) return body;
  return null;
}

/** en: "1,250.5" → "1250.5". A lone comma that cannot be a thousands separator is a decimal comma. */
function normalizeEnglish(body: string): string | null | 'ambiguous' {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return body.replace(/,/g, '');
  if (/^(\d+(\.\d*)?|\.\d+)$/.test(body)) return body;
  if (/^\d+,\d+$/.test(body)) return body.replace(',', '.');
  if (/^\d{1,3}([\s\u00a0\u202f]\d{3})+(\.\d+)?$/.test(body)) return body.replace(SPACES, '');
  return null;
}

/** A whole, non-negative count (operators, shifts, pieces). */
export function parseCount(text: string, lang: Language): Parsed<number> {
  const parsed = parseNumber(text, lang);
  if (!parsed.ok) return parsed;
  return Number.isInteger(parsed.value) ? parsed : { ok: false, problem: 'notWhole', text };
}

/** A percentage 0–100; a trailing "%" is allowed. */
export function parsePercent(text: string, lang: Language): Parsed<number> {
  const parsed = parseNumber(text.trim().replace(/\s*%$/, ''), lang);
  if (!parsed.ok) return { ...parsed, text };
  return parsed.value <= 100 ? parsed : { ok: false, problem: 'overHundred', text };
}

/** Unit words people type after a number, in all three languages (lower case). */
const UNIT_WORDS: Record<DurationUnit, readonly string[]> = {
  s: ['s', 'sek', 'sec', 'sekund', 'sekunder', 'second', 'seconds'],
  min: ['min', 'minut', 'minuter', 'minutt', 'minutter', 'minute', 'minutes'],
  h: ['h', 't', 'tim', 'timme', 'timmar', 'time', 'timer', 'hour', 'hours'],
  wd: ['wd', 'ad', 'arbetsdag', 'arbetsdagar', 'arbeidsdag', 'arbeidsdager', 'working day', 'working days'],
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
