import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContractViolation, createHandlers, dispatch, type HandlerTable } from '../../../../main/ipc/handlers';
import type { CallContext, DialogPort, HostInfo } from '../../../../main/ipc/ports';
import { createServices } from '../../../../main/services';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { FileStamp, Request, Response } from '../../../../shared/ipc/contract';
import { serializeWorkshop } from '../../../../shared/model/load';
import { goodFixtures } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';
import { sampleWorkshop } from '../../helpers/workshops';

const DRAFT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const agendaFixture = goodFixtures().find((f) => f.name === 'v1/agenda.verkstad')!.path;

/** OS dialogs that give the answers queued by the test, and record what they were asked. */
class ScriptedDialogs implements DialogPort {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly suggestedNames: string[] = [];
  unsavedChoice: 'save' | 'discard' | 'cancel' = 'cancel';
  conflictChoice: 'overwrite' | 'saveAs' | 'reload' | 'cancel' = 'cancel';

  async chooseFileToOpen(): Promise<string | null> {
    if (this.openAnswers.length === 0) throw new Error('the test did not expect an open dialog');
    return this.openAnswers.shift() ?? null;
  }
  async chooseFileToSave(suggestedName: string): Promise<string | null> {
    this.suggestedNames.push(suggestedName);
    if (this.saveAnswers.length === 0) throw new Error('the test did not expect a save dialog');
    return this.saveAnswers.shift() ?? null;
  }
  async chooseFolder(): Promise<string | null> {
    throw new Error('the test did not expect a folder dialog');
  }
  async askUnsaved(): Promise<'save' | 'discard' | 'cancel'> {
    return this.unsavedChoice;
  }
  async askConflict(): Promise<'overwrite' | 'saveAs' | 'reload' | 'cancel'> {
    return this.conflictChoice;
  }
}

function harness(dataDir: string, osLocale = 'sv-SE') {
  const services = createServices({ dataDir, writeOptions: { retryForMs: 100 } });
  const dialogs = new ScriptedDialogs();
  const host: HostInfo = { host: 'chromium', version: '0.1.0-test', platform: 'linux', osLocale };
  const table = createHandlers({ services, dialogs, host });
  const window = { setState: vi.fn(), closeConfirmed: vi.fn() };
  const ctx: CallContext = { window };
  function call<C extends InvokeChannel>(channel: C, ...req: Request<C> extends undefined ? [] : [Request<C>]): Promise<Response<C>> {
    return dispatch(table, channel, req[0], ctx) as Promise<Response<C>>;
  }
  return { services, dialogs, table, window, ctx, call, raw: (channel: string, req?: unknown) => dispatch(table, channel, req, ctx) };
}

function savedStamp(result: Response<'workshop:save'>): FileStamp {
  if (result.status !== 'saved') throw new Error(`expected a save, got ${JSON.stringify(result)}`);
  return result.stamp;
}

