import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prepareDraftWrite, type PreparedDraft } from './draftPrepare';

/**
 * Runs prepareDraftWrite in one worker thread, so a draft of a large workshop does not hold main's
 * event loop (the room's answers, the other IPC calls) for tens of milliseconds. The worker only
 * computes: the write itself stays in main, through the same durable, verified, locked path.
 * If the worker cannot start or dies, the work is done on main as before: slower, never lost.
 *
 * Built, the worker is out/main/draftWorker.js next to the bundle (electron.vite.config.ts); run
 * from source (the Chromium host under tsx or Playwright, the tests) it is draftWorker.ts, loaded
 * through tsx's loader in the worker.
 */
export class DraftPreparer {
  private worker: Worker | null = null;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, { raw: unknown; savedAt: string; resolve: (result: PreparedDraft) => void }>();

  constructor(private offThread = true) {}

  /** Switches between the worker and main's thread (bench:room measures both in one run). */
  useWorker(on: boolean): void {
    this.offThread = on;
  }

  prepare(raw: unknown, savedAt: string): Promise<PreparedDraft> {
    const worker = this.offThread ? this.workerOrNull() : null;
    if (!worker) return Promise.resolve(prepareDraftWrite(raw, savedAt));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { raw, savedAt, resolve });
      try {
        worker.postMessage({ id, raw, savedAt });
      } catch {
        // A value the worker cannot be sent: checked here instead.
        this.pending.delete(id);
        resolve(prepareDraftWrite(raw, savedAt));
      }
    });
  }

  /** Starts the worker ahead of the first draft (loading it takes a moment, most of all from source). */
  warm(): void {
    if (this.offThread) this.workerOrNull();
  }

  /** Whether the work runs in the worker (false once it failed, or when asked not to). */
  get inWorker(): boolean {
    return this.offThread && !this.broken;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.broken = true;
    this.failPending();
    await worker?.terminate();
  }

  private workerOrNull(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const worker = startWorker();
      // The worker never keeps the app (or a test) alive by itself.
      worker.unref();
      worker.on('message', (message: { id: number; result: PreparedDraft }) => {
        const entry = this.pending.get(message.id);
        this.pending.delete(message.id);
        entry?.resolve(message.result);
      });
      const fail = () => {
        this.broken = true;
        this.worker = null;
        this.failPending();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  /** Requests the worker took and never answered are done on main: a dead worker loses no draft. */
  private failPending(): void {
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const entry of left) entry.resolve(prepareDraftWrite(entry.raw, entry.savedAt));
  }
}

function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // From source: the worker loads the TypeScript entry through tsx's API (tsx/esm/api, a dev dependency).
    const entry = new URL('./draftWorker.ts', here).href;
    const tsx = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const boot = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(new URL('./draftWorker.js', here));
}
