import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ScriptedDialogs } from '../../../../main/chromium/dialogs';
import { createHandlers, dispatch } from '../../../../main/ipc/handlers';
import type { CallContext, HostInfo } from '../../../../main/ipc/ports';
import { createServices } from '../../../../main/services';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { Request, Response } from '../../../../shared/ipc/contract';
import { newWorkshop } from '../../../../shared/model/defaults';
import { parseWorkshopText } from '../../../../shared/model/load';
import { fixturesDir } from '../../helpers/fixtures';
import { useTempDir } from '../../helpers/tempDir';

function harness(dataDir: string) {
  const services = createServices({ dataDir, writeOptions: { retryForMs: 100 } });
  const dialogs = new ScriptedDialogs();
  const host: HostInfo = { host: 'chromium', version: '0.1.0-test', platform: 'linux', osLocale: 'sv-SE' };
  const table = createHandlers({ services, dialogs, host });
  const ctx: CallContext = { window: { setState: vi.fn(), closeConfirmed: vi.fn() } };
  function call<C extends InvokeChannel>(channel: C, ...req: Request<C> extends undefined ? [] : [Request<C>]): Promise<Response<C>> {
    return dispatch(table, channel, req[0], ctx) as Promise<Response<C>>;
  }
  return { services, dialogs, call };
}

const overviewFolder = join(fixturesDir, 'overview');

describe('the coordinator overview channels', () => {
  const tmp = useTempDir();

  it('reads the folder the user picks', async () => {
    const { dialogs, call } = harness(tmp.path);
    dialogs.answerFolder(overviewFolder);
    const result = await call('overview:chooseFolder');
    expect(result).toMatchObject({ status: 'scanned', folder: overviewFolder });
    if (result.status === 'scanned') expect(result.files).toHaveLength(6);
  });

  it('a cancelled folder dialog reads nothing', async () => {
    const { dialogs, call } = harness(tmp.path);
    dialogs.answerFolder(null);
    expect(await call('overview:chooseFolder')).toEqual({ status: 'canceled' });
  });

  it('refuses to read again a folder the user never picked', async () => {
    const { call } = harness(tmp.path);
    expect(await call('overview:rescan', { folder: '/etc' })).toMatchObject({ status: 'failed', problem: 'notPermitted' });
  });

  it('opens a workshop inside the picked folder, but nothing outside it', async () => {
    const { dialogs, call } = harness(tmp.path);
    dialogs.answerFolder(overviewFolder);
    await call('overview:chooseFolder');
    const inside = await call('overview:open', { path: join(overviewFolder, 'series', '2026-01-15 januari.verkstad') });
    expect(inside).toMatchObject({ status: 'opened', fileName: '2026-01-15 januari.verkstad' });
    const outside = await call('overview:open', { path: join(fixturesDir, 'v1', 'agenda.verkstad') });
    expect(outside).toMatchObject({ status: 'failed', problem: 'notPermitted' });
  });
});

describe('new workshop from this one', () => {
  const tmp = useTempDir();

  it('saves the follow-up where the user chooses, opens it and adds it to the recent list', async () => {
    const { dialogs, call } = harness(tmp.path);
    const followUp = newWorkshop();
    followUp.header.title = 'Förbättringsgrupp – maj';
    followUp.followsWorkshop = { id: 'w-april', title: 'april', date: '2026-04-14', fileName: 'april.verkstad' };
    dialogs.answerSave(join(tmp.path, 'maj'));
    const result = await call('record:createFollowUp', { document: followUp, suggestedName: 'Uppföljning' });
    expect(result).toMatchObject({ status: 'opened', fileName: 'maj.verkstad' });
    expect(dialogs.asked.at(-1)).toEqual({ dialog: 'save', subject: 'Förbättringsgrupp – maj.verkstad' });
    const onDisk = parseWorkshopText(await readFile(join(tmp.path, 'maj.verkstad'), 'utf8'));
    expect(onDisk.ok && onDisk.document.followsWorkshop?.id).toBe('w-april');
    expect((await call('recent:list')).map((r) => r.fileName)).toContain('maj.verkstad');
  });

  it('a cancelled save dialog creates nothing', async () => {
    const { dialogs, call } = harness(tmp.path);
    dialogs.answerSave(null);
    expect(await call('record:createFollowUp', { document: newWorkshop(), suggestedName: 'x' })).toEqual({ status: 'canceled' });
  });
});

describe('the known people in the settings', () => {
  const tmp = useTempDir();

  it('are kept across restarts and untouched by a language change', async () => {
    const first = harness(tmp.path);
    const people = [{ name: 'Anders Berg', role: 'Handläggare', email: '' }];
    await first.call('settings:update', { people });
    await first.call('settings:update', { language: 'nb' });
    expect(await harness(tmp.path).call('settings:get')).toEqual({ language: 'nb', people });
  });
});
