/// <reference lib="dom" />
/**
 * `npm run bench:kpi`: a goal board of 40 KPIs × 260 weekly values (five years) and 30 cards,
 * measured as a user sees it in the Chromium host at 1366 × 768:
 * - opening the file: from the click on Open… to the second animation frame after the goal board
 *   was first painted (a board meeting opens on its boards);
 * - editing one value: from the Enter that commits it to the second animation frame after the
 *   board was repainted with every tile (the edited one drawn anew, the rest from the cache), and
 *   the work alone (Enter to the end of that paint);
 * - the A3 landscape PDF page of the goal board (and both boards) through the printer the command
 *   line uses, cold (Chromium started) and warm.
 * Writes bench-results/kpi.json and the "Board meeting" section of docs/perf.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createChromiumPrinter } from '../../../main/chromium/printer';
import { ScriptedDialogs } from '../../../main/chromium/dialogs';
import { launchChromiumHost } from '../../../main/chromium/host';
import { exportPdf } from '../../../main/services/reportExport';
import { sampleTeamBoards } from '../../../build/scripts/teamBoardSample';
import { newBoardMeeting } from '../../../shared/kpi/meeting';
import { serializeWorkshop } from '../../../shared/model/load';
import type { SectionId } from '../../../shared/report/options';

const KPIS = 40;
const WEEKS = 260;
const OPENS = Number(process.env.KPI_BENCH_OPENS ?? '5');
const EDITS = Number(process.env.KPI_BENCH_EDITS ?? '40');
const MEETING = '2026-03-19';
const round = (n: number) => Math.round(n * 10) / 10;
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const doc = newBoardMeeting('sv', MEETING, new Date(`${MEETING}T07:00:00Z`));
doc.teamBoards = sampleTeamBoards({ kpis: KPIS, weeks: WEEKS, cards: 30, until: MEETING });
doc.header.title = 'Tavelmöte Bygglovsenheten vecka 12';
const values = doc.teamBoards.goalBoard.kpis.reduce((n, k) => n + k.entries.length, 0);

const workDir = await mkdtemp(join(tmpdir(), 'verkstad-bench-kpi-'));
const dataDir = await mkdtemp(join(tmpdir(), 'verkstad-bench-kpi-data-'));
const file = join(workDir, 'tavelmote.verkstad');
await writeFile(file, serializeWorkshop(doc));
const loadBefore = loadavg()[0] ?? 0;

/**
 * In the page: the time of the last input event, and a wait for the goal board's next paint plus
 * two frames. A string, so the bundler's helpers (tsx names functions) never reach the page.
 */
