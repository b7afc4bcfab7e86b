/**
 * Writes docs/workshop.schema.json from the zod `Workshop` schema (`npm run schema`).
 * A unit test fails when the committed file differs from what this would write.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { workshopJsonSchemaText } from '../../shared/model/jsonSchema';

const target = fileURLToPath(new URL('../../docs/workshop.schema.json', import.meta.url));
await writeFile(target, workshopJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
