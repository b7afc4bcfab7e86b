/**
 * `npm run bench:durability [-- --trials N]` (default 100): what a crash, a full disk and continuous
 * editing cost the user, measured on the real services.
 *
 * 1. Kill during save: a child process saves two versions (A, B) of a realistic workshop of about
 *    2.5 MB (the fixtures' boards, value-stream maps and record, repeated) to one path through
 *    WorkshopFiles.save, for ever; it is killed with SIGKILL at a random moment, N times. After each
 *    kill the file must be exactly A or B and the .bak exactly A or B (or absent); `corrupt` counts
 *    the times it was not. Temporary files found after a kill are counted, then the file is opened
 *    as the app does (which cleans up): `tempLeft` is what is still there after that open.
 * 2. Full disk (a tmpfs of 3 MB, when one can be mounted: Linux, root): saves of a growing workshop
 *    until the disk is full, then drafts the same way. `fullDiskFalseSuccess` counts every save or
 *    draft reported as done whose bytes on disk are not the bytes meant; the file that was there
 *    before the failed save must still be complete.
 * 3. Drafts under continuous editing: the renderer's Workspace with a change every 50 ms for 6 s
 *    (real timers); `draftLossMaxMs` is the longest time any change went without a draft that holds
 *    it, i.e. the most a crash at the worst moment would lose. Also the time DraftsService takes to
 *    write a draft of the 2.5 MB workshop (median of 20), which runs in main, off the interaction path.
 *
 * Writes bench-results/durability.json and the "Durability" section of docs/perf.md.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DraftsService } from '../../main/services/drafts';
import { WorkshopFiles } from '../../main/services/workshopFile';
import { parseWorkshopText, serializeWorkshop } from '../../shared/model/load';
import type { Board, Workshop } from '../../shared/model/workshop';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const fixture = (name: string): Workshop => {
  const result = parseWorkshopText(readFileSync(join(root, 'tests/fixtures/v2', name), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${result.detail}`);
  return result.document;
};

/** A board copied with every id it holds made unique (`…-c<k>`), references included. */
function copyBoard(board: Board, k: number): Board {
  let text = JSON.stringify(board);
  const ids = new Set<string>([board.id, ...board.shapes.map((s) => s.id), ...board.connectors.map((c) => c.id)]);
  for (const id of ids) text = text.split(`"${id}"`).join(`"${id}-c${k}"`);
  return { ...(JSON.parse(text) as Board), name: `${board.name} ${k + 1}` };
}

/** The fixtures' record with their boards and value-stream maps repeated until the file is about 2.5 MB. */
export function realisticWorkshop(variant: 'A' | 'B'): Workshop {
  const record = fixture('record.verkstad');
  const boards = [...fixture('vsm.verkstad').boards, ...fixture('boards.verkstad').boards];
  const doc: Workshop = { ...record, header: { ...record.header, title: `Värdeflödesanalys ${variant}` }, boards: [] };
  // The size of one round of copies, measured once (serialising the whole file each round is quadratic).
  const empty = serializeWorkshop(doc).length;
  doc.boards = boards.map((board, i) => copyBoard(board, i));
  const perRound = serializeWorkshop(doc).length - empty;
  const rounds = Math.ceil((2_500_000 - empty) / perRound);
  for (let k = 1; k < rounds; k++) for (const board of boards) doc.boards.push(copyBoard(board, doc.boards.length));
  return doc;
}

// The child: save the two versions (JSON files named on the command line) alternately to a path, for ever, until killed.
if (process.argv[2] === '--child') {
  const [path, a, b] = process.argv.slice(3) as [string, string, string];
  const documents = [a, b].map((file) => JSON.parse(readFileSync(file, 'utf8')) as Workshop);
  const files = new WorkshopFiles();
  process.stdout.write('started\n');
  for (let saves = 0; ; saves++) {
    const result = await files.save(path, documents[saves % 2]!, null, true);
    if (result.status !== 'saved') {
      process.stderr.write(`save failed: ${JSON.stringify(result)}\n`);
      process.exit(1);
    }
    process.stdout.write('saved\n');
  }
}

const trialsArg = process.argv.indexOf('--trials');
const TRIALS = trialsArg > 0 ? Number(process.argv[trialsArg + 1]) : 100;
if (!Number.isInteger(TRIALS) || TRIALS < 1) throw new Error('--trials must be a whole number from 1');

async function run(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error) => resolveRun({ code: -1, err: error.message }));
    child.on('exit', (code) => resolveRun({ code, err }));
  });
}

