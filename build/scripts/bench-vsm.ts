/**
 * `npm run bench:vsm`: how long the VSM arithmetic takes on maps of growing size, since the metrics
 * panel recomputes on every edit. Writes the raw figures to bench-results/vsm.json and its section
 * of docs/perf.md (machine, date, figures, targets met or not).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzeValueStream } from '../../shared/vsm/analyze';
import { ValueStream, type ValueStreamInput } from '../../shared/vsm/model';

/** A map of `steps` process boxes with an inventory before each, and a parallel branch every 5 steps. */
function bigMap(steps: number): ValueStream {
  const elements: ValueStreamInput['elements'] = [{ id: 'supplier', kind: 'supplier' }];
  const edges: ValueStreamInput['edges'] = [];
  let previous = 'supplier';
  const link = (from: string, to: string) => edges.push({ id: `${from}->${to}`, from, to });
  for (let i = 0; i < steps; i += 1) {
    elements.push({ id: `i${i}`, kind: 'inventory', quantity: 100 + ((i * 37) % 900) });
    elements.push({ id: `p${i}`, kind: 'process', name: `Step ${i}`, cycleTime: { value: 20 + ((i * 13) % 70), unit: 's' } });
    link(previous, `i${i}`);
    link(`i${i}`, `p${i}`);
    if (i % 5 === 4) {
      // a parallel route around the last two steps
      elements.push({ id: `w${i}`, kind: 'inventory', variant: 'wait', waitingTime: { value: 1 + (i % 3), unit: 'h' } });
      elements.push({ id: `q${i}`, kind: 'process', cycleTime: { value: 45, unit: 's' } });
      link(`p${i - 2}`, `w${i}`);
      link(`w${i}`, `q${i}`);
      link(`q${i}`, `p${i}`);
    }
    previous = `p${i}`;
  }
  elements.push({ id: 'customer', kind: 'customer' });
  link(previous, 'customer');
  return ValueStream.parse({
    id: `bench-${steps}`,
    name: `${steps} steps`,
    settings: { demand: 460, shifts: 2, shiftLength: { value: 8, unit: 'h' }, breaks: { value: 30, unit: 'min' } },
    elements,
    edges,
  });
}

function measure(stream: ValueStream, runs: number) {
  for (let i = 0; i < 20; i += 1) analyzeValueStream(stream); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    analyzeValueStream(stream);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), max: times.at(-1)! };
}

const cases = [
  { steps: 5, runs: 2000, targetMs: 16 },
  { steps: 50, runs: 1000, targetMs: 16 },
  { steps: 500, runs: 200, targetMs: 100 },
];
const results = cases.map(({ steps, runs, targetMs }) => {
  const stream = bigMap(steps);
  const timing = measure(stream, runs);
  return { steps, elements: stream.elements.length, edges: stream.edges.length, runs, targetMs, ...timing, met: timing.p95 < targetMs };
});

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const date = new Date().toISOString();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/vsm.json', `${JSON.stringify({ date, machine, results }, null, 2)}\n`);

const ms = (value: number) => value.toFixed(3);
const section = [
  '## VSM metrics (`npm run bench:vsm`)',
  '',
  'Time for `analyzeValueStream` (all figures, the main flow, the ladder) on generated maps: a chain of',
  'process boxes with an inventory before each and a parallel branch every five steps. The metrics panel',
  'recomputes on every edit, so a map a workshop draws (tens of steps) must take well under a frame.',
  '',
  `Machine: ${machine}. Date: ${date}.`,
  '',
  '| steps | elements | edges | runs | median ms | p95 ms | max ms | target (p95) | met |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.steps} | ${r.elements} | ${r.edges} | ${r.runs} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | < ${r.targetMs} ms | ${r.met ? 'yes' : 'no'} |`),
  '',
].join('\n');

const perfFile = 'docs/perf.md';
const existing = existsSync(perfFile) ? readFileSync(perfFile, 'utf8') : '# Performance\n\nMeasured figures, one section per benchmark (`npm run bench:<name>`); raw results in `bench-results/` (not committed).\n\n';
const pattern = /## VSM metrics \(`npm run bench:vsm`\)\n[\s\S]*?(?=\n## |$)/;
const updated = pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`;
writeFileSync(perfFile, updated);
console.log(section);
if (results.some((r) => !r.met)) process.exitCode = 1;
