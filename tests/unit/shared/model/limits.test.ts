import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { maxItemsOf, maxLengthOf, numberRulesOf } from '../../../../shared/model/limits';
import { AgendaItem, Header, ScalePoll, Workshop } from '../../../../shared/model/workshop';

describe('limits read from the file schema', () => {
  it('a field’s length limit is the one the file is checked against', () => {
    const title = maxLengthOf(Header.shape.title);
    const header = { ...Workshop.shape.header.parse({ title: '', date: null, startTime: null, place: '', facilitator: '', purpose: '', language: null }) };
    expect(Header.safeParse({ ...header, title: 'x'.repeat(title) }).success).toBe(true);
    expect(Header.safeParse({ ...header, title: 'x'.repeat(title + 1) }).success).toBe(false);
  });

  it('sees through defaults, optional and nullable wrappers', () => {
    expect(maxLengthOf(AgendaItem.shape.owner)).toBe(200);
    expect(maxLengthOf(z.string().max(7).nullable().optional())).toBe(7);
  });

  it('reads number rules: whole, range, negatives', () => {
    expect(numberRulesOf(ScalePoll.shape.scaleMax)).toEqual({ whole: true, allowNegative: false, min: 1, max: 20 });
    expect(numberRulesOf(z.number())).toEqual({ whole: false, allowNegative: true });
  });

  it('reads an array’s item limit, or none', () => {
    expect(maxItemsOf(ScalePoll.shape.counts)).toBe(11);
    expect(maxItemsOf(z.array(z.string()))).toBeNull();
  });

  it('refuses a field without a limit rather than inventing one', () => {
    expect(() => maxLengthOf(z.string())).toThrow();
  });
});
