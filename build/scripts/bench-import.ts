/**
 * `npm run bench:import`: importing a draw.io diagram of 10,000 shapes (and 9,999 connectors), plain
 * and compressed, stage by stage as the app does it: read the file, parse and unpack it
 * (main/services/drawio/readDrawio.ts), map it to a board checked against the file schema
 * (shared/drawio/toBoards.ts), check the answer against the IPC contract and serialise it as the
 * bridge does. Target: the whole import ≤ 2 s (median). Writes bench-results/import.json and its section of docs/perf.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateRawSync } from 'node:zlib';
import { readDrawioFile } from '../../main/services/drawio/readDrawio';
import { drawioToBoards } from '../../shared/drawio/toBoards';
import { DrawioImportResponse } from '../../shared/ipc/drawioContract';

const VERTICES = 10_000;
const RUNS = 5;
const TARGET_MS = 2_000;

const STYLES = [
  'rounded=1;whiteSpace=wrap;html=1;',
  'rhombus;whiteSpace=wrap;html=1;',
  'strokeWidth=2;html=1;shape=mxgraph.flowchart.terminator;whiteSpace=wrap;',
  'shape=document;whiteSpace=wrap;html=1;boundedLbl=1;',
  'shape=note;whiteSpace=wrap;html=1;backgroundOutline=1;fillColor=#fff2cc;',
  'shape=cylinder3;whiteSpace=wrap;html=1;',
];

/** A process map as draw.io writes one: 100 rows of 100 steps, every fifth label in HTML, each step joined to the next. */
function diagramXml(): string {
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  for (let i = 0; i < VERTICES; i++) {
    const label = i % 5 === 0 ? `Steg ${i}&lt;br&gt;&lt;b&gt;Handläggning&lt;/b&gt;&amp;nbsp;av ärende` : `Steg ${i} – granska underlag`;
    cells.push(`<mxCell id="v${i}" value="${label}" style="${STYLES[i % STYLES.length]}" vertex="1" parent="1"><mxGeometry x="${(i % 100) * 200}" y="${Math.floor(i / 100) * 140}" width="160" height="80" as="geometry"/></mxCell>`);
  }
  for (let i = 1; i < VERTICES; i++) {
    cells.push(`<mxCell id="e${i}" value="${i % 10 === 0 ? 'Ja' : ''}" style="edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;html=1;" edge="1" parent="1" source="v${i - 1}" target="v${i}"><mxGeometry relative="1" as="geometry"/></mxCell>`);
  }
  return `<mxGraphModel dx="1000" dy="800" grid="1" gridSize="10"><root>${cells.join('')}</root></mxGraphModel>`;
}

