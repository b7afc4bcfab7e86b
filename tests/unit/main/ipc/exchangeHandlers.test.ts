import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ScriptedDialogs } from '../../../../main/chromium/dialogs';
import { ContractViolation, createHandlers, dispatch } from '../../../../main/ipc/handlers';
import type { CallContext } from '../../../../main/ipc/ports';
import { createServices } from '../../../../main/services';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { Request, Response } from '../../../../shared/ipc/contract';
import { reportWorkshop } from '../../helpers/reportWorkshop';
import { useTempDir } from '../../helpers/tempDir';
import { swedishTemplate } from '../../helpers/wordTemplate';

function harness(dataDir: string) {
  const services = createServices({ dataDir, writeOptions: { retryForMs: 100 } });
  const dialogs = new ScriptedDialogs();
  const table = createHandlers({ services, dialogs, host: { host: 'chromium', version: 'test', platform: 'linux', osLocale: 'sv-SE' }, printer: null });
  const ctx: CallContext = { window: { setState: vi.fn(), closeConfirmed: vi.fn() } };
  const call = <C extends InvokeChannel>(channel: C, ...req: Request<C> extends undefined ? [] : [Request<C>]) => dispatch(table, channel, req[0], ctx) as Promise<Response<C>>;
  return { dialogs, call, services };
}

const day = { language: 'sv' as const, today: '2026-04-20' };

describe('the record’s export channels', () => {
  const tmp = useTempDir();

  it('the Word template can be set only through the open dialog, never by the renderer naming a path', async () => {
    const { call, dialogs } = harness(tmp.path);
    await expect(call('settings:update', { wordTemplate: { path: '/etc/passwd', name: 'x' } } as never)).rejects.toBeInstanceOf(ContractViolation);
    const template = join(tmp.path, 'kommunen.dotx');
    await swedishTemplate(template);
    dialogs.answerOpen(template);
    expect(await call('settings:chooseWordTemplate')).toEqual({ status: 'chosen', template: { path: template, name: 'kommunen.dotx' } });
    expect(dialogs.asked.at(-1)).toEqual({ dialog: 'open', subject: 'docx,dotx' });
    expect((await call('settings:get')).wordTemplate).toEqual({ path: template, name: 'kommunen.dotx' });
    await call('settings:clearWordTemplate');
    expect((await call('settings:get')).wordTemplate).toBeNull();
  });

  it('a template that has gone since it was chosen is said before the save dialog, and nothing is written', async () => {
    const { call, dialogs } = harness(tmp.path);
    const template = join(tmp.path, 'kommunen.dotx');
    await swedishTemplate(template);
    dialogs.answerOpen(template);
    await call('settings:chooseWordTemplate');
    await rm(template);
    const result = await call('minutes:export', { document: reportWorkshop(), options: day, suggestedName: 'Protokoll' });
    expect(result).toMatchObject({ status: 'templateFailed', fileName: 'kommunen.dotx', problem: 'missing' });
    expect(dialogs.asked.filter((a) => a.dialog === 'save')).toEqual([]);
  });

  it('writes the Word minutes where the user chose, with .docx added', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.answerSave(join(tmp.path, 'protokoll'));
    const result = await call('minutes:export', { document: reportWorkshop(), options: day, suggestedName: 'Bygglov: april' });
    expect(result).toMatchObject({ status: 'saved', fileName: 'protokoll.docx' });
    expect(dialogs.asked.at(-1)).toEqual({ dialog: 'save', subject: 'Bygglov april.docx' });
    expect((await readFile(join(tmp.path, 'protokoll.docx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('a table as CSV or all of them as a workbook; a folder that has gone is said, and nothing is left behind', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.answerSave(join(tmp.path, 'åtgärder.csv'));
    expect(await call('record:exportTables', { document: reportWorkshop(), format: 'csv', table: 'actions', ...day, suggestedName: 'x' })).toMatchObject({ status: 'saved', fileName: 'åtgärder.csv' });
    dialogs.answerSave(join(tmp.path, 'borta', 'protokoll'));
    const failed = await call('record:exportTables', { document: reportWorkshop(), format: 'xlsx', table: 'actions', ...day, suggestedName: 'x' });
    expect(failed).toMatchObject({ status: 'failed', fileName: 'protokoll.xlsx', problem: 'notFound' });
    expect(await readdir(tmp.path)).not.toContain('borta');
  });

  it('Send actions writes into the folder the user picked; canceling writes nothing', async () => {
    const { call, dialogs } = harness(tmp.path);
    dialogs.answerFolder(null);
    expect(await call('actions:writeDrafts', { document: reportWorkshop(), ...day })).toEqual({ status: 'canceled' });
    const folder = join(tmp.path, 'utkast');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    dialogs.answerFolder(folder);
    const result = await call('actions:writeDrafts', { document: reportWorkshop(), ...day });
    expect(result).toMatchObject({ status: 'written', folder, withoutOwner: 0 });
    expect(dialogs.asked.at(-1)).toEqual({ dialog: 'folder', subject: 'Välj mapp för e-postutkasten' });
    expect(existsSync(join(folder, 'Anders Berg – åtgärder.eml'))).toBe(true);
    await writeFile(join(tmp.path, 'fil'), 'x');
    dialogs.answerFolder(join(tmp.path, 'fil'));
    expect(await call('actions:writeDrafts', { document: reportWorkshop(), ...day })).toMatchObject({ status: 'failed', problem: 'notFound' });
  });
});
