import { describe, expect, it } from 'vitest';
import { parseClockText } from '../../../../renderer/app/fields/clockTime';
import { parseDateText } from '../../../../renderer/app/fields/DateField';

describe('reading a clock time as people type it', () => {
  it.each([
    ['9', '09:00'],
    ['930', '09:30'],
    ['9:30', '09:30'],
    ['09.30', '09:30'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (typed, time) => expect(parseClockText(typed)).toBe(time));

  it.each(['24:00', '12:60', 'nine', '9:3', ''])('refuses %s', (typed) => expect(parseClockText(typed)).toBeNull());
});

describe('reading a typed date in the app’s language', () => {
  it('reads the ISO form in every language', () => {
    expect(parseDateText('2026-11-23', 'sv')).toBe('2026-11-23');
    expect(parseDateText('2026-11-23', 'en')).toBe('2026-11-23');
  });

  it('reads the Norwegian dotted form', () => expect(parseDateText('23.11.2026', 'nb')).toBe('2026-11-23'));

  it('reads the British day-month-year forms', () => {
    expect(parseDateText('23/11/2026', 'en')).toBe('2026-11-23');
    expect(parseDateText('23 Nov 2026', 'en')).toBe('2026-11-23');
  });

  it('refuses a date that does not exist', () => expect(parseDateText('2026-02-30', 'sv')).toBeNull());
});
