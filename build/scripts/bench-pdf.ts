/**
 * `npm run bench:pdf`: the PDF export of a big workshop through the real printer (Debian's
 * Chromium, as the command line uses it): 12 agenda items, 15 participants, 30 actions and 4 boards,
 * one of them a 2,000-shape process map. Time from the document to the PDF on disk, and peak memory
 * (Node plus every Chromium process it started, sampled from another process: see memory-sampler.ts). Writes
 * bench-results/pdf.json and the "PDF export" section of docs/perf.md.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createChromiumPrinter } from '../../main/chromium/printer';
import { exportPdf } from '../../main/services/reportExport';
import { newAgendaItem, newWorkshop } from '../../shared/model/defaults';
import { parseWorkshopText } from '../../shared/model/load';
import type { Workshop } from '../../shared/model/workshop';
import type { LargeBoards } from '../../shared/report/options';
import { generateBoard } from '../../tests/bench/canvas/generateBoard';

function benchWorkshop(): Workshop {
  const fixture = parseWorkshopText(readFileSync('tests/fixtures/v2/boards.verkstad', 'utf8'));
  if (!fixture.ok) throw new Error(fixture.detail);
  const w = newWorkshop(new Date('2026-11-21T07:00:00Z'));
  w.header = { ...w.header, title: 'Värdeflödesanalys hemtjänsten – heldag', date: '2026-11-20', startTime: '08:30', place: 'Kommunhuset, sal Ljusnan', facilitator: 'Åsa Öberg', purpose: 'Kartlägga ärendeflödet från ansökan till beslut och ta fram åtgärder.', language: 'sv' };
  const kinds = ['item', 'item', 'item', 'break', 'item', 'item', 'lunch', 'item', 'item', 'break', 'item', 'item'] as const;
  w.agenda.items = kinds.map((kind, i) => ({ ...newAgendaItem(kind, kind === 'lunch' ? 45 : kind === 'break' ? 15 : 30), id: `item-${i}`, title: kind === 'item' ? `Punkt ${i + 1}: genomgång av steg ${i + 1} i flödet` : '', owner: kind === 'item' ? `Deltagare ${(i % 15) + 1}` : '', notes: kind === 'item' ? 'Underlag skickas ut i förväg.' : '' }));
  w.participants = Array.from({ length: 15 }, (_, i) => ({ id: `p${i}`, name: `Deltagare ${i + 1} Ödegård`, role: ['Handläggare', 'Enhetschef', 'Biståndshandläggare', 'Undersköterska'][i % 4]!, email: '', attendance: i % 7 === 6 ? 'excused' : i % 11 === 10 ? 'absent' : 'present', arrivedAt: i % 7 === 6 || i % 11 === 10 ? null : i % 5 === 0 ? '08:41' : '08:27', prepared: i % 3 !== 0 }));
  w.actions = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, what: `Åtgärd ${i + 1}: ta fram en rutin för steg ${(i % 12) + 1} och pröva den under fyra veckor`, owner: `Deltagare ${(i % 15) + 1} Ödegård`, dueDate: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`, status: (['notStarted', 'inProgress', 'done'] as const)[i % 3]!, origin: { kind: 'agendaItem', agendaItemId: `item-${i % 12 === 3 ? 0 : i % 12}` }, carriedFrom: null, kpiId: null }));
  w.decisions = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, text: `Beslut ${i + 1}: vi inför förändringen i steg ${i + 1} från januari.`, agendaItemId: `item-${[0, 1, 2, 4, 5, 7, 8, 10, 11, 0][i]}` }));
  w.parkingLot = Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, text: `Fråga ${i + 1} att ta upp med styrgruppen`, carriedFrom: null }));
  w.itemNotes = Object.fromEntries(w.agenda.items.filter((it) => it.kind === 'item').map((it) => [it.id, 'Gruppen gick igenom flödet och noterade väntetider mellan stegen.\n\nFlera ärenden kompletteras två gånger.']));
  w.polls = [{ id: 'poll1', question: 'Hur väl känner du till flödet idag?', agendaItemId: 'item-0', scaleMin: 1, scaleMax: 6, counts: [1, 2, 4, 4, 2, 0] }];
  w.boards = [generateBoard(2000), ...fixture.document.boards];
  return w;
}

/**
 * CPU time (user + system) of a process and its descendants (Linux /proc), in ms, leaving out the
 * memory sampler (`skip`), whose work is the benchmark's, not the export's.
 */
