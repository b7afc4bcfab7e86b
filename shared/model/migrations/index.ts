import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

/**
 * The migration chain. Each released format version N > 1 has one step file `vN-1-to-vN.ts`
 * here, added to `steps` in order. Every load runs the steps from the file's version up to the
 * current one, so a file written by any released version keeps opening.
 *
 */
export type RawDocument = Record<string, unknown> & { formatVersion: number };

export interface MigrationStep {
  from: number;
  to: number;
  migrate(doc: RawDocument): RawDocument;
}

export const steps: readonly MigrationStep[] = [v1ToV2, v2ToV3];

export class MigrationGapError extends Error {
  constructor(readonly at: number) {
    super(`no migration from format version ${at}`);
  }
}

/** Runs the steps from `doc.formatVersion` up to `target`; a missing step is an error, never a skip. */
export function migrate(doc: RawDocument, target: number, chain: readonly MigrationStep[] = steps): RawDocument {
  let current = doc;
  while (current.formatVersion < target) {
    const step = chain.find((s) => s.from === current.formatVersion);
    if (!step || step.to !== step.from + 1) throw new MigrationGapError(current.formatVersion);
    current = { ...step.migrate(current), formatVersion: step.to };
  }
  return current;
}
