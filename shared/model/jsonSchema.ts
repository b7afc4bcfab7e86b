import { z } from 'zod';
import { CURRENT_FORMAT_VERSION, Workshop } from './workshop';

/**
 * The JSON Schema of a `.verkstad` file, generated from the zod `Workshop` schema, so the
 * published description (docs/workshop.schema.json) cannot drift from what the app checks.
 * No Node imports here: the unit test regenerates it in memory and compares it with the file.
 *
 * The schema describes what Verkstad writes. Two checks of the loader are not expressible in it:
 * a date must also be a real calendar date ("2026-02-30" matches the pattern but is refused),
 * and unknown fields in a file are dropped when it is read instead of refused.
 */
export const WORKSHOP_SCHEMA_ID = `urn:verkstad:schema:workshop:v${CURRENT_FORMAT_VERSION}`;

export function workshopJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(Workshop, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: WORKSHOP_SCHEMA_ID,
    title: `Verkstad workshop file, format version ${CURRENT_FORMAT_VERSION}`,
    description:
      'One workshop in a .verkstad file (UTF-8 JSON). Derived values such as clock times of agenda items and totals are never stored. See docs/file-format.md.',
    ...generated,
  };
}

/** The text of docs/workshop.schema.json: two-space indent, newline at the end. */
export function workshopJsonSchemaText(): string {
  return `${JSON.stringify(workshopJsonSchema(), null, 2)}\n`;
}
