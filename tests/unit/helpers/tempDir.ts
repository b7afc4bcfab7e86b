import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh temporary folder for every test, removed afterwards. Call at the top of a describe
 * block and read `.path` inside the tests.
 */
export function useTempDir(prefix = 'verkstad-test-'): { readonly path: string } {
  let current: string | null = null;
  beforeEach(async () => {
    current = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (current) await rm(current, { recursive: true, force: true });
    current = null;
  });
  return {
    get path(): string {
      if (current === null) throw new Error('useTempDir: only available inside a test');
      return current;
    },
  };
}
