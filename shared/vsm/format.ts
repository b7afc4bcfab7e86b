import { localeTag } from '../i18n/format';
import { vsm } from '../i18n/areas/vsm';
import type { Language } from '../model/language';
import type { Comparison } from './compare';
import type { Figure, FigureUnit } from './figure';
import { fromWorkingSeconds, type DurationUnit, type WorkingCalendar } from './units';

/**
 * Display formatting. Figures are computed at full precision everywhere else; rounding happens
 * only here, when a number becomes text.
 */

/**
 * How many decimals a figure shows: fewer as it grows (738 102 s, 13.4 d, 1.7), and for small
 * figures enough to keep two significant digits (a PCE of 0.014 % is not "0 %").
 */
export function displayDigits(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  if (size === 0 || size >= 0.1) return 2;
  return Math.min(6, 1 - Math.floor(Math.log10(size)));
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

export function formatDecimal(value: number, lang: Language, digits = displayDigits(value)): string {
  return new Intl.NumberFormat(localeTag[lang], { maximumFractionDigits: digits }).format(value);
}

type DisplayUnit = FigureUnit | DurationUnit;

/** A number with its unit: "45 s", "2,5 d", "0,87 %". */
export function formatWithUnit(value: number, unit: DisplayUnit, lang: Language, digits?: number): string {
  return fill(vsm[lang].units[unit], { value: formatDecimal(value, lang, digits) });
}

/** A duration in seconds of working time shown in the unit asked for (days need the working day). */
export function formatWorkingSeconds(seconds: number, unit: DurationUnit, calendar: WorkingCalendar, lang: Language): string | null {
  const value = fromWorkingSeconds(seconds, unit, calendar);
  return value === null ? null : formatWithUnit(value, unit, lang);
}

/** A figure in its own unit, or the dash that stands for "cannot be calculated". */
export function formatFigure(figure: Figure | null, lang: Language): string {
  if (figure === null || figure.value === null) return vsm[lang].comparison.noFigure;
  return formatWithUnit(figure.value, figure.unit, lang);
}

/** A change as a signed number: "−78 %", "+0,5 d". */
function signed(value: number, lang: Language, digits: number): string {
  return new Intl.NumberFormat(localeTag[lang], { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/**
 * One comparison line: "Lead time 23 d → 5 d, −78 %". The change is relative to the current state;
 * from a current value of 0 only the absolute change can be told.
 */
export function formatComparison(row: Comparison, lang: Language): string {
  const strings = vsm[lang];
  const shown = (value: number | null) => (value === null ? strings.comparison.noFigure : formatWithUnit(value, row.unit, lang));
  let change = strings.comparison.noFigure;
  if (row.changePercent !== null) change = fill(strings.units.percent, { value: signed(row.changePercent, lang, Math.abs(row.changePercent) >= 10 ? 0 : 1) });
  else if (row.change !== null) change = fill(strings.units[row.unit], { value: signed(row.change, lang, displayDigits(row.change)) });
  return fill(strings.comparison.change, {
    metric: strings.metrics[row.metric],
    current: shown(row.current),
    future: shown(row.future),
    change,
  });
}
