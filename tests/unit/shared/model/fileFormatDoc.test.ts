import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../../shared/agenda/schedule';
import { parseWorkshopText } from '../../../../shared/model/load';
import { workshopJsonSchema } from '../../../../shared/model/jsonSchema';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/file-format.md', import.meta.url)), 'utf8');

/** Every property name anywhere in the JSON Schema. */
function propertyNames(schema: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => propertyNames(s, into));
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) Object.keys(value).forEach((k) => into.add(k));
      propertyNames(value, into);
    }
  }
  return into;
}

describe('the file-format documentation', () => {
  it('documents every field of the current format', () => {
    const undocumented = [...propertyNames(workshopJsonSchema())].filter((name) => !doc.includes(`| \`${name}\` |`));
    expect(undocumented, 'add these fields to docs/file-format.md').toEqual([]);
  });

  it('its complete example is a valid workshop whose agenda runs 09:00–09:45', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseWorkshopText(example ?? '');
    if (!result.ok) throw new Error(`the example in docs/file-format.md does not open: ${result.detail}`);
    expect(result.readOnly).toBe(false);
    expect(computeSchedule(result.document.header.startTime, result.document.agenda.items)?.end).toBe(9 * 60 + 45);
  });
});
