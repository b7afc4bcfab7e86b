import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Language } from '../../../shared/model/language';
import type { Figure } from '../../../shared/vsm/figure';
import { fill, formatDecimal, formatFigure, formatWithUnit } from '../../../shared/vsm/format';

/**
 * Seconds in the unit people read them in: 45 s, 20 min, 7 h. Rounding happens only here.
 */
export function readableSeconds(seconds: number, lang: Language): string {
  if (seconds < 120) return formatWithUnit(seconds, 's', lang);
  if (seconds < 2 * 3600) return formatWithUnit(seconds / 60, 'min', lang);
  return formatWithUnit(seconds / 3600, 'h', lang);
}

/** A figure for the panel: times in readable units, the rest in their own. */
export function shownFigure(figure: Figure | null, lang: Language): string {
  if (figure === null || figure.value === null) return vsm[lang].comparison.noFigure;
  if (figure.unit === 's') return readableSeconds(figure.value, lang);
  if (figure.unit === 'operators') return formatDecimal(figure.value, lang, 1);
  return formatFigure(figure, lang);
}

export function days(value: number, lang: Language): string {
  return fill(vsm[lang].units.wd, { value: formatDecimal(value, lang) });
}
