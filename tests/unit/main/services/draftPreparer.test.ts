import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContractViolation, createHandlers, dispatch } from '../../../../main/ipc/handlers';
import { DraftPreparer } from '../../../../main/services/draftPreparer';
import { createServices } from '../../../../main/services';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';

// The module main would use to check a draft on its own thread: spied on, to show the work is not done here.
const onMain = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../../main/services/draftPrepare', async (original) => {
  const actual = await original<typeof import('../../../../main/services/draftPrepare')>();
  return {
    ...actual,
    prepareDraftWrite: (...args: Parameters<typeof actual.prepareDraftWrite>) => {
      onMain.calls++;
      return actual.prepareDraftWrite(...args);
    },
  };
});

const ID = '6f1b1c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';
const tmp = useTempDir();

function harness(draftsOffThread = true) {
  const services = createServices({ dataDir: tmp.path, draftsOffThread });
  const table = createHandlers({ services, dialogs: {} as never, host: { host: 'chromium', version: '0', platform: 'linux', osLocale: 'sv-SE' } });
  return { services, send: (raw: unknown) => dispatch(table, 'draft:write', raw, { window: {} as never }) };
}

/**
 * A draft of a large workshop held main's event loop for the zod check of the whole workshop and
 * the serialisation (20 ms p95 added to the room's answers). Both run in a worker now; main
 * checks the grant and writes the text through the same durable path.
 */
describe('a draft write, checked and serialised off main’s event loop', () => {
  it('is checked and made into the draft’s text in the worker, and written by main as before', async () => {
    const { services, send } = harness();
    onMain.calls = 0;
    const doc = sampleWorkshop('Utanför huvudtråden');
    expect(await send(JSON.stringify({ draftId: ID, path: null, stamp: null, document: doc, revision: 2 }))).toEqual({ status: 'written' });
    expect(onMain.calls).toBe(0);
    expect(services.draftPreparer.inWorker).toBe(true);
    const stored = JSON.parse(await readFile(join(tmp.path, 'drafts', `${ID}.json`), 'utf8'));
    expect(stored).toMatchObject({ draftId: ID, path: null, revision: 2, document: { header: { title: 'Utanför huvudtråden' } } });
    expect(await services.drafts.read(ID)).toMatchObject({ ok: true, draft: { revision: 2 } });
    await services.draftPreparer.close();
  });

  it('takes the value Electron’s IPC clones as well as the Chromium host’s JSON text', async () => {
    const { services, send } = harness();
    expect(await send({ draftId: ID, path: null, stamp: null, document: sampleWorkshop('Klonad'), revision: 1 })).toEqual({ status: 'written' });
    expect((await services.drafts.list()).map((d) => d.title)).toEqual(['Klonad']);
    await services.draftPreparer.close();
  });

  it('refuses a request the contract refuses, as the door did, and writes nothing', async () => {
    const { services, send } = harness();
    await expect(send(JSON.stringify({ draftId: ID, path: null, stamp: null, document: { header: 'nej' } }))).rejects.toBeInstanceOf(ContractViolation);
    await expect(send('{"draftId": "half')).rejects.toBeInstanceOf(ContractViolation);
    await expect(send(JSON.stringify({ draftId: ID, path: join(tmp.path, 'ej vald.verkstad'), stamp: null, document: sampleWorkshop() }))).rejects.toThrow(/did not choose/);
    expect(await services.drafts.list()).toEqual([]);
    await services.draftPreparer.close();
  });

  it('loses no draft when the worker is gone: the work is done on main instead', async () => {
    const preparer = new DraftPreparer();
    const raw = JSON.stringify({ draftId: ID, path: null, stamp: null, document: sampleWorkshop('Kvar'), revision: 0 });
    const pending = preparer.prepare(raw, '2026-04-01T08:00:00.000Z');
    await preparer.close();
    expect(await pending).toMatchObject({ ok: true, draftId: ID });
    expect(await preparer.prepare(raw, '2026-04-01T08:00:01.000Z')).toMatchObject({ ok: true, draftId: ID });
    expect(preparer.inWorker).toBe(false);
  });

  it('can be asked to work on main (what bench:room compares against)', async () => {
    const { send } = harness(false);
    onMain.calls = 0;
    expect(await send(JSON.stringify({ draftId: ID, path: null, stamp: null, document: sampleWorkshop(), revision: 0 }))).toEqual({ status: 'written' });
    expect(onMain.calls).toBe(1);
  });
});
