/**
 * The memory sampler of `npm run bench:pdf`, in a process of its own. It used to run on the
 * benchmark's own event loop, reading every process's /proc entry every 25 ms: the export waited
 * for it (Node drives the printing) and it took most of a core from Chromium on a 2-core machine,
 * so it slowed what it measured by a few seconds. Here it walks only the benchmarked process's
 * descendants (through /proc/<pid>/task/<tid>/children) and leaves itself out.
 *
 * Messages: 'start' resets the peaks; 'stop' answers { rss, pss } in MB, the peaks of the sums
 * over the process tree. RSS is read every 25 ms (cheap); PSS (smaps_rollup, which makes the
 * kernel walk every mapping of Chromium's large address spaces) every 100 ms.
 */
import { readFileSync, readdirSync } from 'node:fs';

const root = Number(process.argv[2]);
const self = process.pid;

function tree(pid: number, out: number[] = []): number[] {
  if (pid === self) return out;
  out.push(pid);
  for (const tid of listOrNone(`/proc/${pid}/task`)) {
    for (const child of readOrEmpty(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean)) tree(Number(child), out);
  }
  return out;
}

/** The process or thread may end while we look: then it has nothing to count. */
function listOrNone(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function sum(pids: number[], read: (pid: number) => number): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += read(pid);
    } catch {
      // gone
    }
  }
  return total / 1024;
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const pssKb = (pid: number) => Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);

let peakRss = 0;
let peakPss = 0;
let ticks = 0;
const sample = () => {
  const pids = tree(root);
  peakRss = Math.max(peakRss, sum(pids, rssKb));
  if (ticks++ % 4 === 0) peakPss = Math.max(peakPss, sum(pids, pssKb));
};
let timer: NodeJS.Timeout | null = null;

process.on('message', (message) => {
  if (message === 'start') {
    peakRss = 0;
    peakPss = 0;
    ticks = 0;
    sample();
    timer = setInterval(sample, 25);
  } else if (message === 'stop') {
    if (timer) clearInterval(timer);
    ticks = 0;
    sample();
    process.send?.({ rss: Math.round(peakRss), pss: Math.round(peakPss) });
  } else if (message === 'exit') {
    process.exit(0);
  }
});
process.send?.('ready');