const PAGE_HELPERS = `
  window.__input = 0;
  for (const type of ['click', 'keydown']) document.addEventListener(type, (e) => { window.__input = e.timeStamp; }, true);
  window.__waitPaint = () => new Promise((resolve) => {
    const canvas = () => document.querySelector('[data-testid="goal-board-canvas"]');
    const before = Number(canvas()?.getAttribute('data-painted') ?? 0);
    const observer = new MutationObserver(() => {
      const painted = Number(canvas()?.getAttribute('data-painted') ?? 0);
      if (painted <= before) return;
      observer.disconnect();
      const paintedAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ frameMs: performance.now() - window.__input, workMs: paintedAt - window.__input })));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-painted'] });
  });
`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const name = f ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  // Inclusive time: a sample counts for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f || !f.url) continue;
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`);
    }
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  console.log('-- inclusive');
  for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

async function measure(page: Page, act: () => Promise<void>): Promise<{ frameMs: number; workMs: number }> {
  const waiting = page.evaluate('window.__waitPaint()') as Promise<{ frameMs: number; workMs: number }>;
  await act();
  return waiting;
}

const dialogs = new ScriptedDialogs();
const host = await launchChromiumHost({ dataDir, dialogs, osLocale: 'sv-SE', viewport: { width: 1366, height: 768 } });
const opens: number[] = [];
const edits: { frameMs: number; workMs: number }[] = [];
try {
  const win = await host.openWindow();
  const page = win.page;
  await page.evaluate(PAGE_HELPERS);
  await page.getByRole('button', { name: 'Öppna…' }).first().waitFor();
  // KPI_BENCH_PROFILE=open prints where the opens spend their time; =1 (or edit) the edits'.
  const profiled = process.env.KPI_BENCH_PROFILE === 'open' ? 'open' : process.env.KPI_BENCH_PROFILE ? 'edit' : null;
  const profiler = profiled ? await page.context().newCDPSession(page) : null;
  if (profiler) await profiler.send('Profiler.enable');
  if (profiled === 'open') await profiler?.send('Profiler.start');
  for (let i = 0; i < OPENS; i++) {
    dialogs.answerOpen(file);
    const result = await measure(page, () => page.getByRole('button', { name: 'Öppna…' }).first().click());
    opens.push(result.frameMs);
    if (i < OPENS - 1) {
      await page.getByRole('button', { name: 'Stäng' }).click();
      await page.getByRole('button', { name: 'Öppna…' }).first().waitFor();
    }
  }
  // Edit the latest value of one KPI in its panel, again and again; each Enter repaints the whole board.
  await page.getByTestId('kpi-list-item').nth(7).click();
  const cell = page.getByTestId('kpi-panel').locator('input.kpi-cell').first();
  await cell.waitFor();
  if (profiler && profiled === 'open') printProfile((await profiler.send('Profiler.stop')).profile);
  if (profiler && profiled === 'edit') await profiler.send('Profiler.start');
  for (let i = 0; i < EDITS + 3; i++) {
    await cell.fill(`${40 + (i % 20)},${i % 10}`);
    const result = await measure(page, () => cell.press('Enter'));
    // The first edits warm the code paths up; they are not counted.
    if (i >= 3) edits.push(result);
    await cell.click();
  }
  if (profiler && profiled === 'edit') printProfile((await profiler.send('Profiler.stop')).profile);
} finally {
  await host.close();
}

// The A3 PDF: the goal board page alone, and both boards with the KPI review.
const printer = createChromiumPrinter();
const pdf: { sections: string; cold: boolean; ms: number; pages: number }[] = [];
try {
  for (const sections of [['goalBoard'], ['goalBoard', 'improvementBoard', 'kpis', 'improvements']] as SectionId[][]) {
    for (let i = 0; i < 4; i++) {
      if (i === 0) await printer.close();
      const path = join(workDir, `kpi-${sections.length}-${i}.pdf`);
      const result = await exportPdf({ doc, kind: 'report', options: { language: 'sv', today: MEETING, timeZone: 'Europe/Stockholm', sections }, path, printer, timeoutMs: 120_000 });
      pdf.push({ sections: sections.join('+'), cold: i === 0, ms: round(result.ms), pages: result.pages });
    }
  }
  const sizes = execFileSync('pdfinfo', [join(workDir, 'kpi-1-1.pdf')], { encoding: 'utf8' });
  if (!/\(A3\)/.test(sizes) && !/1191\.\d+ x 841\.\d+/.test(sizes)) throw new Error(`the goal board page is not A3 landscape:\n${sizes}`);
} finally {
  await printer.close();
  await rm(workDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}

const warm = (s: string) => pdf.filter((r) => r.sections === s && !r.cold).map((r) => r.ms);
const cold = (s: string) => pdf.find((r) => r.sections === s && r.cold)!.ms;
const result = {
  date: new Date().toISOString(),
  machine: `${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim().replace(/\s+built.*$/, '')}`,
  loadAverage: { before: round(loadBefore), after: round(loadavg()[0] ?? 0) },
  board: { kpis: KPIS, weeklyValues: WEEKS, values, cards: 30 },
  openMs: { median: round(pct(opens, 50)), max: round(Math.max(...opens)), runs: opens.map(round) },
  editFrameMs: { p50: round(pct(edits.map((e) => e.frameMs), 50)), p95: round(pct(edits.map((e) => e.frameMs), 95)) },
  editWorkMs: { p50: round(pct(edits.map((e) => e.workMs), 50)), p95: round(pct(edits.map((e) => e.workMs), 95)) },
  pdfMs: {
    goalBoardCold: cold('goalBoard'),
    goalBoardWarmMedian: round(pct(warm('goalBoard'), 50)),
    bothBoardsAndReviewCold: cold('goalBoard+improvementBoard+kpis+improvements'),
    bothBoardsAndReviewWarmMedian: round(pct(warm('goalBoard+improvementBoard+kpis+improvements'), 50)),
  },
  pdfRuns: pdf,
  targets: { openMs: 300, editFrameP95Ms: 16, pdfMs: 2000 },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/kpi.json', `${JSON.stringify(result, null, 2)}\n`);

const yes = (ok: boolean) => (ok ? 'yes' : 'no');
const section = [
  '## Board meeting (`npm run bench:kpi`)',
  '',
  `A goal board of ${KPIS} KPIs × ${WEEKS} weekly values (${values} values in all, with gaps and a few text cells, build/scripts/teamBoardSample.ts) and 30 cards, in the Chromium host at 1366 × 768, Swedish. Times are taken in the page from the input event (\`event.timeStamp\`) to the second animation frame after the goal board's canvas reported its paint, so they include the bridge to main, reading and checking the file, React, drawing the tiles and Konva's paint, and end when the picture is on screen. The edit is typing a value in a KPI's panel and pressing Enter: the edited tile is drawn anew on the board's bitmap (the other 39 stay as they are) and the bitmap is copied to the screen (renderer/boards/meeting/goalBoardDrawing.ts). At 60 frames a second the second frame after an input comes 17–33 ms after it, so the frame figure cannot go below about 17 ms: the edit's "≤ 16 ms" is read as *done within the frame*, which the work figure (input to the end of the repaint) shows, and the frame figure shows that the picture is up at the next frame. PDF: the A3 landscape page of the goal board through \`exportPdf\` and Debian's Chromium (as the command line prints); cold starts Chromium, warm reuses it (as the app after its first export).`,
  '',
  `Machine: ${result.machine}. Load average (1 min) ${result.loadAverage.before} before, ${result.loadAverage.after} after, on ${cpus().length} cores (shared with other work). Date: ${result.date}.`,
  '',
  '| measure | figure | target | met |',
  '|---|---|---|---|',
  `| open the file to the painted goal board (median of ${OPENS}; max ${result.openMs.max} ms) | ${result.openMs.median} ms | ≤ 300 ms | ${yes(result.openMs.median <= 300)} |`,
  `| edit one value: input to the end of the repaint, p95 (p50 ${result.editWorkMs.p50}) of ${edits.length} | ${result.editWorkMs.p95} ms | ≤ 16 ms | ${yes(result.editWorkMs.p95 <= 16)} |`,
  `| edit one value: input to the second frame, p95 (p50 ${result.editFrameMs.p50}) | ${result.editFrameMs.p95} ms | next frame (≤ 34 ms) | ${yes(result.editFrameMs.p95 <= 34)} |`,
  `| A3 PDF of the goal board, cold / warm median | ${result.pdfMs.goalBoardCold} / ${result.pdfMs.goalBoardWarmMedian} ms | ≤ 2,000 ms | ${yes(result.pdfMs.goalBoardCold <= 2000)} cold, ${yes(result.pdfMs.goalBoardWarmMedian <= 2000)} warm |`,
  `| both A3 boards and the KPI and card tables, cold / warm median | ${result.pdfMs.bothBoardsAndReviewCold} / ${result.pdfMs.bothBoardsAndReviewWarmMedian} ms | – | – |`,
  '',
].join('\n');
const perfFile = 'docs/perf.md';
const existing = existsSync(perfFile) ? readFileSync(perfFile, 'utf8') : '# Performance\n\n';
const pattern = /## Board meeting \(`npm run bench:kpi`\)\n[\s\S]*?(?=\n## |$)/;
writeFileSync(perfFile, pattern.test(existing) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`);
console.log(section);
