import type { TFunction } from 'i18next';
import { createI18n } from '../i18n';
import { localeTag } from '../i18n/format';
import type { Language } from '../model/language';
import type { PeriodKey } from '../model/teamBoards';
import { periodParts } from './periods';

/**
 * The words and number formats a drawing of the boards needs, in one language: the canvas, the
 * projector and the PDF draw the same labels. One i18next instance per language (plural rules).
 */
export interface BoardWords {
  lang: Language;
  t: TFunction;
  number(value: number, fractionDigits?: number): string;
  /** "Vecka 12 2026", "mars 2026", "19 mars 2026"; short: "v12", "mar", "19/3". */
  period(key: PeriodKey, short?: boolean): string;
}

const cache = new Map<Language, BoardWords>();

export function boardWords(lang: Language): BoardWords {
  const known = cache.get(lang);
  if (known) return known;
  const { t } = createI18n(lang);
  const tag = localeTag[lang];
  const monthLong = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
  const dayLong = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dayShort = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  // Intl formatters are costly to make and cheap to use: one per number of decimals.
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const words: BoardWords = {
    lang,
    t,
    number(value, fractionDigits = 2) {
      let format = numberFormats.get(fractionDigits);
      if (!format) numberFormats.set(fractionDigits, (format = new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits })));
      return format.format(value);
    },
    period(key, short = false) {
      const parts = periodParts(key);
      if (parts.kind === 'week') return t(short ? 'teamBoards.period.weekShort' : 'teamBoards.period.week', { week: parts.week, year: parts.year });
      const date = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
      if (parts.kind === 'month') return (short ? monthShort : monthLong).format(date).replace(/\.$/, '');
      return (short ? dayShort : dayLong).format(date);
    },
  };
  cache.set(lang, words);
  return words;
}
