import type { Language } from '../../../shared/model/language';
import type { EnteredValue, FieldReading } from '../../../shared/shapes/vsm/values';
import { readEntered } from '../../../shared/shapes/vsm/values';
import { describeEntryProblem } from '../../../shared/vsm/describe';
import { formatDecimal } from '../../../shared/vsm/format';
import type { InvalidEntry } from '../../../shared/vsm/model';
import { parseCount, parseDuration, parseNumber, unitFromWord } from '../../../shared/vsm/parse';
import { fromWorkingSeconds, toWorkingSeconds, type Duration, type DurationUnit, type WorkingCalendar } from '../../../shared/vsm/units';

/**
 * The side panel's reading and writing of values, kept apart from React so it is tested on its
 * own: what the user typed is kept; a value that cannot be read gets its reason in the user's
 * language; numbers are shown in the language's own format (decimal comma in sv and nb).
 */

/** Why a typed data-box value is not accepted, or null when it is fine (or empty: not entered yet). */
export function entryError(value: EnteredValue, field: FieldReading, lang: Language): string | null {
  const reading = readEntered(value, field, value.lang ?? lang);
  return reading.state === 'invalid' ? describeEntryProblem(reading.problem, value.text, lang) : null;
}

/** What the user typed into a data-box field, stored with the unit chosen beside it and the language it was typed in. */
export function typed(text: string, unit: DurationUnit | undefined, lang: Language): EnteredValue {
  return { text, ...(unit === undefined ? {} : { unit }), lang };
}

/**
 * Changing the unit of a duration converts a readable value (90 s → 1,5 min) so the time stays the
 * same; days need the map's working day. A value that cannot be read keeps its text.
 */
export function changeUnit(value: EnteredValue, to: DurationUnit, lang: Language, calendar: WorkingCalendar, defaultUnit: DurationUnit): EnteredValue {
  const reading = readEntered(value, { kind: 'duration', unit: defaultUnit }, value.lang ?? lang);
  if (reading.state !== 'ok' || typeof reading.value === 'number') return { ...value, unit: to };
  const seconds = toWorkingSeconds(reading.value, calendar);
  const converted = seconds.ok ? fromWorkingSeconds(seconds.seconds, to, calendar) : null;
  if (converted === null) return { ...value, unit: to };
  const rounded = Math.round(converted * 1e6) / 1e6;
  return { text: formatDecimal(rounded, lang, 6).replace(/\u00a0|\u202f/g, ' '), unit: to, lang };
}

// ---- map settings: stored as numbers (or the wrong text), shown and typed as text ----

type Stored = number | Duration | InvalidEntry | null;

export function isInvalid(value: Stored): value is InvalidEntry {
  return typeof value === 'object' && value !== null && 'invalid' in value;
}

/** A stored setting as the text to show in its field. */
export function settingText(value: Stored, lang: Language): string {
  if (value === null) return '';
  if (isInvalid(value)) return value.invalid;
  const n = typeof value === 'number' ? value : value.value;
  return formatDecimal(n, lang, 6);
}

/** A typed amount or count for the map settings: null when cleared, the wrong text kept as `{ invalid }`. */
export function readSettingNumber(text: string, lang: Language, whole = false): number | InvalidEntry | null {
  if (text.trim() === '') return null;
  const parsed = whole ? parseCount(text, lang) : parseNumber(text, lang);
  return parsed.ok ? parsed.value : { invalid: text.slice(0, 100) };
}

/** A typed duration for the map settings, in the unit chosen beside it unless the text names one. */
export function readSettingDuration(text: string, unit: DurationUnit, lang: Language): Duration | InvalidEntry | null {
  if (text.trim() === '') return null;
  const parsed = parseDuration(text, lang, unit);
  return parsed.ok ? parsed.value : { invalid: text.slice(0, 100) };
}

/** The reason a stored setting is wrong, for the message under its field. */
export function settingError(value: Stored, kind: 'number' | 'count' | 'duration', lang: Language): string | null {
  if (!isInvalid(value)) return null;
  const text = value.invalid;
  const parsed = kind === 'duration' ? parseDuration(text, lang, 'h') : kind === 'count' ? parseCount(text, lang) : parseNumber(text, lang);
  if (parsed.ok) return null;
  return describeEntryProblem(parsed.problem, text, lang);
}

/** The units offered beside a duration, in the order people think of them. */
export const DURATION_UNITS: readonly DurationUnit[] = ['s', 'min', 'h', 'wd', 'd'];

export { unitFromWord };
