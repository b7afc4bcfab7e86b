import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidatedJsonFile } from '../../../../main/services/jsonFileAdapter';
import { useTempDir } from '../../helpers/tempDir';

const Counter = z.object({ count: z.number().int() });

describe('the app’s own small JSON files', () => {
  const tmp = useTempDir();

  it('a file that does not exist yet reads as nothing, and nothing is created', async () => {
    expect(await new ValidatedJsonFile(join(tmp.path, 'c.json'), Counter).read()).toBeNull();
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('what is written reads back, stored as indented JSON with a final newline', async () => {
    const file = new ValidatedJsonFile(join(tmp.path, 'c.json'), Counter);
    await file.write({ count: 3 });
    expect(await file.read()).toEqual({ count: 3 });
    expect(await readFile(join(tmp.path, 'c.json'), 'utf8')).toBe('{\n  "count": 3\n}\n');
  });

  it('a file that fails its schema is moved aside unchanged and reads as nothing', async () => {
    await writeFile(join(tmp.path, 'c.json'), '{"count": "three"}');
    expect(await new ValidatedJsonFile(join(tmp.path, 'c.json'), Counter).read()).toBeNull();
    const [aside, ...rest] = await readdir(tmp.path);
    expect(rest).toEqual([]);
    expect(aside).toMatch(/^c\.json\.damaged-\d+$/);
    expect(await readFile(join(tmp.path, aside!), 'utf8')).toBe('{"count": "three"}');
  });
});
