/// <reference lib="dom" />
/**
 * `npm run bench:room`: 200 simulated participants (WebSocket clients in this process, on
 * loopback) join the room of a workshop open in the Chromium host and answer a 1–6 poll within
 * 2 s; 20 of them drop their connection, rejoin with their device secret and send their answer
 * again. Measured: answers lost or counted twice in the saved file, the delay from an answer
 * leaving its client to the projector window's painted frame that shows it, and the facilitator's
 * canvas panning a 2,000-shape board at the same time (against the same pan without the room).
 * Writes bench-results/room.json: {"participants","answers","lost","duplicated","answerToScreenP95Ms"}.
 * Then phones' round trips while the facilitator's window writes drafts back to back, with the
 * draft checked on main's event loop and in the worker (bench-results/room-drafts.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { ScriptedDialogs } from '../../../main/chromium/dialogs';
import { launchChromiumHost } from '../../../main/chromium/host';
import { newAgendaItem } from '../../../shared/model/defaults';
import { parseWorkshopText } from '../../../shared/model/load';
import { ServerMessage } from '../../../shared/room/protocol';
import { generateWorkshop } from '../canvas/generateBoard';
import { PAGE_HELPERS } from '../canvas/pageHelpers';

const PARTICIPANTS = Number(process.env.ROOM_BENCH_PARTICIPANTS ?? '200');
const WINDOW_MS = 2_000;
const REJOINERS = Math.round(PARTICIPANTS / 10);
const now = () => performance.timeOrigin + performance.now();
const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};
const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Client {
  socket!: WebSocket;
  device: string | null = null;
  activityId: string | null = null;
  sentAt = 0;
  ackAt = 0;
  private waiting: Array<{ test: (m: ServerMessage) => boolean; done: (m: ServerMessage) => void }> = [];

  async connect(url: string): Promise<void> {
    this.socket = new WebSocket(url);
    this.socket.on('message', (data) => {
      const message = ServerMessage.parse(JSON.parse(data.toString()));
      if (message.type === 'welcome') this.device = message.device;
      if (message.type === 'activity' && message.activity) this.activityId = message.activity.id;
      if (message.type === 'accepted' && message.of === 'answer' && this.ackAt === 0) this.ackAt = now();
      for (const w of [...this.waiting]) {
        if (w.test(message)) {
          this.waiting = this.waiting.filter((x) => x !== w);
          w.done(message);
        }
      }
    });
    await new Promise<void>((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }
  next(test: (m: ServerMessage) => boolean): Promise<ServerMessage> {
    return new Promise((done) => this.waiting.push({ test, done }));
  }
  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }
}

const workDir = await mkdtemp(join(tmpdir(), 'verkstad-room-bench-'));
const dataDir = await mkdtemp(join(tmpdir(), 'verkstad-room-bench-data-'));
const dialogs = new ScriptedDialogs();
const host = await launchChromiumHost({ dataDir, dialogs, osLocale: 'en-GB', viewport: { width: 1280, height: 860 } });
await host.context.addInitScript(() => {
  (globalThis as { __VERKSTAD_BENCH__?: object }).__VERKSTAD_BENCH__ = {};
});
const loadBefore = loadavg()[0] ?? 0;
const clients: Client[] = [];
try {
  const path = join(workDir, 'room-bench.verkstad');
  const doc = generateWorkshop(2_000);
  // Run mode (and its projector) needs an agenda.
  doc.agenda.items = [{ ...newAgendaItem('item', 30), title: 'Ideas and votes' }];
  await writeFile(path, JSON.stringify(doc));
  const win = await host.openWindow();
  const page = win.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  dialogs.answerOpen(path);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await page.getByRole('tab', { name: 'Room' }).waitFor();

  // The room on loopback, a 1–6 poll open, the projector showing it.
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByTestId('room-interface').click();
  await page.getByRole('option', { name: /^127\.0\.0\.1/ }).click();
  await page.getByRole('button', { name: 'Open the room' }).click();
  const joinUrl = (await page.getByTestId('room-url').textContent()) ?? '';
  const wsUrl = joinUrl.replace(/^http/, 'ws').replace('/j/', '/ws/');
  await page.getByTestId('room-question').fill('How well did we keep to the agenda?');
  await page.getByTestId('room-start').click();
  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByRole('button', { name: 'Show projector' }).click();
  while (!win.projector) await sleep(50);
  const projector = win.projector;
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.getByTestId('room-tally').waitFor();
  // Each painted frame that shows a new count: the mutation is committed, the frame after the
  // next animation frame has been presented (as a person in the room sees it).
  // As text: tsx would add helper calls to a function that do not exist in the page.
  await projector.evaluate(`(() => {
    window.__shown = [];
    let last = -1;
    const observe = () => {
      const n = Number(document.querySelector('[data-testid="room-tally"]')?.getAttribute('data-answers') ?? '0');
      if (n === last) return;
      last = n;
      requestAnimationFrame(() => requestAnimationFrame(() => window.__shown.push([performance.timeOrigin + performance.now(), n])));
    };
    new MutationObserver(observe).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-answers'], childList: true });
  })()`);

  // The facilitator looks at the 2,000-shape board; its pan figures alone first.
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.waitForFunction('Boolean(window.__VERKSTAD_BENCH__.controller)');
  await page.evaluate(PAGE_HELPERS);
  type Pan = { panP50Ms: number; panP95Ms: number };
  const measurePan = () => page.evaluate(`window.__bench.measureView('verkstad', '100%', ${WINDOW_MS + 500})`) as Promise<Pan>;
  const quiet = await measurePan();

  // 200 phones join (connect, hello, check in with a typed name) and answer within 2 s.
  for (let i = 0; i < PARTICIPANTS; i++) clients.push(new Client());
  const value = (i: number) => (i % 6) + 1;
  const t0 = now();
  const panning = measurePan();
  await Promise.all(
    clients.map(async (client, i) => {
      await sleep((i * WINDOW_MS) / PARTICIPANTS / 2);
      await client.connect(wsUrl);
      const activity = client.next((m) => m.type === 'activity');
      client.send({ type: 'hello', device: null });
      await activity;
      const you = client.next((m) => m.type === 'you');
      client.send({ type: 'identify', identity: { kind: 'named', name: `Phone ${String(i + 1).padStart(3, '0')}` } });
      await you;
      const accepted = client.next((m) => m.type === 'accepted');
      client.sentAt = now();
      client.send({ type: 'answer', activityId: client.activityId, answer: { kind: 'scale', value: value(i) } });
      await accepted;
    }),
  );
  const joinedAndAnsweredMs = now() - t0;
  const busy = await panning;

  // Some phones lose the connection and come back with their secret: the same answer again.
  await Promise.all(
    clients.slice(0, REJOINERS).map(async (client, i) => {
      client.socket.terminate();
      const again = new Client();
      await again.connect(wsUrl);
      const activity = again.next((m) => m.type === 'activity');
      again.send({ type: 'hello', device: client.device });
      await activity;
      const accepted = again.next((m) => m.type === 'accepted');
      again.send({ type: 'answer', activityId: again.activityId, answer: { kind: 'scale', value: value(i) } });
      await accepted;
      clients[i] = Object.assign(again, { sentAt: client.sentAt, ackAt: client.ackAt });
    }),
  );
  await sleep(500);
  const shown = (await projector.evaluate('window.__shown')) as Array<[number, number]>;

  // The answer that was counted k-th (by the order its acceptance came back) is on screen at the
  // first painted frame that shows a count of at least k.
  const byAck = [...clients].sort((a, b) => a.ackAt - b.ackAt);
  const delays = byAck.map((client, index) => {
    const frame = shown.find(([, n]) => n >= index + 1);
    return frame ? frame[0] - client.sentAt : Number.POSITIVE_INFINITY;
  });

  // End the poll, save, and count what the file holds.
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByTestId('room-end').click();
  await page.keyboard.press('Control+s');
  await page.getByTestId('unsaved-marker').waitFor({ state: 'hidden' });
  const saved = parseWorkshopText(await readFile(path, 'utf8'));
  if (!saved.ok) throw new Error(saved.detail);
  const counts = saved.document.polls[0]?.counts ?? [];
  const expected = [1, 2, 3, 4, 5, 6].map((v) => clients.filter((_, i) => value(i) === v).length);
  const lost = expected.reduce((sum, e, i) => sum + Math.max(0, e - (counts[i] ?? 0)), 0);
  const duplicated = expected.reduce((sum, e, i) => sum + Math.max(0, (counts[i] ?? 0) - e), 0);
  const checkedIn = saved.document.participants.filter((p) => p.attendance === 'present' && p.arrivedAt !== null).length;

  // Drafts against the room (issue 13): the facilitator's window writes a draft of the open
  // workshop back to back while 20 phones raise and lower a hand, one message every 25 ms; each
  // round trip (message out, acceptance back) is timed. Three phases in this one run: no drafts,
  // drafts checked and serialised on main's event loop (as before), and in the worker.
  const probes: Client[] = [];
  for (let i = 0; i < 20; i++) {
    const probe = new Client();
    await probe.connect(wsUrl);
    const activity = probe.next((m) => m.type === 'activity');
    probe.send({ type: 'hello', device: null });
    await activity;
    const you = probe.next((m) => m.type === 'you');
    probe.send({ type: 'identify', identity: { kind: 'named', name: `Probe ${i + 1}` } });
    await you;
    probes.push(probe);
  }
  clients.push(...probes);
  const draftText = await readFile(path, 'utf8');
  await page.evaluate(`window.__draftDoc = JSON.parse(${JSON.stringify(draftText)}); window.__drafts = { on: false, written: 0, ms: [] };`);
  const roundTrips = async (mode: 'none' | 'main' | 'worker') => {
    host.services.draftPreparer.useWorker(mode === 'worker');
    await page.evaluate(`window.__drafts = { on: false, written: 0, ms: [] };`);
    if (mode !== 'none') {
      await page.evaluate(`(() => {
        const d = window.__drafts; d.on = true; d.written = 0; d.ms = [];
        const loop = async () => {
          while (d.on) {
            const t = performance.now();
            await window.verkstad.invoke('draft:write', { draftId: '0b0e0c0d-1a2b-4c3d-8e4f-5a6b7c8d9e0f', path: null, stamp: null, document: window.__draftDoc, revision: d.written });
            d.ms.push(performance.now() - t); d.written++;
          }
        };
        void loop();
      })()`);
      await sleep(300);
    }
    const rtts: number[] = [];
    // How long main's event loop (the room server's, the IPC's) was held: what moving the draft off it changes.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const until = now() + 5_000;
    let i = 0;
    const pending: Promise<void>[] = [];
    while (now() < until) {
      const probe = probes[i % probes.length]!;
      const raised = Math.floor(i / probes.length) % 2 === 0;
      const sent = now();
      const accepted = probe.next((m) => m.type === 'accepted' && m.of === 'hand');
      probe.send({ type: 'hand', raised });
      pending.push(accepted.then(() => void rtts.push(now() - sent)));
      i++;
      await sleep(25);
    }
    await Promise.all(pending);
    loop.disable();
    const drafts = (await page.evaluate(`(() => { window.__drafts.on = false; return { written: window.__drafts.written, ms: window.__drafts.ms }; })()`)) as { written: number; ms: number[] };
    await sleep(500);
    return { mode, messages: rtts.length, p50Ms: round(percentile(rtts, 0.5)), p95Ms: round(percentile(rtts, 0.95)), maxMs: round(Math.max(...rtts)), loopDelayP95Ms: round(loop.percentile(95) / 1e6), loopDelayMaxMs: round(loop.max / 1e6), drafts: drafts.written, draftMedianMs: round(percentile(drafts.ms, 0.5)) };
  };
  // Interleaved, so a change in the machine's load falls on both ways alike.
  const draftPhases = [];
  for (const mode of ['none', 'main', 'worker', 'main', 'worker', 'none'] as const) draftPhases.push(await roundTrips(mode));
  const draftBytes = Buffer.byteLength(draftText);

  const result = {
    participants: PARTICIPANTS,
    answers: clients.filter((c) => c.ackAt > 0).length,
    lost,
    duplicated,
    answerToScreenP95Ms: round(percentile(delays, 0.95)),
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/room.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench-results/room-drafts.json', `${JSON.stringify({ draftBytes, phases: draftPhases }, null, 2)}\n`);
  console.log(JSON.stringify(result));
  console.log(
    [
      `joined and answered: ${PARTICIPANTS} in ${Math.round(joinedAndAnsweredMs)} ms; ${REJOINERS} rejoined and answered again; checked in: ${checkedIn}`,
      `answer → projector frame: p50 ${round(percentile(delays, 0.5))} ms, p95 ${result.answerToScreenP95Ms} ms, max ${round(Math.max(...delays))} ms (${shown.length} frames showed a new count)`,
      `pan 2,000 shapes at 100 %: alone p50 ${round(quiet.panP50Ms)} / p95 ${round(quiet.panP95Ms)} ms; while the room answered p50 ${round(busy.panP50Ms)} / p95 ${round(busy.panP95Ms)} ms`,
      ...draftPhases.map((d) => `phone round trip, drafts ${d.mode === 'none' ? 'off' : `of ${Math.round(draftBytes / 1024)} kB on ${d.mode === 'main' ? "main's event loop" : 'a worker'}`}: p50 ${d.p50Ms} / p95 ${d.p95Ms} / max ${d.maxMs} ms over ${d.messages} messages; main's event loop held p95 ${d.loopDelayP95Ms} / max ${d.loopDelayMaxMs} ms (${d.drafts} drafts written, median ${d.draftMedianMs} ms each)`),
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB; load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`,
    ].join('\n'),
  );
} finally {
  for (const client of clients) client.socket?.terminate();
  await host.close();
  await rm(workDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
