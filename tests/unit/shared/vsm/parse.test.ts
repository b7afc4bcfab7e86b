import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEntryProblem } from '../../../../shared/vsm/describe';
import { formatDecimal } from '../../../../shared/vsm/format';
import { parseCount, parseDuration, parseNumber, parsePercent, unitFromWord } from '../../../../shared/vsm/parse';

describe('numbers as people type them', () => {
  it.each([
    ['2,5', 2.5],
    ['1 250,75', 1250.75],
    ['1\u00a0250', 1250],
    ['1\u202f250,5', 1250.5],
    ['0', 0],
    [',5', 0.5],
    [' 42 ', 42],
    ['2.5', 2.5], // a decimal point typed on a numeric keypad is still understood
    ['+3', 3],
  ])('sv/nb: “%s” is %d', (text, value) => {
    expect(parseNumber(text, 'sv')).toEqual({ ok: true, value });
    expect(parseNumber(text, 'nb')).toEqual({ ok: true, value });
  });

  it.each([
    ['2.5', 2.5],
    ['1,250.75', 1250.75],
    ['1,250', 1250],
    ['.5', 0.5],
    ['2,5', 2.5], // cannot be a thousands comma, so a decimal comma
  ])('en: “%s” is %d', (text, value) => {
    expect(parseNumber(text, 'en')).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notANumber'],
    ['12abc', 'notANumber'],
    ['-3', 'negative'],
    ['−3,5', 'negative'],
    ['1,2,3', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['1e5', 'notANumber'],
    ['1.500', 'ambiguous'],
  ])('sv: “%s” is an error (%s), never zero', (text, problem) => {
    expect(parseNumber(text, 'sv')).toEqual({ ok: false, problem, text });
  });

  it('“-0” is zero, not negative; “-abc” is not a number', () => {
    expect(parseNumber('-0', 'en')).toEqual({ ok: true, value: 0 });
    expect(parseNumber('-abc', 'en')).toEqual({ ok: false, problem: 'notANumber', text: '-abc' });
  });

  it('counts are whole; percentages are 0–100 with an optional %', () => {
    expect(parseCount('3', 'sv')).toEqual({ ok: true, value: 3 });
    expect(parseCount('2,5', 'sv')).toEqual({ ok: false, problem: 'notWhole', text: '2,5' });
    expect(parsePercent('97,5 %', 'sv')).toEqual({ ok: true, value: 97.5 });
    expect(parsePercent('85%', 'en')).toEqual({ ok: true, value: 85 });
    expect(parsePercent('120', 'en')).toEqual({ ok: false, problem: 'overHundred', text: '120' });
    expect(parsePercent('x %', 'en')).toEqual({ ok: false, problem: 'notANumber', text: 'x %' });
  });
});

describe('durations with an optional unit word', () => {
  it('uses the field’s unit when none is typed', () => {
    expect(parseDuration('45', 'en', 's')).toEqual({ ok: true, value: { value: 45, unit: 's' } });
  });

  it.each([
    ['2,5 min', 'sv', { value: 2.5, unit: 'min' }],
    ['3 dagar', 'sv', { value: 3, unit: 'd' }],
    ['3 arbetsdagar', 'sv', { value: 3, unit: 'wd' }],
    ['1,5 timer', 'nb', { value: 1.5, unit: 'h' }],
    ['2 t', 'nb', { value: 2, unit: 'h' }],
    ['4 working days', 'en', { value: 4, unit: 'wd' }],
    ['1 250 s', 'sv', { value: 1250, unit: 's' }],
    ['10min', 'en', { value: 10, unit: 'min' }],
  ] as const)('“%s” (%s)', (text, lang, value) => {
    expect(parseDuration(text, lang, 's')).toEqual({ ok: true, value });
  });

  it('reports unknown units and bad numbers with the text typed', () => {
    expect(parseDuration('3 veckor', 'sv', 's')).toEqual({ ok: false, problem: 'unknownUnit', text: '3 veckor' });
    expect(parseDuration('-2 h', 'en', 's')).toEqual({ ok: false, problem: 'negative', text: '-2 h' });
    expect(parseDuration('', 'en', 's')).toEqual({ ok: false, problem: 'empty', text: '' });
    expect(parseDuration('mycket', 'sv', 'min')).toEqual({ ok: false, problem: 'notANumber', text: 'mycket' });
  });

  it('unit words are case-insensitive', () => {
    expect(unitFromWord('Min')).toBe('min');
    expect(unitFromWord('DAGER')).toBe('d');
    expect(unitFromWord('weeks')).toBeNull();
  });
});

describe('what Verkstad shows, the user can type back', () => {
  it('formatting then parsing a value gives it back, in every language (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('sv' as const, 'nb' as const, 'en' as const), (micro, lang) => {
        const value = micro / 1000;
        const shown = formatDecimal(value, lang, 3);
        const parsed = parseNumber(shown, lang);
        expect(parsed).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('messages for a value that was not accepted', () => {
  it('tells the user what is wrong, in their language', () => {
    const result = parseNumber('1.500', 'nb');
    if (result.ok) throw new Error('1.500 is ambiguous in Norwegian');
    expect(describeEntryProblem(result.problem, result.text, 'nb')).toBe('«1.500» kan leses på to måter: skriv tallet uten punktum, eller med desimalkomma.');
    const negative = parseDuration('-2 min', 'sv', 's');
    if (negative.ok) throw new Error('negative durations are refused');
    expect(describeEntryProblem(negative.problem, negative.text, 'sv')).toBe('Värdet kan inte vara negativt.');
    expect(describeEntryProblem('notANumber', ' abc ', 'en')).toBe('“abc” is not a number.');
  });
});

describe('the unit a duration is written in is the unit it is read as', () => {
  it('every unit as Verkstad writes it reads back as that unit, in every language; a working day is never written "d"', async () => {
    const { formatWithUnit } = await import('../../../../shared/vsm/format');
    for (const lang of ['sv', 'nb', 'en'] as const) {
      for (const unit of ['s', 'min', 'h', 'wd', 'd'] as const) {
        const shown = formatWithUnit(2.5, unit, lang);
        const other = unit === 's' ? 'min' : 's';
        expect(parseDuration(shown, lang, other), `${lang} ${unit} “${shown}”`).toEqual({ ok: true, value: { value: 2.5, unit } });
      }
      expect(formatWithUnit(3, 'wd', lang)).not.toMatch(/\sd$/);
    }
  });
});
