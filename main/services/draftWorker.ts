import { parentPort } from 'node:worker_threads';
import { prepareDraftWrite } from './draftPrepare';

/** The worker that checks and serialises draft writes off main's event loop (draftPreparer.ts). */
parentPort?.on('message', (message: { id: number; raw: unknown; savedAt: string }) => {
  let result;
  try {
    result = prepareDraftWrite(message.raw, message.savedAt);
  } catch (error) {
    result = { ok: false as const, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage({ id: message.id, result });
});