describe('the door into main: channel and request checks', () => {
  const tmp = useTempDir();

  it('a channel that is not in the contract is refused', async () => {
    await expect(harness(tmp.path).raw('fs:readFile', { path: '/etc/passwd' })).rejects.toBeInstanceOf(ContractViolation);
  });

  it('inherited object names are not mistaken for channels', async () => {
    const { raw } = harness(tmp.path);
    await expect(raw('__proto__')).rejects.toBeInstanceOf(ContractViolation);
    await expect(raw('constructor')).rejects.toBeInstanceOf(ContractViolation);
  });

  it('a save whose workshop is missing fields is refused, and no file is written', async () => {
    const { raw, services } = harness(tmp.path);
    const path = services.grants.grant(join(tmp.path, 'a.verkstad'));
    const { agenda: _agenda, ...incomplete } = sampleWorkshop();
    await expect(raw('workshop:save', { path, document: incomplete, expectedStamp: null, overwrite: false })).rejects.toThrow(
      /invalid request on workshop:save/,
    );
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('a save request with keys the contract does not know is refused', async () => {
    const { raw, services } = harness(tmp.path);
    const path = services.grants.grant(join(tmp.path, 'a.verkstad'));
    const request = { path, document: sampleWorkshop(), expectedStamp: null, overwrite: false, mode: 0o777 };
    await expect(raw('workshop:save', request)).rejects.toBeInstanceOf(ContractViolation);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('a request on a channel that takes none is refused when it carries data', async () => {
    await expect(harness(tmp.path).raw('settings:get', { language: 'sv' })).rejects.toBeInstanceOf(ContractViolation);
  });

  it('a handler answer that breaks the contract never reaches the renderer', async () => {
    const { table, ctx } = harness(tmp.path);
    const broken = { ...table, 'settings:get': async () => ({ language: 'fr' }) } as unknown as HandlerTable;
    await expect(dispatch(broken, 'settings:get', undefined, ctx)).rejects.toThrow();
  });
});

describe('opening and saving through the handlers', () => {
  const tmp = useTempDir();

  it('saving to a path the user never chose fails with notPermitted and creates no file', async () => {
    const { call } = harness(tmp.path);
    const path = join(tmp.path, 'smuggled.verkstad');
    const result = await call('workshop:save', { path, document: sampleWorkshop(), expectedStamp: null, overwrite: true });
    expect(result).toMatchObject({ status: 'failed', problem: 'notPermitted' });
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('opening a "recent" file that is not in the recent list fails with notPermitted and allows nothing', async () => {
    const { call, services } = harness(tmp.path);
    const path = join(tmp.path, 'a.verkstad');
    await copyFile(agendaFixture, path);
    expect(await call('workshop:openRecent', { path })).toMatchObject({ status: 'failed', problem: 'notPermitted', fileName: 'a.verkstad' });
    expect(services.grants.has(path)).toBe(false);
  });

  it('a file from the recent list opens again after a restart and can be saved', async () => {
    const path = join(tmp.path, 'a.verkstad');
    await copyFile(agendaFixture, path);
    const first = harness(tmp.path);
    first.dialogs.openAnswers.push(path);
    expect(await first.call('workshop:openDialog')).toMatchObject({ status: 'opened' });

    const { call } = harness(tmp.path);
    const opened = await call('workshop:openRecent', { path });
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    const saved = await call('workshop:save', { path, document: opened.document, expectedStamp: opened.stamp, overwrite: false });
    expect(saved.status).toBe('saved');
  });

  it('canceling the open dialog answers canceled', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.openAnswers.push(null);
    expect(await call('workshop:openDialog')).toEqual({ status: 'canceled' });
  });

  it('a file chosen in the open dialog opens, joins the recent list, and can be saved back', async () => {
    const { call, dialogs } = harness(tmp.path);
    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(agendaFixture, path);
    dialogs.openAnswers.push(path);
    const opened = await call('workshop:openDialog');
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    expect((await call('recent:list')).map((e) => e.fileName)).toEqual(['Bygglov.verkstad']);
    const document = { ...opened.document, header: { ...opened.document.header, place: 'Distans' } };
    expect(await call('workshop:save', { path, document, expectedStamp: opened.stamp, overwrite: false })).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toContain('"place": "Distans"');
  });

  it('Save as suggests the title as file name and adds .verkstad when the user left it out', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.saveAnswers.push(join(tmp.path, 'Veckomöte'));
    const result = await call('workshop:saveAs', { document: sampleWorkshop('Förbättringsmöte'), suggestedName: 'Namnlös workshop' });
    expect(dialogs.suggestedNames).toEqual(['Förbättringsmöte.verkstad']);
    expect(result).toMatchObject({ status: 'saved', path: join(tmp.path, 'Veckomöte.verkstad'), fileName: 'Veckomöte.verkstad' });
    expect(await readdir(tmp.path)).toContain('Veckomöte.verkstad');
  });

  it('after Save as, saving again to that path works, and a change on disk in between is a conflict', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.saveAnswers.push(join(tmp.path, 'Veckomöte'));
    const path = join(tmp.path, 'Veckomöte.verkstad');
    const first = savedStamp(await call('workshop:saveAs', { document: sampleWorkshop('Ett'), suggestedName: 'x' }));
    const second = savedStamp(await call('workshop:save', { path, document: sampleWorkshop('Två'), expectedStamp: first, overwrite: false }));
    await writeFile(path, serializeWorkshop(sampleWorkshop('Någon annans')));
    expect(await call('workshop:save', { path, document: sampleWorkshop('Tre'), expectedStamp: second, overwrite: false })).toEqual({
      status: 'conflict',
      reason: 'changed',
    });
    expect(await readFile(path, 'utf8')).toContain('Någon annans');
  });

  // A save took four round trips (save, draft discard, recent list, draft list).
  it('one save call writes the file, drops the draft it makes unnecessary, and answers with the lists', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.saveAnswers.push(join(tmp.path, 'Veckomöte'));
    const path = join(tmp.path, 'Veckomöte.verkstad');
    await call('draft:write', { draftId: DRAFT_ID, path: null, stamp: null, document: sampleWorkshop('Ett'), revision: 3 });
    expect(await call('draft:list')).toHaveLength(1);
    const result = await call('workshop:saveAs', { document: sampleWorkshop('Ett'), suggestedName: 'x', draft: { draftId: DRAFT_ID, revision: 3 } });
    expect(result).toMatchObject({ status: 'saved', path, warning: null, drafts: [], recent: [{ path, title: 'Ett', exists: true }] });
  });

  it('a draft written from edits made while the save ran is kept', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.saveAnswers.push(join(tmp.path, 'Veckomöte'));
    await call('draft:write', { draftId: DRAFT_ID, path: null, stamp: null, document: sampleWorkshop('Ett och mer'), revision: 5 });
    const result = await call('workshop:saveAs', { document: sampleWorkshop('Ett'), suggestedName: 'x', draft: { draftId: DRAFT_ID, revision: 4 } });
    expect(result).toMatchObject({ status: 'saved', drafts: [{ draftId: DRAFT_ID, title: 'Ett och mer' }] });
  });

  // The file was silently recreated where it had been.
  it('a file moved or deleted since it was opened is a conflict (missing), not recreated; saving there again is a choice', async () => {
    const { call, dialogs } = harness(tmp.path);
    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(agendaFixture, path);
    dialogs.openAnswers.push(path);
    const result = await call('workshop:openDialog');
    if (result.status !== 'opened') throw new Error(JSON.stringify(result));
    const opened = result.stamp;
    await rm(path);
    expect(await call('workshop:save', { path, document: sampleWorkshop('Min'), expectedStamp: opened, overwrite: false })).toEqual({ status: 'conflict', reason: 'missing' });
    expect(await readdir(tmp.path)).not.toContain('Bygglov.verkstad');
    expect(await call('workshop:save', { path, document: sampleWorkshop('Min'), expectedStamp: opened, overwrite: true })).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toContain('"title": "Min"');
  });

  it('a save that waits on another program holding the file tells the window, then says how long it tried', async () => {
    const services = createServices({
      dataDir: tmp.path,
      writeOptions: { retryForMs: 120, io: { rename: async () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM', syscall: 'rename' })), sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 30))) } },
    });
    const send = vi.fn();
    const table = createHandlers({ services, dialogs: new ScriptedDialogs(), host: { host: 'chromium', version: '0', platform: 'linux', osLocale: 'sv-SE' } });
    const path = await services.grants.grant(join(tmp.path, 'låst.verkstad'));
    const result = await dispatch(table, 'workshop:save', { path, document: sampleWorkshop(), expectedStamp: null, overwrite: false }, { window: { setState: vi.fn(), closeConfirmed: vi.fn(), send } });
    expect(result).toMatchObject({ status: 'failed', problem: 'busy', detail: expect.stringMatching(/refused \d+ times/) });
    expect(send).toHaveBeenCalledWith('workshop:saveWaiting', expect.objectContaining({ fileName: 'låst.verkstad', attempt: 1 }));
  });

  it('canceling the Save as dialog answers canceled and writes nothing', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.saveAnswers.push(null);
    expect(await call('workshop:saveAs', { document: sampleWorkshop(), suggestedName: 'x' })).toEqual({ status: 'canceled' });
    expect((await readdir(tmp.path)).filter((n) => n.endsWith('.verkstad'))).toEqual([]);
  });
});

describe('language, settings and the window', () => {
  const tmp = useTempDir();

  it('the app speaks the OS language (nb-NO → Norwegian) until the user chooses one', async () => {
    const { call } = harness(tmp.path, 'nb-NO');
    expect(await call('app:info')).toEqual({ host: 'chromium', version: '0.1.0-test', platform: 'linux', language: 'nb' });
    expect(await call('settings:update', { language: 'sv' })).toEqual({ language: 'sv' });
    expect((await call('app:info')).language).toBe('sv');
  });

  it('a language this app does not have is refused as a setting', async () => {
    await expect(harness(tmp.path).raw('settings:update', { language: 'de' })).rejects.toBeInstanceOf(ContractViolation);
  });

  it('the window’s title and unsaved state reach the window', async () => {
    const { call, window } = harness(tmp.path);
    expect(await call('window:setState', { title: 'Möte — Verkstad', dirty: true })).toEqual({ ok: true });
    expect(window.setState).toHaveBeenCalledWith({ title: 'Möte — Verkstad', dirty: true });
  });

  it('the user’s answer to "save changes?" is passed back', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.unsavedChoice = 'discard';
    expect(await call('dialog:askUnsaved', { fileName: 'Möte.verkstad' })).toEqual({ choice: 'discard' });
  });
});

describe('recovering unsaved work after a crash', () => {
  const tmp = useTempDir();

  it('a restored draft allows saving to its file again, with conflict detection from the draft’s stamp', async () => {
    const path = join(tmp.path, 'Bygglov.verkstad');
    await copyFile(agendaFixture, path);
    const crashed = harness(tmp.path);
    crashed.dialogs.openAnswers.push(path);
    const opened = await crashed.call('workshop:openDialog');
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    const edited = { ...opened.document, header: { ...opened.document.header, place: 'Ändrad plats' } };
    await crashed.call('draft:write', { draftId: DRAFT_ID, path, stamp: opened.stamp, document: edited });

    const { call } = harness(tmp.path);
    expect((await call('draft:list')).map((d) => d.draftId)).toEqual([DRAFT_ID]);
    const before = await call('workshop:save', { path, document: edited, expectedStamp: opened.stamp, overwrite: false });
    expect(before).toMatchObject({ status: 'failed', problem: 'notPermitted' });

    const restored = await call('draft:restore', { draftId: DRAFT_ID });
    expect(restored).toMatchObject({ status: 'restored', path, fileName: 'Bygglov.verkstad', stamp: opened.stamp, document: edited });
    const saved = await call('workshop:save', { path, document: edited, expectedStamp: opened.stamp, overwrite: false });
    expect(saved.status).toBe('saved');
    expect(await readFile(path, 'utf8')).toContain('Ändrad plats');
  });

  it('a draft for a path the user never chose is refused', async () => {
    const { raw } = harness(tmp.path);
    await expect(
      raw('draft:write', { draftId: DRAFT_ID, path: join(tmp.path, 'x.verkstad'), stamp: null, document: sampleWorkshop() }),
    ).rejects.toThrow();
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('a damaged or missing recovery copy is reported, not thrown', async () => {
    expect(await harness(tmp.path).call('draft:restore', { draftId: DRAFT_ID })).toMatchObject({ status: 'failed', problem: 'notFound' });
    await mkdir(join(tmp.path, 'drafts'));
    await writeFile(join(tmp.path, 'drafts', `${DRAFT_ID}.json`), '{"draftId": "half a');
    expect(await harness(tmp.path).call('draft:restore', { draftId: DRAFT_ID })).toMatchObject({ status: 'failed', problem: 'schema' });
  });

  it('a draft id that is not a UUID is refused at the door', async () => {
    await expect(harness(tmp.path).raw('draft:discard', { draftId: '../settings' })).rejects.toBeInstanceOf(ContractViolation);
  });

  it('a discarded draft is no longer offered', async () => {
    const { call } = harness(tmp.path);
    await call('draft:write', { draftId: DRAFT_ID, path: null, stamp: null, document: sampleWorkshop() });
    expect(await call('draft:discard', { draftId: DRAFT_ID })).toEqual({ ok: true });
    expect(await call('draft:list')).toEqual([]);
  });
});
