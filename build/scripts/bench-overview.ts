/**
 * Benchmark of the coordinator overview: generates 500 workshop files (realistic size, in
 * subfolders, a few damaged) in a temporary folder and times the scan through the real service
 * (`WorkshopFolders.scan`: walk, read, migrate, validate, digest) plus the aggregation. Target:
 * 500 files in under 3 s. Writes bench-results/overview.json and its section of docs/perf.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WorkshopFolders } from '../../main/services/workshopFolder';
import { newAgendaItem, newWorkshop } from '../../shared/model/defaults';
import { serializeWorkshop } from '../../shared/model/load';
import type { Workshop } from '../../shared/model/workshop';
import { aggregateOverview } from '../../shared/record/overview';

const FILES = 500;
const DAMAGED = 5;
const TARGET_MS = 3000;
const RUNS = 5;
const people = ['Anders Berg', 'Fatima Said', 'Jonas Ek', 'Lena Holm', 'Mikael Strand', 'Sara Lund', 'Per Nilsson', 'Eva Ström', 'Ola Nordmann', 'Kari Hansen'];

function workshop(index: number): Workshop {
  const doc = newWorkshop(new Date(Date.UTC(2025, 0, 1) + index * 86_400_000));
  const date = new Date(Date.UTC(2025, 0, 1) + index * 2 * 86_400_000).toISOString().slice(0, 10);
  doc.header = { ...doc.header, title: `Förbättringsgrupp ${index}`, date, startTime: '09:00', place: 'Stadshuset', facilitator: 'Karin Lindqvist', purpose: 'Följa upp åtgärder.'.repeat(5) };
  doc.participants = people.slice(0, 6 + (index % 5)).map((name, i) => ({
    id: `p${i}`,
    name,
    role: 'Handläggare',
    email: '',
    attendance: (['present', 'present', 'present', 'absent', 'excused'] as const)[(index + i) % 5]!,
    arrivedAt: (index + i) % 5 < 3 ? `09:0${(index * i) % 10}` : null,
    prepared: (index + i) % 3 !== 0,
  }));
  doc.agenda.items = Array.from({ length: 6 }, (_, i) => ({ ...newAgendaItem('item', 20), title: `Punkt ${i + 1}`, notes: 'Anteckningar om punkten. '.repeat(8) }));
  doc.actions = Array.from({ length: 8 }, (_, i) => ({
    id: `a${i}`,
    what: `Åtgärd ${i} från workshop ${index}: ta fram underlag och återkoppla till gruppen`,
    owner: people[(index + i) % people.length]!,
    dueDate: new Date(Date.UTC(2025, 1, 1) + (index + i * 7) * 86_400_000).toISOString().slice(0, 10),
    status: (['notStarted', 'inProgress', 'done'] as const)[(index + i) % 3]!,
    origin: { kind: 'agendaItem' as const, agendaItemId: doc.agenda.items[i % 6]!.id },
    carriedFrom: null,
    kpiId: null,
  }));
  doc.decisions = Array.from({ length: 3 }, (_, i) => ({ id: `d${i}`, text: `Beslut ${i}: vi prövar förändringen i fyra veckor.`, agendaItemId: null }));
  doc.parkingLot = [{ id: 'pl', text: 'Hur påverkar det nya systemet flödet?', carriedFrom: null }];
  doc.itemNotes = Object.fromEntries(doc.agenda.items.map((item) => [item.id, 'Vad som sades under punkten. '.repeat(10)]));
  doc.polls = [{ id: 'poll', question: 'Hur väl fungerar flödet?', agendaItemId: null, scaleMin: 1, scaleMax: 6, counts: [0, 1, 2, 3, 2, 1] }];
  return doc;
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'verkstad-bench-overview-'));
  try {
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const folder = join(root, `grupp-${i % 10}`, `${2025 + (i % 2)}`);
      await mkdir(folder, { recursive: true });
      const text = i < DAMAGED ? `{"kind": "verkstad.workshop", "formatVersion": 2, "header": {"title": "trasig ${i}` : serializeWorkshop(workshop(i));
      bytes += Buffer.byteLength(text);
      await writeFile(join(folder, `workshop-${i}.verkstad`), text);
    }
    const runs: { scanMs: number; aggregateMs: number }[] = [];
    let scanned = 0;
    let damaged = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = await new WorkshopFolders().scan(root);
      const scanMs = performance.now() - started;
      if (result.status !== 'scanned') throw new Error(`scan failed: ${JSON.stringify(result)}`);
      const aggregated = performance.now();
      const overview = aggregateOverview(result.files, '2026-11-21');
      const aggregateMs = performance.now() - aggregated;
      scanned = result.files.length;
      damaged = overview.damaged.length;
      runs.push({ scanMs, aggregateMs });
    }
    const first = runs[0]!;
    const sorted = [...runs].sort((a, b) => a.scanMs - b.scanMs);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const worst = sorted.at(-1)!;
    const ms = Math.round((worst.scanMs + worst.aggregateMs) * 10) / 10;
    const date = new Date().toISOString();
    const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
    const met = ms < TARGET_MS;
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/overview.json',
      `${JSON.stringify({ date, machine, files: scanned, damaged, bytes, ms, targetMs: TARGET_MS, met, runs }, null, 2)}\n`,
    );
    const f = (n: number) => n.toFixed(1);
    const section = [
      '## Coordinator overview (`npm run bench:overview`)',
      '',
      `Reading a folder of generated workshop files through the real folder scan (\`WorkshopFolders.scan\` in`,
      '`main/services/workshopFolder.ts`: walk the folders, read, migrate and validate each file, make its digest)',
      'and building the overview from the digests (`aggregateOverview`). Each file has 6–10 participants, 6 agenda',
      `items with notes, 8 actions, 3 decisions and a poll; ${DAMAGED} files are damaged. Files in 20 subfolders.`,
      `The figure checked against the target is the slowest of ${RUNS} runs, scan plus aggregation; the first run`,
      'is the coldest (the operating system may still cache the files written just before).',
      '',
      `Machine: ${machine}. Date: ${date}.`,
      '',
      '| files | damaged | total size | first run ms | median ms | slowest ms (scan + aggregate) | target | met |',
      '|---|---|---|---|---|---|---|---|',
      `| ${scanned} | ${damaged} | ${(bytes / 2 ** 20).toFixed(1)} MiB | ${f(first.scanMs + first.aggregateMs)} | ${f(median.scanMs + median.aggregateMs)} | ${f(ms)} (${f(worst.scanMs)} + ${f(worst.aggregateMs)}) | < ${TARGET_MS} ms | ${met ? 'yes' : 'no'} |`,
      '',
    ].join('\n');
    const perfFile = 'docs/perf.md';
    const existing = existsSync(perfFile)
      ? readFileSync(perfFile, 'utf8')
      : '# Performance\n\nMeasured figures, one section per benchmark (`npm run bench:<name>`); raw results in `bench-results/` (not committed).\n\n';
    const pattern = /## Coordinator overview \(`npm run bench:overview`\)[\s\S]*?(?=\n## |$)/;
    const updated = pattern.test(existing) ? existing.replace(pattern, section.trimEnd()) : `${existing.trimEnd()}\n\n${section}`;
    writeFileSync(perfFile, updated.endsWith('\n') ? updated : `${updated}\n`);
    console.log(section);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

void main();
