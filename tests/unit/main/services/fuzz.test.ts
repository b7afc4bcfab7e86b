import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractViolation, createHandlers, dispatch } from '../../../../main/ipc/handlers';
import { createServices } from '../../../../main/services';
import type { DialogPort } from '../../../../main/ipc/ports';
import { readWorkshopFile } from '../../../../main/services/workshopFile';
import { invokeChannels } from '../../../../shared/ipc/channels';
import { LoadProblem, serializeWorkshop } from '../../../../shared/model/load';
import type { Workshop } from '../../../../shared/model/workshop';
import { buildReport } from '../../../../shared/report/buildReport';
import { drawBoard } from '../../../../shared/shapes/drawBoard';
import { defaultTheme } from '../../../../shared/shapes/primitives';
import { analyzeValueStream } from '../../../../shared/vsm/analyze';
import { vsmBoardsOf } from '../../../../shared/vsm/boards';
import { reportWorkshop } from '../../helpers/reportWorkshop';
import { useTempDir } from '../../helpers/tempDir';

/**
 * Seeded fuzzing of what a file or the renderer can hand main: workshop files mutated at random
 * (a value replaced by anything, a key dropped, an element repeated, the bytes cut or damaged) go
 * through the app's open function, and every file it accepts through the value-stream analysis,
 * the board drawing and the report; random payloads go through the IPC handler table. Nothing may
 * throw but a refusal: a file is opened or refused with a known problem, a payload is handled or
 * refused as a contract violation. Seeds are fixed so a failure reproduces.
 */

const base = JSON.parse(serializeWorkshop(reportWorkshop())) as unknown;

/** Every object or array in the document, as the path of keys that leads to it. */
function containers(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(path);
  for (const [key, child] of Object.entries(value)) containers(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}
const paths = containers(base);

const at = (doc: unknown, path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc);

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(1e308, -1e308, 5e-324, -1, 0, 2 ** 53, '', 'x'.repeat(5_001), [], {}, null, true),
);

type Mutation = { kind: 'replace' | 'drop' | 'repeat'; pathIndex: number; keyIndex: number; value: unknown; times: number } | { kind: 'bytes'; at: number; cut: boolean; junk: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('replace' as const, 'drop' as const, 'repeat' as const),
    pathIndex: fc.nat(paths.length - 1),
    keyIndex: fc.nat(),
    value: oddValue,
    times: fc.integer({ min: 2, max: 300 }),
  }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), cut: fc.boolean(), junk: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
);

function mutate(mutations: Mutation[]): Buffer {
  const doc = structuredClone(base);
  const byteChanges: Extract<Mutation, { kind: 'bytes' }>[] = [];
  for (const m of mutations) {
    if (m.kind === 'bytes') {
      byteChanges.push(m);
      continue;
    }
    let node: unknown;
    try {
      node = at(doc, paths[m.pathIndex]!);
    } catch {
      continue; // an earlier mutation removed the way there
    }
    if (typeof node !== 'object' || node === null) continue;
    const keys = Object.keys(node);
    if (keys.length === 0) continue;
    const key = keys[m.keyIndex % keys.length]!;
    const record = node as Record<string, unknown>;
    if (m.kind === 'replace') record[key] = m.value;
    else if (m.kind === 'drop') {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete record[key];
    } else if (Array.isArray(node)) node.push(...Array.from({ length: m.times }, () => structuredClone(node[Number(key)])));
  }
  let bytes = Buffer.from(JSON.stringify(doc, null, 2), 'utf8');
  for (const change of byteChanges) {
    const where = change.at % (bytes.length + 1);
    bytes = change.cut ? bytes.subarray(0, where) : Buffer.concat([bytes.subarray(0, where), Buffer.from(change.junk), bytes.subarray(where)]);
  }
  return bytes;
}

/** What the renderer does with an opened workshop: figures, drawings, the report. */
function useEverywhere(doc: Workshop): void {
  for (const stream of vsmBoardsOf(doc)) analyzeValueStream(stream);
  for (const board of doc.boards) drawBoard(board, defaultTheme);
  buildReport(doc, { language: doc.header.language ?? 'sv', today: '2026-04-20', timeZone: 'Europe/Stockholm' }, { fonts: [] });
}

const ioProblems = ['notFound', 'noSuchFile', 'moved', 'permission', 'diskFull', 'busy', 'ioError', 'isFolder', 'invalidName', 'targetChanged', 'readOnlyDisk', 'tooLarge', 'notPermitted', 'newerFile', 'unknown'];

describe('fuzzing what main is handed', () => {
  const tmp = useTempDir();

  it('mutated workshop files are opened or refused with a known problem, and what opens can be analysed, drawn and reported', async () => {
    const path = () => join(tmp.path, 'fuzz.verkstad');
    const seen = { opened: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        await writeFile(path(), mutate(mutations));
        const read = await readWorkshopFile(path());
        if (!read.ok) {
          seen.refused++;
          expect(LoadProblem.safeParse(read.problem).success || ioProblems.includes(read.problem), read.problem).toBe(true);
          expect(read.problem).not.toBe('unknown');
          return;
        }
        seen.opened++;
        useEverywhere(read.result.document);
      }),
      { seed: 1111, numRuns: 150 },
    );
    // Both sides were reached: the mutations are not all fatal, nor all harmless.
    expect(seen.opened).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  }, 240_000);

  it('random payloads on every IPC channel are handled or refused as a contract violation, never a crash', async () => {
    const services = createServices({ dataDir: tmp.path });
    // Every dialog is canceled, as a person who closes it would.
    const dialogs: DialogPort = {
      chooseFileToOpen: async () => null,
      chooseFileToSave: async () => null,
      chooseFolder: async () => null,
      askUnsaved: async () => 'cancel',
      askConflict: async () => 'cancel',
    };
    const table = createHandlers({ services, dialogs, host: { host: 'chromium', version: '0', platform: 'linux', osLocale: 'sv-SE' } });
    const ctx = { window: { setState: () => undefined, closeConfirmed: () => undefined } };
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...invokeChannels, 'no:such', '__proto__', 'constructor'), fc.anything({ maxDepth: 3 }), async (channel, payload) => {
          try {
            await dispatch(table, channel, payload, ctx);
          } catch (error) {
            if (!(error instanceof ContractViolation)) throw error;
          }
        }),
        { seed: 2222, numRuns: 400 },
      );
    } finally {
      // A payload that happens to be valid for room:open starts the room's server (on 127.0.0.1).
      await services.room.close();
    }
  }, 240_000);
});
