import { describe, expect, it } from 'vitest';
import { changeUnit, entryError, readSettingDuration, readSettingNumber, settingError, settingText, typed } from '../../../../../renderer/boards/vsm/panelLogic';

const calendar = { secondsPerWorkingDay: 27_000, workingDaysPerWeek: 5 };

describe('reading what is typed in the VSM panel', () => {
  it('accepts a decimal comma in Swedish and Norwegian, a point in English', () => {
    expect(entryError(typed('2,5', 'min', 'sv'), { kind: 'duration', unit: 's' }, 'sv')).toBeNull();
    expect(entryError(typed('2.5', 'min', 'en'), { kind: 'duration', unit: 's' }, 'en')).toBeNull();
    expect(entryError(typed('1 250,5', undefined, 'nb'), { kind: 'number' }, 'nb')).toBeNull();
  });

  it('gives the reason for a wrong value in the user’s language and keeps what was typed', () => {
    const value = typed('ungefär 40', 's', 'sv');
    expect(value.text).toBe('ungefär 40');
    expect(entryError(value, { kind: 'duration', unit: 's' }, 'sv')).toBe('”ungefär 40” är inte ett tal.');
    expect(entryError(typed('-3', undefined, 'en'), { kind: 'count' }, 'en')).toBe('The value cannot be negative.');
    expect(entryError(typed('120', undefined, 'nb'), { kind: 'percent' }, 'nb')).toBe('En prosentsats er høyst 100.');
    expect(entryError(typed('1,5', undefined, 'en'), { kind: 'count' }, 'en')).toBe('Enter a whole number: “1,5” has decimals.');
  });

  it('treats an empty field as not entered, not as a mistake or zero', () => {
    expect(entryError(typed('', 's', 'sv'), { kind: 'duration', unit: 's' }, 'sv')).toBeNull();
    expect(readSettingNumber('  ', 'sv')).toBeNull();
  });

  it('reads a value by the language it was typed in, whatever the panel shows now', () => {
    // "1,5" typed in Swedish is one and a half; read in English it would be a thousands separator gone wrong.
    expect(entryError({ text: '1,500', unit: 's', lang: 'sv' }, { kind: 'duration', unit: 's' }, 'en')).toBeNull();
  });
});

describe('changing the unit of a duration', () => {
  it('converts a readable value so the time stays the same (90 s → 1,5 min)', () => {
    expect(changeUnit(typed('90', 's', 'sv'), 'min', 'sv', calendar, 's')).toEqual({ text: '1,5', unit: 'min', lang: 'sv' });
    expect(changeUnit(typed('2', 'h', 'en'), 'min', 'en', calendar, 's')).toEqual({ text: '120', unit: 'min', lang: 'en' });
  });

  it('converts to working days through the map’s working day (13 500 s = 0.5 of a 27 000 s day)', () => {
    expect(changeUnit(typed('225', 'min', 'en'), 'wd', 'en', calendar, 's')).toEqual({ text: '0.5', unit: 'wd', lang: 'en' });
  });

  it('keeps the text of a wrong value and only changes its unit', () => {
    expect(changeUnit(typed('snart', 's', 'sv'), 'min', 'sv', calendar, 's')).toEqual({ text: 'snart', unit: 'min', lang: 'sv' });
  });

  it('keeps the text when days cannot be converted because the map has no working day yet', () => {
    expect(changeUnit(typed('2', 'h', 'sv'), 'wd', 'sv', { secondsPerWorkingDay: null, workingDaysPerWeek: 5 }, 's')).toEqual({ text: '2', unit: 'wd', lang: 'sv' });
  });
});

describe('map settings', () => {
  it('stores a number, or the wrong text so it is reported', () => {
    expect(readSettingNumber('4 500', 'sv')).toBe(4500);
    expect(readSettingNumber('2,5', 'sv', true)).toEqual({ invalid: '2,5' });
    expect(readSettingDuration('7,5', 'h', 'nb')).toEqual({ value: 7.5, unit: 'h' });
    expect(readSettingDuration('30 min', 'h', 'en')).toEqual({ value: 30, unit: 'min' });
    expect(readSettingDuration('lång', 'h', 'sv')).toEqual({ invalid: 'lång' });
  });

  it('shows stored numbers in the language’s format and wrong ones as typed, with the reason', () => {
    expect(settingText(4500.5, 'sv')).toBe('4\u00a0500,5');
    expect(settingText({ value: 7.5, unit: 'h' }, 'en')).toBe('7.5');
    expect(settingText({ invalid: 'abc' }, 'en')).toBe('abc');
    expect(settingText(null, 'en')).toBe('');
    expect(settingError({ invalid: 'abc' }, 'number', 'sv')).toBe('”abc” är inte ett tal.');
    expect(settingError(12, 'number', 'sv')).toBeNull();
  });
});

describe('a value stored without a unit', () => {
  it('is read in its field’s default unit, the one the panel shows it in (PT 12 = 12 min, not 12 s)', async () => {
    const { flowElementOfShape } = await import('../../../../../shared/vsm/boards');
    const { Shape } = await import('../../../../../shared/model/board');
    const shape = Shape.parse({ id: 's1', type: 'vsmServiceStep', x: 0, y: 0, w: 160, h: 140, text: 'Handläggning', locked: false, props: { processTime: { text: '12' }, leadTime: { text: '3' } } });
    const element = flowElementOfShape(shape, 'sv');
    expect(element).toMatchObject({ processTime: { value: 12, unit: 'min' }, leadTime: { value: 3, unit: 'h' } });
  });
});
