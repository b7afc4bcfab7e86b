import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatNumber, languageFromLocale } from '../../../../shared/i18n/format';

describe('choosing a language from the operating system locale', () => {
  it.each(['sv-SE', 'sv-FI', 'sv', 'SV_se'])('%s gives Swedish', (locale) => {
    expect(languageFromLocale(locale)).toBe('sv');
  });

  it.each(['nb-NO', 'nb', 'no', 'nn-NO', 'no_NO'])('%s gives Norwegian Bokmål', (locale) => {
    expect(languageFromLocale(locale)).toBe('nb');
  });

  it.each(['en-US', 'en-GB', 'de-DE', 'fi-FI', ''])('%j gives English', (locale) => {
    expect(languageFromLocale(locale)).toBe('en');
  });

  it('an unknown locale (null or undefined) gives English', () => {
    expect(languageFromLocale(null)).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});

describe('formatting numbers, clock times and dates', () => {
  it('Swedish and Norwegian numbers have a decimal comma, English a decimal point', () => {
    expect(formatNumber(1.5, 'sv')).toBe('1,5');
    expect(formatNumber(1.5, 'nb')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
  });

  it('numbers are rounded to the requested number of decimals', () => {
    expect(formatNumber(2 / 3, 'en')).toBe('0.7');
    expect(formatNumber(2 / 3, 'sv', 2)).toBe('0,67');
  });

  it('clock times are shown on the 24-hour clock with two-digit hours', () => {
    for (const lang of ['sv', 'nb', 'en'] as const) {
      expect(formatClock(9 * 60 + 5, lang)).toMatch(/^09[:.]05$/);
      expect(formatClock(17 * 60 + 45, lang)).toMatch(/^17[:.]45$/);
    }
  });

  it('a clock time past midnight is shown as the time on the next day', () => {
    expect(formatClock(24 * 60 + 30, 'en')).toBe('00:30');
  });

  it('dates are written out in the chosen language', () => {
    expect(formatDate('2026-03-24', 'sv')).toBe('24 mars 2026');
    expect(formatDate('2026-03-24', 'en')).toBe('24 March 2026');
    expect(formatDate('2026-03-24', 'nb')).toMatch(/^24\.? mars 2026$/);
  });
});
