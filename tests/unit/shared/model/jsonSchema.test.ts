import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../../../shared/model/workshop';
import { workshopJsonSchema, workshopJsonSchemaText } from '../../../../shared/model/jsonSchema';

const schemaFile = fileURLToPath(new URL('../../../../docs/workshop.schema.json', import.meta.url));

describe('the published JSON Schema of the file format', () => {
  it('docs/workshop.schema.json is exactly what the zod schema generates', () => {
    const onDisk = readFileSync(schemaFile, 'utf8');
    expect(onDisk, 'docs/workshop.schema.json is out of date: run `npm run schema` and commit the result').toBe(workshopJsonSchemaText());
  });

  it('declares JSON Schema draft 2020-12 with an id, a title and a description', () => {
    const schema = workshopJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toEqual(expect.any(String));
    expect(schema.title).toMatch(`format version ${CURRENT_FORMAT_VERSION}`);
    expect(schema.description).toEqual(expect.any(String));
  });

  it('requires every top-level field of a workshop', () => {
    expect(workshopJsonSchema().required).toEqual([
      'kind',
      'formatVersion',
      'id',
      'createdAt',
      'header',
      'participants',
      'agenda',
      'boards',
      'actions',
      'decisions',
      'parkingLot',
      'run',
      'itemNotes',
      'roundTable',
      'polls',
      'choicePolls',
      'textPolls',
      'dotVotes',
      'followsWorkshop',
      'teamBoards',
    ]);
  });
});