/** Kills the save loop `delayMs` after it started; says how many saves it had finished by then. */
async function killDuringSave(path: string, versions: [string, string], delayMs: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', path, ...versions], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  let saved = 0;
  child.stdout.on('data', (chunk: Buffer) => (saved += chunk.toString().split('saved').length - 1));
  await new Promise<void>((started, failed) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('started') && started());
    child.on('exit', () => failed(new Error(`the save loop ended before it started: ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGKILL');
  await exited;
  return saved;
}

async function killTrials(folder: string) {
  const versions = { A: serializeWorkshop(realisticWorkshop('A')), B: serializeWorkshop(realisticWorkshop('B')) };
  const path = join(folder, 'Värdeflödesanalys.verkstad');
  await writeFile(path, versions.A);
  const sources: [string, string] = [join(folder, 'A.json'), join(folder, 'B.json')];
  await writeFile(sources[0], versions.A);
  await writeFile(sources[1], versions.B);
  const isVersion = (text: string | null) => text === versions.A || text === versions.B;
  let corrupt = 0;
  let tempFound = 0;
  let tempLeft = 0;
  let savesBeforeKills = 0;
  const temps = async () => (await readdir(folder)).filter((name) => name.endsWith('.verkstad-tmp'));
  for (let trial = 0; trial < TRIALS; trial++) {
    // Anywhere in the first few saves: while the document is serialised, written, flushed, read back or renamed.
    savesBeforeKills += await killDuringSave(path, sources, Math.floor(Math.random() * 3_000));
    const file = await readFile(path, 'utf8');
    const backup = await readFile(`${path}.bak`, 'utf8').catch(() => null);
    if (!isVersion(file) || (backup !== null && !isVersion(backup))) corrupt++;
    tempFound += (await temps()).length;
    // Opening it as the app does removes what the killed save left (its process is gone).
    await new WorkshopFiles().open(path);
    await new Promise((r) => setTimeout(r, 50));
    tempLeft += (await temps()).length;
    process.stdout.write(`\rkill ${trial + 1}/${TRIALS}: corrupt ${corrupt}, temporary files found ${tempFound}, left after opening ${tempLeft}`);
  }
  process.stdout.write('\n');
  return { bytes: versions.A.length, corrupt, tempFound, tempLeft, savesBeforeKills };
}

async function fullDisk(folder: string) {
  const mount = join(folder, 'small');
  await mkdir(mount);
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return { mounted: false as const, reason: 'needs Linux and root to mount a tmpfs' };
  const mounted = await run(['mount', '-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount]);
  if (mounted.code !== 0) return { mounted: false as const, reason: mounted.err.trim() };
  try {
    const files = new WorkshopFiles();
    const path = join(mount, 'växande.verkstad');
    const doc = fixture('record.verkstad');
    const parked = doc.parkingLot[0]!;
    let falseSuccess = 0;
    let saves = 0;
    let failedWith = '';
    let previous: string | null = null;
    for (let k = 0; k < 200; k++) {
      doc.parkingLot = Array.from({ length: k * 40 }, (_, i) => ({ ...parked, id: `p-${k}-${i}`, text: `Parkerad fråga ${i} `.repeat(20) }));
      const meant = serializeWorkshop(doc);
      const result = await files.save(path, doc, null, true);
      if (result.status === 'saved') {
        saves++;
        if ((await readFile(path, 'utf8')) !== meant) falseSuccess++;
        previous = meant;
        continue;
      }
      failedWith = result.status === 'failed' ? result.problem : result.status;
      // The file from before the failed save is still there, complete.
      if (previous !== null && (await readFile(path, 'utf8')) !== previous) falseSuccess++;
      break;
    }
    // Drafts on the same full disk.
    const drafts = new DraftsService(mount);
    let draftsWritten = 0;
    let draftFailedWith = '';
    const big = realisticWorkshop('A');
    for (let i = 0; i < 5; i++) {
      const id = `0b6818e7-0000-4000-8000-00000000000${i}`;
      try {
        await drafts.write(id, null, null, big, 1);
        draftsWritten++;
        const read = await drafts.read(id);
        if (!read.ok || serializeWorkshop(read.draft.document) !== serializeWorkshop(big)) falseSuccess++;
      } catch (error) {
        draftFailedWith = (error as NodeJS.ErrnoException).code ?? String(error);
        break;
      }
    }
    const tempsLeft = (await readdir(mount)).filter((name) => name.endsWith('.verkstad-tmp')).length;
    return { mounted: true as const, saves, failedWith, draftsWritten, draftFailedWith, falseSuccess, tempsLeft };
  } finally {
    await run(['umount', mount]);
  }
}

/**
 * The renderer's Workspace is typed for the page (tsconfig.web.json), so its probe runs as a child
 * process of its own and prints what it measured as JSON.
 */
async function draftLoss(): Promise<{ changes: number; drafts: number; draftLossMaxMs: number }> {
  const probe = join(root, 'tests/unit/renderer/app/draftLossProbe.ts');
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', 'tsx', probe], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out) as { changes: number; drafts: number; draftLossMaxMs: number }) : failed(new Error(`draft probe exited ${code}`))));
  });
}

async function draftCost(folder: string) {
  const drafts = new DraftsService(join(folder, 'data'));
  const doc = realisticWorkshop('A');
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await drafts.write('0b6818e7-1111-4000-8000-000000000001', null, null, doc, i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[10]!), maxMs: Math.round(times[times.length - 1]!) };
}

const folder = await mkdtemp(join(tmpdir(), 'verkstad-durability-'));
try {
  const loadBefore = loadavg()[0]!;
  const kills = await killTrials(folder);
  const disk = await fullDisk(folder);
  const loss = await draftLoss();
  const cost = await draftCost(folder);
  const loadAfter = loadavg()[0]!;
  const result = {
    trials: TRIALS,
    corrupt: kills.corrupt,
    tempLeft: kills.tempLeft,
    fullDiskFalseSuccess: disk.mounted ? disk.falseSuccess : null,
    draftLossMaxMs: loss.draftLossMaxMs,
    details: { workshopBytes: kills.bytes, savesCompletedBeforeTheKills: kills.savesBeforeKills, tempFoundAfterKills: kills.tempFound, fullDisk: disk, drafts: loss, draftWrite: cost },
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    date: new Date().toISOString(),
    load: { before: loadBefore, after: loadAfter },
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/durability.json', `${JSON.stringify(result, null, 2)}\n`);
  const mb = (kills.bytes / 1_000_000).toFixed(1);
  const section = [
    '## Durability (`npm run bench:durability`)',
    '',
    `A child process saves two versions of a realistic ${mb} MB workshop (the fixtures' value-stream maps, boards and record,`,
    `repeated) to one file through the app's save, and is killed with SIGKILL at a random moment, ${TRIALS} times. Then a tmpfs of`,
    '3 MB is filled by saves of a growing workshop and by drafts; then the renderer\'s Workspace (in Node, real timers, no',
    'requestIdleCallback) gets a change every 50 ms for 6 s, and the draft loss is measured to the moment the draft request leaves',
    'for main (the write in main then takes the time in the last row).',
    '',
    `Machine: ${result.machine}. Date: ${result.date}. Load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${cpus().length} cores.`,
    '',
    '| figure | measured | target |',
    '|---|---|---|',
    `| kills during save: file or .bak not exactly one complete version | ${kills.corrupt} of ${TRIALS} | 0 |`,
    `| saves completed before the kills (summed; a kill lands anywhere in the first few saves) | ${kills.savesBeforeKills} | |`,
    `| temporary files found right after the kills (summed) | ${kills.tempFound} | |`,
    `| temporary files left after the next open | ${kills.tempLeft} | 0 |`,
    disk.mounted
      ? `| full disk: saves or drafts reported done whose bytes differ (or the old file damaged by a failed save) | ${disk.falseSuccess} (${disk.saves} saves before the disk was full, then "${disk.failedWith}"; ${disk.draftsWritten} drafts written, then ${disk.draftFailedWith || 'no failure'}; ${disk.tempsLeft} temporary files left) | 0 |`
      : `| full disk | not run: ${disk.reason} | |`,
    `| longest a change went without a draft holding it (${loss.changes} changes, ${loss.drafts} drafts) | ${loss.draftLossMaxMs} ms | ≤ 1,000 ms |`,
    `| writing a draft of the ${mb} MB workshop in main, median / max of 20 | ${cost.medianMs} / ${cost.maxMs} ms | off the interaction path |`,
    '',
  ].join('\n');
  const perfFile = 'docs/perf.md';
  const existing = readFileSync(perfFile, 'utf8');
  const pattern = /## Durability \(`npm run bench:durability`\)\n[\s\S]*?(?=\n## |$)/;
  writeFileSync(perfFile, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`);
  console.log(section);
  if (kills.corrupt > 0 || kills.tempLeft > 0 || (disk.mounted && disk.falseSuccess > 0) || loss.draftLossMaxMs > 1_000) process.exitCode = 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}
