import { catalogues } from '../i18n';
import { formatClock, formatDate, formatNumber, localeTag } from '../i18n/format';
import type { Workshop } from '../model/workshop';
import type { Language } from '../model/language';
import { fill } from './html';
import type { ReportOptions, SectionId } from './options';

export type ReportStrings = (typeof catalogues)['en']['report'];

/** Everything a section needs to write itself: the document, the options, and the words and formats of the report's language. */
export interface ReportContext {
  doc: Workshop;
  options: ReportOptions;
  lang: Language;
  s: ReportStrings;
  fill: typeof fill;
  date(isoDate: string): string;
  /** Clock minutes (shared/agenda/schedule.ts) as HH:MM. */
  clock(minutes: number): string;
  /** An instant (ms since the epoch) as the clock time in the report's time zone. */
  instant(ms: number): string;
  number(value: number, fractionDigits?: number): string;
  /** The workshop's title, or "Untitled workshop". */
  title: string;
  /** The sections this report prints, in order (chosen and with something to show). */
  included: SectionId[];
}

export function createContext(doc: Workshop, options: ReportOptions, included: SectionId[] = []): ReportContext {
  const lang = options.language;
  const s = catalogues[lang].report as ReportStrings;
  const clockFormat = new Intl.DateTimeFormat(localeTag[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: options.timeZone });
  return {
    doc,
    options,
    lang,
    s,
    fill,
    date: (isoDate) => formatDate(isoDate, lang),
    clock: (minutes) => formatClock(Math.round(minutes), lang),
    instant: (ms) => clockFormat.format(new Date(ms)),
    number: (value, fractionDigits = 1) => formatNumber(value, lang, fractionDigits),
    title: doc.header.title.trim() || s.document.untitled,
    included,
  };
}
