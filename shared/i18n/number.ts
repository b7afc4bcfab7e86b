import type { Language } from '../model/language';
import { input } from './areas/input';
import { formatNumber } from './format';

/**
 * Numbers as people type them, in the language's own format (decimal comma in sv/nb, point in en),
 * for every field that takes a number: agenda minutes, data-box values, KPI values. What was typed
 * is either read exactly or refused with a reason the field can show — never a different number
 * (a Mantine NumberInput turns "2,5" into 25 and "-10" into 10 without a word).
 */
export type NumberProblem =
  | 'empty'
  | 'notANumber'
  | 'negative'
  | 'ambiguous' // "1.500" in sv/nb: thousand-and-five-hundred or one-and-a-half?
  | 'notWhole'
  | 'belowMin'
  | 'notAboveMin'
  | 'aboveMax';

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem; text: string };

/** What a field accepts. Limits come from the file schema (`numberRulesOf` in shared/model/limits.ts). */
export interface NumberRules {
  /** Whether "-3" is a number here; refused as `negative` otherwise. */
  allowNegative?: boolean;
  /** Only whole numbers ("2,5" is refused as `notWhole`). */
  whole?: boolean;
  min?: number;
  /** `min` itself is refused too (a working week of 0 days). */
  minExclusive?: boolean;
  max?: number;
}

const SPACES = /[\s\u00a0\u202f]/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

/** A decimal number in the language's format, checked against the field's rules. */
export function parseLocaleNumber(text: string, lang: Language, rules: NumberRules = {}): ParsedNumber {
  const read = readSigned(text, lang, rules.allowNegative ?? false);
  if (!read.ok) return read;
  const fail = (problem: NumberProblem): ParsedNumber => ({ ok: false, problem, text });
  if (rules.whole && !Number.isInteger(read.value)) return fail('notWhole');
  if (rules.min !== undefined && read.value < rules.min) return fail(read.value < 0 && rules.min === 0 ? 'negative' : 'belowMin');
  if (rules.min !== undefined && rules.minExclusive && read.value === rules.min) return fail('notAboveMin');
  if (rules.max !== undefined && read.value > rules.max) return fail('aboveMax');
  return read;
}

function readSigned(text: string, lang: Language, allowNegative: boolean): ParsedNumber {
  const trimmed = text.trim();
  const fail = (problem: NumberProblem): ParsedNumber => ({ ok: false, problem, text });
  if (trimmed === '') return fail('empty');
  if (MINUS.test(trimmed)) {
    // Say "negative" only when the rest would have been a number; "-abc" is simply not a number.
    const rest = readSigned(trimmed.replace(MINUS, ''), lang, false);
    if (!rest.ok) return rest.problem === 'empty' ? fail('notANumber') : { ...rest, text };
    if (rest.value === 0) return { ok: true, value: 0 };
    return allowNegative ? { ok: true, value: -rest.value } : fail('negative');
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

/** Why a typed number was refused, as one sentence in the user's language (limits in its number format). */
export function describeNumberProblem(problem: NumberProblem, text: string, lang: Language, rules: NumberRules = {}): string {
  const limit = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, lang, 6));
  const values: Record<string, string> = { text: text.trim(), min: limit(rules.min), max: limit(rules.max) };
  return input[lang].number[problem].replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