function treeCpuMs(root: number, skip: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let ticks = 0;
  const visit = (pid: number) => {
    if (pid === skip) return;
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
      ticks += Number(rest[11]) + Number(rest[12]);
    } catch {
      // gone
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  // utime + stime of live processes, in clock ticks (100 per second on Linux).
  return ticks * 10;
}

/** The sampler process (memory-sampler.ts), started with the same loader as this script. */
async function startSampler() {
  const child = fork(new URL('./memory-sampler.ts', import.meta.url).pathname, [String(process.pid)], { stdio: 'inherit' });
  await once(child, 'message');
  return {
    pid: child.pid ?? -1,
    start: () => child.send('start'),
    async stop(): Promise<{ rss: number; pss: number }> {
      const answer = once(child, 'message');
      child.send('stop');
      return (await answer)[0] as { rss: number; pss: number };
    },
    close: () => child.send('exit'),
  };
}

const doc = benchWorkshop();
const dir = mkdtempSync(join(tmpdir(), 'verkstad-bench-pdf-'));
type Run = { mode: LargeBoards; cold: boolean; ms: number; pages: number; bytes: number; peakMemoryMB: number; peakPssMB: number; cpuMs: number };
const runs: Run[] = [];
const printer = createChromiumPrinter();
const sampler = await startSampler();
let pdfinfoPages = 0;
/** Which browser printed (main/chromium/browser.ts picks it), for the machine line. */
let browserUsed = 'an unknown Chromium';
try {
  // A cold run per mode (a fresh Chromium, as a one-off command-line export), then warm runs (as the app after its first export).
  for (const mode of ['split', 'scale'] as const) {
    for (let i = 0; i < 3; i++) {
      if (i === 0) await printer.close();
      const cpuBefore = treeCpuMs(process.pid, sampler.pid);
      sampler.start();
      const path = join(dir, `bench-${mode}-${i}.pdf`);
      const result = await exportPdf({ doc, kind: 'report', options: { language: 'sv', today: '2026-11-21', timeZone: 'Europe/Stockholm', largeBoards: mode }, path, printer, timeoutMs: 300_000 });
      const memory = await sampler.stop();
      browserUsed = printer.usedBrowser?.() ?? browserUsed;
      // Measured before the printer closes its Chromium, whose CPU time would vanish with it.
      const cpuMs = treeCpuMs(process.pid, sampler.pid) - cpuBefore;
      runs.push({ mode, cold: i === 0, ms: result.ms, pages: result.pages, bytes: result.bytes, peakMemoryMB: memory.rss, peakPssMB: memory.pss, cpuMs });
      if (mode === 'split' && i === 0) pdfinfoPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);
    }
  }
} finally {
  await printer.close();
  sampler.close();
  rmSync(dir, { recursive: true, force: true });
}

