import { describe, expect, it } from 'vitest';
import { describeNumberProblem, parseLocaleNumber } from '../../../../shared/i18n/number';
import { numberRulesOf } from '../../../../shared/model/limits';
import { AgendaItem } from '../../../../shared/model/workshop';

const minutes = numberRulesOf(AgendaItem.shape.plannedMinutes);

describe('numbers typed in the language’s format', () => {
  it('reads a decimal comma in sv and nb and a decimal point in en, exactly', () => {
    expect(parseLocaleNumber('2,5', 'sv')).toEqual({ ok: true, value: 2.5 });
    expect(parseLocaleNumber('1 250,75', 'nb')).toEqual({ ok: true, value: 1250.75 });
    expect(parseLocaleNumber('1,250.5', 'en')).toEqual({ ok: true, value: 1250.5 });
  });

  it('refuses a negative number unless the field takes one, and then reads its sign', () => {
    expect(parseLocaleNumber('-10', 'sv')).toEqual({ ok: false, problem: 'negative', text: '-10' });
    expect(parseLocaleNumber('−2,5', 'sv', { allowNegative: true })).toEqual({ ok: true, value: -2.5 });
    expect(parseLocaleNumber('-abc', 'sv', { allowNegative: true })).toEqual({ ok: false, problem: 'notANumber', text: '-abc' });
    expect(parseLocaleNumber('-', 'sv', { allowNegative: true })).toEqual({ ok: false, problem: 'notANumber', text: '-' });
  });

  it('agenda minutes: "2,5" is not read as 25, "-10" not as 10, and the limit comes from the schema', () => {
    expect(parseLocaleNumber('2,5', 'sv', minutes)).toEqual({ ok: false, problem: 'notWhole', text: '2,5' });
    expect(parseLocaleNumber('-10', 'sv', minutes)).toEqual({ ok: false, problem: 'negative', text: '-10' });
    expect(parseLocaleNumber('1441', 'sv', minutes)).toEqual({ ok: false, problem: 'aboveMax', text: '1441' });
    expect(parseLocaleNumber('1 440', 'sv', minutes)).toEqual({ ok: true, value: 1440 });
    expect(minutes).toEqual({ whole: true, allowNegative: false, min: 0, max: 1440 });
  });

  it('says why in the user’s language, with the limit in its number format', () => {
    expect(describeNumberProblem('notWhole', '2,5', 'sv', minutes)).toBe('Ange ett heltal: ”2,5” har decimaler.');
    expect(describeNumberProblem('negative', '-10', 'nb', minutes)).toBe('Verdien kan ikke være negativ.');
    expect(describeNumberProblem('aboveMax', '1441', 'sv', minutes)).toBe('Värdet får vara högst 1\u00a0440.');
    expect(describeNumberProblem('aboveMax', '1441', 'en', minutes)).toBe('The value can be at most 1,440.');
    expect(describeNumberProblem('belowMin', '0', 'en', { min: 1 })).toBe('The value must be at least 1.');
  });
});