function fileText(model: string, compressed: boolean): string {
  const page = compressed ? deflateRawSync(Buffer.from(encodeURIComponent(model))).toString('base64') : model;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="bench"><diagram id="p1" name="Stor karta">${page}</diagram></mxfile>`;
}

interface Stages {
  readParseMs: number;
  mapValidateMs: number;
  contractMs: number;
  totalMs: number;
  /** CPU time of the whole import (user + system): what the import costs whatever else the machine is doing. */
  cpuMs: number;
}

async function once(path: string): Promise<Stages> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const pages = await readDrawioFile(path);
  const t1 = performance.now();
  const { boards, report } = drawioToBoards(pages, 'bench');
  const t2 = performance.now();
  // What the bridge does with the answer: checked against the contract, then copied across as JSON.
  const answer = JSON.parse(JSON.stringify(DrawioImportResponse.parse({ status: 'imported', fileName: 'bench.drawio', boards, report }))) as { boards: typeof boards };
  const t3 = performance.now();
  if (answer.boards[0]?.shapes.length !== VERTICES || answer.boards[0].connectors.length !== VERTICES - 1) throw new Error('the import lost shapes or connectors');
  const used = process.cpuUsage(cpu);
  return { readParseMs: t1 - t0, mapValidateMs: t2 - t1, contractMs: t3 - t2, totalMs: t3 - t0, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'verkstad-bench-import-'));
const model = diagramXml();
const results: { variant: string; bytes: number; runs: Stages[]; median: Stages; maxTotalMs: number; met: boolean }[] = [];
const loadBefore = loadavg();
try {
  for (const compressed of [false, true]) {
    const path = join(dir, compressed ? 'compressed.drawio' : 'plain.drawio');
    const text = fileText(model, compressed);
    writeFileSync(path, text);
    await once(path); // warm up the JIT
    const runs: Stages[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(path));
    const med = Object.fromEntries((Object.keys(runs[0]!) as (keyof Stages)[]).map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Stages;
    results.push({ variant: compressed ? 'compressed' : 'plain', bytes: Buffer.byteLength(text), runs, median: med, maxTotalMs: Math.max(...runs.map((r) => r.totalMs)), met: med.totalMs <= TARGET_MS });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const loadAfter = loadavg();

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const load = `load average ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after (1 min)`;
const date = new Date().toISOString();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/import.json', `${JSON.stringify({ date, machine, load, vertices: VERTICES, connectors: VERTICES - 1, targetMs: TARGET_MS, results }, null, 2)}\n`);

const ms = (value: number) => value.toFixed(0);
const section = [
  '## draw.io import (`npm run bench:import`)',
  '',
  `A generated process map of ${VERTICES.toLocaleString('en')} shapes in six kinds (every fifth label in HTML) and ${(VERTICES - 1).toLocaleString('en')}`,
  'right-angled connectors, imported stage by stage as the app does it: the file read and parsed (a',
  'compressed page also unpacked), mapped to a board, the answer checked against the IPC contract (the Board of the file schema) and',
  `copied as JSON, as the bridge does. Median of ${RUNS} runs after one`,
  `warm-up; target: the whole import ≤ ${TARGET_MS} ms. Adding the board to the workshop is one array push in one`,
  'undo step; drawing it afterwards is the canvas\'s work (`npm run bench:canvas`).',
  '',
  `Machine: ${machine}; ${load}. Date: ${date}. On a machine shared with other work the wall-clock`,
  'figures grow with the load; the CPU time is what the import itself costs.',
  '',
  '| file | size | read + parse ms | map ms | contract check + JSON ms | total ms (median) | total ms (max) | CPU ms (median) | met (total ≤ 2 s) |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.variant} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${ms(r.median.readParseMs)} | ${ms(r.median.mapValidateMs)} | ${ms(r.median.contractMs)} | ${ms(r.median.totalMs)} | ${ms(r.maxTotalMs)} | ${ms(r.median.cpuMs)} | ${r.met ? 'yes' : 'no'} |`),
  '',
  verdict(),
  '',
].join('\n');

/** What the figures show, and what they cannot show at the load they were measured at. */
function verdict(): string {
  if (results.every((r) => r.met)) return `The whole import took at most ${ms(Math.max(...results.map((r) => r.median.totalMs)))} ms (median): the target is met at this load.`;
  const cpu = Math.max(...results.map((r) => r.median.cpuMs));
  const wall = Math.max(...results.map((r) => r.median.totalMs));
  return [
    `Wall clock: ${ms(wall)} ms (median of the slower file), over the ${TARGET_MS} ms target at this load. The import's own CPU time`,
    `was ${ms(cpu)} ms: with a load average of ${loadBefore[0]!.toFixed(0)} on ${cpus().length} cores the process got about ${Math.round((100 * cpu) / wall)} % of a core.`,
    `A quiet machine would bring the wall clock towards the CPU time, which is ${cpu <= TARGET_MS ? 'under' : 'over'} the target; that is an expectation,`,
    'not a measurement, until the benchmark runs on a quiet machine.',
  ].join('\n');
}

const perfFile = 'docs/perf.md';
const existing = existsSync(perfFile) ? readFileSync(perfFile, 'utf8') : '# Performance\n\n';
const pattern = /## draw\.io import \(`npm run bench:import`\)\n[\s\S]*?(?=\n## |$)/;
writeFileSync(perfFile, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`);
console.log(section);
if (results.some((r) => !r.met)) process.exitCode = 1;
