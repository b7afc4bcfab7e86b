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
 * How many decimals a figure shows: fewer as it grows (738 102 s, 107.5 s, 13.4 d, 1.83), and for
 * small figures enough to keep two significant digits (a PCE of 0.014 % is not "0 %"). A sum of
 * parts with one decimal keeps its decimal (32.5 s + 75 s = 107.5 s, not 108 s).
 */
export function displayDigits(value: number): number {
  const size = Math.abs(value);
  if (size >= 1000) return 0;
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

/** Seconds in the unit people read them in: 45 s, 20 min, 7 h. */
export function readableSeconds(seconds: number, lang: Language): string {
  if (Math.abs(seconds) < 120) return formatWithUnit(seconds, 's', lang);
  if (Math.abs(seconds) < 2 * 3600) return formatWithUnit(seconds / 60, 'min', lang);
  return formatWithUnit(seconds / 3600, 'h', lang);
}

/**
 * The one rule for showing a value-stream figure, used by the panel, the ladder, the chart, the
 * PDF and the command line alike: times in the unit people read them in (54 000 s is "15 h"
 * everywhere), operators as a bare number, the rest in their own unit; decimals by displayDigits.
 */
export function formatValue(value: number, unit: DisplayUnit, lang: Language): string {
  if (unit === 's') return readableSeconds(value, lang);
  if (unit === 'operators') return formatDecimal(value, lang);
  return formatWithUnit(value, unit, lang);
}

/** A figure by the one rule, or the dash that stands for "cannot be calculated". */
export function formatFigure(figure: Figure | null, lang: Language): string {
  if (figure === null || figure.value === null) return vsm[lang].comparison.noFigure;
  return formatValue(figure.value, figure.unit, lang);
}

/** A wait on the timeline ladder: in working days from a tenth of a day up (when the map has a working day), else its time. */
export function ladderWaitLabel(segment: { seconds: number | null; days: number | null }, lang: Language): string {
  if (segment.days !== null && (segment.days >= 0.1 || segment.days === 0 || segment.seconds === null)) return formatWithUnit(segment.days, 'wd', lang);
  return segment.seconds === null ? vsm[lang].comparison.noFigure : readableSeconds(segment.seconds, lang);
}

/** A step on the timeline ladder: its C/T or PT. */
export function ladderStepLabel(segment: { workSeconds: number | null }, lang: Language): string {
  return segment.workSeconds === null ? vsm[lang].comparison.noFigure : readableSeconds(segment.workSeconds, lang);
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
  return fill(strings.comparison.change, {
    metric: strings.metrics[row.metric],
    current: formatComparedValue(row.current, row, lang),
    future: formatComparedValue(row.future, row, lang),
    change: formatChange(row, lang),
  });
}

/** One side of a comparison by the one rule, or the dash. */
export function formatComparedValue(value: number | null, row: Comparison, lang: Language): string {
  return value === null ? vsm[lang].comparison.noFigure : formatValue(value, row.unit, lang);
}

/** The change of a comparison, as on screen and in the PDF: "−78 %", or "+0,5 wd" from a current value of 0. */
export function formatChange(row: Comparison, lang: Language): string {
  const strings = vsm[lang];
  if (row.changePercent !== null) return fill(strings.units.percent, { value: signed(row.changePercent, lang, Math.abs(row.changePercent) >= 10 ? 0 : 1) });
  if (row.change === null) return strings.comparison.noFigure;
  const value = signed(row.change, lang, displayDigits(row.change));
  return row.unit === 'operators' ? value : fill(strings.units[row.unit], { value });
}
