import { clockParts, type ClockMinutes } from '../agenda/schedule';
import type { Language } from '../model/language';

/** BCP 47 tags for Intl: Norwegian Bokmål is `nb-NO`, so numbers get a decimal comma in sv and nb. */
export const localeTag: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

export function formatClock(minutes: ClockMinutes, lang: Language): string {
  const { hours, minutes: mins } = clockParts(minutes);
  const date = new Date(Date.UTC(2000, 0, 1, hours, mins));
  return new Intl.DateTimeFormat(localeTag[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(date);
}

export function formatDate(isoDate: string, lang: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(localeTag[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, lang: Language, fractionDigits = 1): string {
  return new Intl.NumberFormat(localeTag[lang], { maximumFractionDigits: fractionDigits }).format(value);
}

/** Maps an OS locale such as `nb-NO`, `no`, `nn-NO`, `sv-FI` or `en-US` to one of our languages. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'sv') return 'sv';
  if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
  return 'en';
}

/**
 * The plural form of `key` in `messages` for `count` (`key_one`, `key_other` …), by the language's
 * rules as i18next chooses them (Intl.PluralRules): for the report and the command line, which fill
 * catalogue strings themselves.
 */
export function pluralOf<K extends string>(messages: { [P in `${K}_one` | `${K}_other`]: string }, key: K, count: number, lang: Language): string {
  const form = `${key}_${new Intl.PluralRules(localeTag[lang]).select(count)}` as `${K}_one`;
  return (messages as Record<string, string>)[form] ?? messages[`${key}_other`];
}
