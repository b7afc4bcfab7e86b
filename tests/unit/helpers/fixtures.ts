import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const badFixturesDir = join(fixturesDir, 'bad');

/** The folders of good files, one per released format version: v1, v2, … */
export function versionFolders(): { version: number; dir: string }[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^v\d+$/.test(entry.name))
    .map((entry) => ({ version: Number(entry.name.slice(1)), dir: join(fixturesDir, entry.name) }))
    .sort((a, b) => a.version - b.version);
}

/** Every good fixture file, as `v1/agenda.verkstad` → absolute path. */
export function goodFixtures(): { name: string; path: string; version: number }[] {
  return versionFolders().flatMap(({ version, dir }) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.verkstad'))
      .sort()
      .map((name) => ({ name: `v${version}/${name}`, path: join(dir, name), version })),
  );
}

export function badFixture(name: string): string {
  return join(badFixturesDir, name);
}

export function badFixtureNames(): string[] {
  return readdirSync(badFixturesDir).sort();
}
