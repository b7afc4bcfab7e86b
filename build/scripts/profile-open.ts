/**
 * `npx tsx build/scripts/profile-open.ts [shapes]`: the steps of opening a large workshop file,
 * timed one by one in plain Node, for docs/perf.md. Both hosts share the main-side steps (read,
 * stamp, decode, JSON.parse, migrate, validate); they differ in how the document crosses to the
 * renderer: the Chromium host sends JSON text over its CDP binding (gzipped when large) and the page parses it, Electron
 * sends it through IPC with the structured-clone serialiser (timed here with v8.serialize and
 * v8.deserialize, the same algorithm). What the renderer does next (the editor, the board's spatial
 * index, the first frame) is the same in both and is timed by `npm run bench:canvas`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { answerForPage } from '../../main/chromium/host';
import { contract } from '../../shared/ipc/contract';
import { migrate, type RawDocument } from '../../shared/model/migrations';
import { isCheckedWorkshop, parseWorkshopText } from '../../shared/model/load';
import { CURRENT_FORMAT_VERSION, Workshop } from '../../shared/model/workshop';
import { generateWorkshop } from '../../tests/bench/canvas/generateBoard';

const shapes = Number(process.argv[2] ?? '10000');
const dir = await mkdtemp(join(tmpdir(), 'verkstad-open-'));
const path = join(dir, 'big.verkstad');
await writeFile(path, JSON.stringify(generateWorkshop(shapes), null, 2));
const rounds = 5;
const times = new Map<string, number[]>();
const time = async <T>(label: string, f: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const result = await f();
  times.set(label, [...(times.get(label) ?? []), performance.now() - t0]);
  return result;
};
for (let i = 0; i < rounds; i++) {
  const bytes = await time('read the file', () => readFile(path));
  await time('SHA-256 stamp', () => createHash('sha256').update(bytes).digest('hex'));
  const text = await time('decode UTF-8', () => new TextDecoder('utf-8').decode(bytes));
  const raw = await time('JSON.parse', () => JSON.parse(text) as RawDocument);
  const migrated = await time('migrate', () => migrate(raw, CURRENT_FORMAT_VERSION));
  await time('validate (zod)', () => Workshop.parse(migrated));
  const loaded = parseWorkshopText(text);
  if (!loaded.ok) throw new Error(loaded.detail);
  const response = { status: 'opened' as const, path, fileName: 'big.verkstad', document: loaded.document, readOnly: false, fileVersion: null, stamp: { mtimeMs: 0, size: bytes.byteLength, sha256: '0'.repeat(64) } };
  await time('response check (skipped for a checked document)', () => contract['workshop:openDialog'].res.parse(response));
  if (!isCheckedWorkshop(loaded.document)) throw new Error('not marked as checked');
  const json = await time('Chromium host: JSON.stringify in main', () => JSON.stringify(response));
  const packed = await time('Chromium host: the answer as it crosses (JSON.stringify, gzip, base64)', () => answerForPage(response));
  if (typeof packed !== 'object' || !packed) throw new Error('a 10,000-shape answer should cross gzipped');
  await time('Chromium host: unpacking in the page (base64, gunzip; the page uses DecompressionStream)', () => gunzipSync(Buffer.from(packed.gzip, 'base64')).toString('utf8'));
  await time('Chromium host: JSON.parse in the page', () => JSON.parse(json));
  const cloned = await time('Electron: structured clone out (v8.serialize)', () => serialize(response));
  await time('Electron: structured clone in (v8.deserialize)', () => deserialize(cloned));
}
await rm(dir, { recursive: true, force: true });
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
console.log(`Opening a ${shapes.toLocaleString('en')}-shape workshop, median of ${rounds}, load average ${loadavg()[0]!.toFixed(1)}:`);
console.log('| step | ms |\n|---|---|');
for (const [label, v] of times) console.log(`| ${label} | ${median(v).toFixed(1)} |`);
