import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, MigrationGapError, steps, type MigrationStep, type RawDocument } from '../../../../shared/model/migrations';
import { CURRENT_FORMAT_VERSION, Workshop } from '../../../../shared/model/workshop';
import { goodFixtures, versionFolders } from '../../helpers/fixtures';

/** A made-up history: v1 had `name`, v2 renamed it to `title`, v3 added `tags`. */
function syntheticChain(log: string[]): MigrationStep[] {
  return [
    {
      from: 1,
      to: 2,
      migrate: ({ name, ...rest }) => {
        log.push('1→2');
        return { ...rest, title: name, formatVersion: 1 };
      },
    },
    {
      from: 2,
      to: 3,
      migrate: (doc) => {
        log.push('2→3');
        return { ...doc, tags: [`was ${String(doc.title)}`] };
      },
    },
  ];
}

describe('migrating an older file up to the current format', () => {
  it('runs every step from the file’s version to the target, in order, and stamps the new version', () => {
    const log: string[] = [];
    const result = migrate({ formatVersion: 1, name: 'Kaizen' }, 3, syntheticChain(log));
    expect(log).toEqual(['1→2', '2→3']);
    expect(result).toEqual({ formatVersion: 3, title: 'Kaizen', tags: ['was Kaizen'] });
  });

  it('finds the steps by version even when the chain lists them out of order', () => {
    const log: string[] = [];
    const result = migrate({ formatVersion: 1, name: 'Kaizen' }, 3, syntheticChain(log).reverse());
    expect(log).toEqual(['1→2', '2→3']);
    expect(result.formatVersion).toBe(3);
  });

  it('starts from the file’s own version and skips the steps it has already been through', () => {
    const log: string[] = [];
    const result = migrate({ formatVersion: 2, title: 'Kaizen' }, 3, syntheticChain(log));
    expect(log).toEqual(['2→3']);
    expect(result).toEqual({ formatVersion: 3, title: 'Kaizen', tags: ['was Kaizen'] });
  });

  it('leaves a file that is already at the target version untouched', () => {
    const log: string[] = [];
    const doc: RawDocument = { formatVersion: 3, title: 'Kaizen' };
    expect(migrate(doc, 3, syntheticChain(log))).toBe(doc);
    expect(log).toEqual([]);
  });

  it('does not change the document it was given', () => {
    const doc: RawDocument = { formatVersion: 1, name: 'Kaizen' };
    migrate(doc, 3, syntheticChain([]));
    expect(doc).toEqual({ formatVersion: 1, name: 'Kaizen' });
  });

  it('a missing step is an error naming the version, never a silent skip', () => {
    const [first] = syntheticChain([]);
    expect(first).toBeDefined();
    const withGap = [first!, { from: 3, to: 4, migrate: (d: RawDocument) => d }];
    const attempt = () => migrate({ formatVersion: 1, name: 'x' }, 4, withGap);
    expect(attempt).toThrow(MigrationGapError);
    expect(attempt).toThrow('no migration from format version 2');
  });

  it('a step that jumps over a version is refused as a gap', () => {
    const jumping: MigrationStep[] = [{ from: 1, to: 3, migrate: (d) => d }];
    try {
      migrate({ formatVersion: 1 }, 3, jumping);
      expect.unreachable('the jump should have been refused');
    } catch (error) {
      expect(error).toBeInstanceOf(MigrationGapError);
      expect((error as MigrationGapError).at).toBe(1);
    }
  });
});

describe('the real migration chain', () => {
  it('has one step for every version after the first, each going up by one', () => {
    expect(steps.map((s) => [s.from, s.to])).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  it('there is a fixture folder for every released format version', () => {
    expect(versionFolders().map((f) => f.version)).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it.each(goodFixtures().map((f) => [f.name, f.path] as const))('brings %s up to the current format', (_name, path) => {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as RawDocument;
    const migrated = migrate(raw, CURRENT_FORMAT_VERSION);
    expect(migrated.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(Workshop.safeParse(migrated).success).toBe(true);
  });
});