const summary = (mode: LargeBoards) => {
  const mine = runs.filter((r) => r.mode === mode);
  const warm = mine.filter((r) => !r.cold).map((r) => r.ms).sort((a, b) => a - b);
  return { mode, pages: mine[0]!.pages, bytes: mine[0]!.bytes, coldMs: mine[0]!.ms, warmMedianMs: warm[Math.floor(warm.length / 2)]!, peakMemoryMB: Math.max(...mine.map((r) => r.peakMemoryMB)), peakPssMB: Math.max(...mine.map((r) => r.peakPssMB)), warmCpuMs: mine.filter((r) => !r.cold).map((r) => r.cpuMs).sort((a, b) => a - b)[0]! };
};
const split = summary('split');
const scale = summary('scale');
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}, ${browserUsed}`;
const load = loadavg().map((n) => n.toFixed(1)).join(' / ');
const date = new Date().toISOString();
const shapes = doc.boards.reduce((n, b) => n + b.shapes.length, 0);
const result = {
  date,
  machine,
  loadAverage: load,
  // The figures the issue asks for: the default export (large boards split over pages), cold.
  pages: split.pages,
  ms: split.coldMs,
  peakMemoryMB: split.peakMemoryMB,
  modes: { split, scale },
  runs,
  workshop: { agendaItems: doc.agenda.items.length, participants: doc.participants.length, actions: doc.actions.length, boards: doc.boards.length, shapes, largestBoardShapes: doc.boards[0]!.shapes.length },
  targets: { ms: 5000, peakMemoryMB: 1024 },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pdf.json', `${JSON.stringify(result, null, 2)}\n`);

// Time is judged cold (the slower case); memory on PSS, with summed RSS shown beside it (see the text below).
const met = (r: ReturnType<typeof summary>) => `time: ${r.coldMs < 5000 ? 'yes' : r.warmMedianMs < 5000 ? 'warm only' : 'no'}; memory: ${r.peakPssMB < 1024 ? 'yes' : 'no'} (PSS; summed RSS ${r.peakMemoryMB < 1024 ? 'also' : 'not'} under 1 GB)`;
const row = (r: ReturnType<typeof summary>, label: string) => `| ${label} | ${r.pages} | ${r.coldMs} | ${r.warmMedianMs} | ${r.warmCpuMs} | ${r.peakMemoryMB} | ${r.peakPssMB} | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | < 5000 ms, < 1024 MB | ${met(r)} |`;
const section = [
  '## PDF export (`npm run bench:pdf`)',
  '',
  `A generated workshop (${result.workshop.agendaItems} agenda items with notes, ${result.workshop.participants} participants, ${result.workshop.actions} actions, 10 decisions, a poll) with ${result.workshop.boards} boards: a ${result.workshop.largestBoardShapes}-shape process map with 1,999 connectors (tests/bench/canvas/generateBoard.ts, about 13,700 × 6,500 px) and the three boards of tests/fixtures/v2/boards.verkstad. Exported in Swedish on A4 through \`exportPdf\` (main/services/reportExport.ts): the HTML with the embedded fonts, printing in ${browserUsed} (tagged, with the outline), stamping the metadata, writing the file durably. Measured twice: with large boards split over pages (the default: the big map becomes an overview and ${split.pages - scale.pages} readable parts) and scaled to one page. The cold run starts Chromium, as a one-off command-line export does; the warm runs reuse it, as the app does after its first export. CPU time (user + system, of Node and its Chromium; the least of the warm runs) tells what the work costs when other programs compete for the processor. Memory is Node plus every Chromium process it started, sampled from a separate process (build/scripts/memory-sampler.ts; RSS every 25 ms, PSS every 100 ms): the sum of their RSS and the sum of their PSS.`,
  '',
  "**Which memory figure the target is judged on: PSS.** Chromium runs as about eight processes (browser, zygotes, GPU, network and storage services, renderers) that map the same ~70–100 MB of Chromium's code and share memory with each other. Summed RSS counts every shared page once per process that maps it, so it adds up to more than the machine ever holds (measured here: Node with a fresh Chromium showing a one-line page already sums to 1.08 GB of RSS, but 0.41–0.52 GB of PSS, so no export through Chromium could meet 1 GB of summed RSS). PSS divides each shared page among the processes sharing it, so the PSS sum is the physical memory the export really takes: what the user would lose to it. Both are reported; the summed RSS is the ceiling, not the footprint.",
  '',
  `Before this round (the code of commit 91163f9, on this machine, load average 2.2): split 7,762 ms cold and 7,603 ms warm median, scaled 5,573 ms cold, peak PSS 861 MB, summed RSS 1,492 MB. Part of that was the benchmark itself: its memory sampler read every process's /proc entry every 25 ms on the Node event loop that drives the printing, blocking it and taking most of a core from Chromium (30 s of system time over the six exports; the warm CPU figure then, 6.2 s, was mostly the sampler's own work, which now runs outside the measured processes). What the export itself gained: Chromium lays the report out once, for print, not first for the screen (about 0.2 s); the metadata stamp no longer makes pdf-lib yield to the event loop every 100 objects parsed and 50 saved (0.35 s → 0.13 s for the 75-page PDF); the connectors of a split board are routed once, not once per part. Where the rest goes (one warm split export, measured separately): building the HTML about 0.45 s, Chromium loading and laying it out about 1 s, printing 1.5–3 s (the tagged PDF's structure costs about a third of it), the boards nearly all of it (without their drawings, load and print take 0.6 s).`,
  '',
  `Machine: ${machine}; load average at the end of the run ${load} (1, 5 and 15 minutes; the benchmark's own Node and Chromium count in it, on ${cpus().length} cores). Date: ${date}. pdfinfo confirms ${pdfinfoPages} pages for the split export.`,
  '',
  '| large boards | pages | cold ms | warm median ms | warm CPU ms (Node + Chromium) | peak RSS MB (Node + Chromium) | peak PSS MB | PDF size | target | met |',
  '|---|---|---|---|---|---|---|---|---|---|',
  row(split, 'split over pages'),
  row(scale, 'scaled to one page'),
  '',
  'Nearly all the time is Chromium laying out and printing the big map: the label of each shape is SVG text, kept as real text in the PDF. The overview of a split board draws no labels (they are on the parts, where they can be read) and each part carries only its own shapes and connectors.',
  '',
].join('\n');
const perfFile = 'docs/perf.md';
const existing = existsSync(perfFile) ? readFileSync(perfFile, 'utf8') : '# Performance\n\n';
const pattern = /## PDF export \(`npm run bench:pdf`\)\n[\s\S]*?(?=\n## |$)/;
writeFileSync(perfFile, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`);
console.log(section);
