import { z } from 'zod';
import { parseCount, parseDuration, parseNumber, parsePercent, type Parsed } from '../../vsm/parse';
import { DurationUnit, type Duration } from '../../vsm/units';

/**
 * A data-box value as the user typed it, with its unit: stored as text so that a wrong entry
 * ("abc", "-3") is kept and marked, never silently turned into zero. `lang` is the language the
 * number was typed in ("1,5" is one and a half in sv/nb); without it the workshop's language reads it.
 */
export const EnteredValue = z.object({
  text: z.string().max(100),
  unit: DurationUnit.optional(),
  lang: z.enum(['sv', 'nb', 'en']).optional(),
});
export type EnteredValue = z.infer<typeof EnteredValue>;
export type EntryLanguage = 'sv' | 'nb' | 'en';

/** What a field holds: a number, a percentage, a whole count or a duration with its unit. */
export type FieldKind = 'number' | 'count' | 'percent' | 'duration';

export const blank = (unit?: DurationUnit): EnteredValue => (unit === undefined ? { text: '' } : { text: '', unit });
export const entered = (text: string, unit?: DurationUnit, lang?: EntryLanguage): EnteredValue => ({
  text,
  ...(unit === undefined ? {} : { unit }),
  ...(lang === undefined ? {} : { lang }),
});

export const durationValue = (unit: DurationUnit) => EnteredValue.default(blank(unit));
export const plainValue = () => EnteredValue.default(blank());

/** A user-defined data-box line: shown and carried, not calculated with. */
export const CustomLine = z.object({ label: z.string().max(200), value: z.string().max(500) });
/** The most user-defined lines a data box holds. */
export const MAX_CUSTOM_LINES = 30;
export type CustomLine = z.infer<typeof CustomLine>;

export type Reading =
  | { state: 'empty' }
  | { state: 'ok'; value: number | Duration }
  | { state: 'invalid'; problem: Exclude<Parsed<number>, { ok: true }>['problem'] };

/** What reading a value needs to know about its field: the kind, and a duration field's documented default unit. */
export type FieldReading = { kind: FieldKind; unit?: DurationUnit };

/**
 * Reads an entered value as the arithmetic needs it; empty text is "not given", not zero. A
 * duration stored without a unit is in its field's default unit (PT in minutes, waiting in working
 * days …) — the unit the panel and the map show it in — never silently in seconds.
 */
export function readEntered(value: EnteredValue, field: FieldReading, fallbackLang: EntryLanguage): Reading {
  if (value.text.trim() === '') return { state: 'empty' };
  const lang = value.lang ?? fallbackLang;
  const kind = field.kind;
  const parsed: Parsed<number | Duration> =
    kind === 'duration'
      ? parseDuration(value.text, lang, value.unit ?? field.unit ?? 's')
      : kind === 'count'
        ? parseCount(value.text, lang)
        : kind === 'percent'
          ? parsePercent(value.text, lang)
          : parseNumber(value.text, lang);
  return parsed.ok ? { state: 'ok', value: parsed.value } : { state: 'invalid', problem: parsed.problem };
}
