import type { z } from 'zod';
import type { NumberRules } from '../i18n/number';

/**
 * The file schema's limits, read from the zod schema itself so a field that edits a value knows
 * the same limit the file is checked against — there is no second copy of the numbers. A field
 * shows the limit before the user reaches it (renderer/app/fields/), so a document in the app can
 * always be saved and its crash-recovery copy written.
 */

type Wrapper = { unwrap: () => z.ZodType };

/** The schema under `.default()`, `.optional()`, `.nullable()`. */
function inner(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 8; depth++) {
    const type = current.def.type;
    if (type !== 'default' && type !== 'optional' && type !== 'nullable' && type !== 'prefault') return current;
    current = (current as unknown as Wrapper).unwrap();
  }
  return current;
}

/** The most characters a string field of the schema may hold. */
export function maxLengthOf(schema: z.ZodType): number {
  const string = inner(schema) as z.ZodString;
  const max = string.def.type === 'string' ? string.maxLength : null;
  if (max === null || max === undefined) throw new Error('The schema has no length limit');
  return max;
}

/** The most items an array field of the schema may hold, or null without a limit. */
export function maxItemsOf(schema: z.ZodType): number | null {
  const array = inner(schema);
  if (array.def.type !== 'array') throw new Error('The schema is not an array');
  const checks = array.def.checks ?? [];
  for (const check of checks) {
    const def = check._zod.def as { check?: string; maximum?: number };
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return null;
}

/** What a number field of the schema accepts: whole or not, its range, negatives. */
export function numberRulesOf(schema: z.ZodType): NumberRules {
  const number = inner(schema) as z.ZodNumber;
  if (number.def.type !== 'number') throw new Error('The schema is not a number');
  const min = Number.isFinite(number.minValue) ? (number.minValue ?? undefined) : undefined;
  const max = Number.isFinite(number.maxValue) ? (number.maxValue ?? undefined) : undefined;
  const exclusive = (number.def.checks ?? []).some((check) => {
    const def = check._zod.def as { check?: string; value?: unknown; inclusive?: boolean };
    return def.check === 'greater_than' && def.value === min && def.inclusive === false;
  });
  return {
    whole: number.isInt === true,
    allowNegative: min === undefined || min < 0,
    ...(min === undefined ? {} : { min }),
    ...(exclusive ? { minExclusive: true } : {}),
    ...(max === undefined ? {} : { max }),
  };
}
