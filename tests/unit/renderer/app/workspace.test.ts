import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { Request, Response, VerkstadApi } from '../../../../shared/ipc/contract';
import { newWorkshop } from '../../../../shared/model/defaults';
import { DRAFT_DELAY_MS, Workspace } from '../../../../renderer/app/workspace';
import { setHeaderField } from '../../../../renderer/editor/workshopCommands';

type Handlers = { [C in InvokeChannel]?: (req: Request<C>) => Response<C> | Promise<Response<C>> };
const stamp = { mtimeMs: 1, size: 2, sha256: 'b'.repeat(64) };

/** A fake bridge: records every call and answers from the handlers a test gives it. */
function fakeApi(handlers: Handlers) {
  const calls: { channel: InvokeChannel; req: unknown }[] = [];
  const defaults: Handlers = {
    'app:info': () => ({ host: 'chromium', version: '0', platform: 'linux', language: 'sv' }),
    'recent:list': () => [],
    'draft:list': () => [],
    'draft:discard': () => ({ ok: true }),
    'draft:write': () => ({ ok: true }),
  };
  const api: VerkstadApi = {
    invoke: (async (channel: InvokeChannel, req?: unknown) => {
      calls.push({ channel, req });
      const handler = (handlers[channel] ?? defaults[channel]) as ((req: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`unexpected call ${channel}`);
      return handler(req);
    }) as VerkstadApi['invoke'],
    on: () => () => undefined,
  };
  return { api, calls, channels: () => calls.map((c) => c.channel) };
}

describe('the workspace file flows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the language from the host at start', async () => {
    const { api } = fakeApi({});
    const w = new Workspace(api, () => 'Namnlös');
    await w.init();
    expect(w.state.language).toBe('sv');
  });

  it('sends a never-saved workshop through Save as and marks it clean', async () => {
    const { api, channels } = fakeApi({
      'workshop:saveAs': () => ({ status: 'saved', path: '/w/a.verkstad', fileName: 'a.verkstad', stamp }),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'A');
    expect(await w.save()).toBe(true);
    expect(channels()).toContain('workshop:saveAs');
    expect(w.state.editor?.dirty).toBe(false);
    expect(w.state.editor?.origin.fileName).toBe('a.verkstad');
  });

  it('writes a draft about half a second after a change', async () => {
    const { api, calls } = fakeApi({});
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'unsaved');
    expect(calls.some((c) => c.channel === 'draft:write')).toBe(false);
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    const draft = calls.find((c) => c.channel === 'draft:write');
    expect(draft?.req).toMatchObject({ path: null, document: { header: { title: 'unsaved' } } });
  });

  it('does not drop unsaved work when the user cancels the unsaved question', async () => {
    const { api } = fakeApi({ 'dialog:askUnsaved': () => ({ choice: 'cancel' }) });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    const editor = w.state.editor!;
    setHeaderField(editor, 'title', 'keep me');
    await w.close();
    expect(w.state.editor).toBe(editor);
  });

  it('keeps the work and reports the problem when saving fails', async () => {
    const { api } = fakeApi({
      'workshop:saveAs': () => ({ status: 'failed', problem: 'diskFull', detail: 'ENOSPC' }),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'keep me');
    expect(await w.save()).toBe(false);
    expect(w.state.notice).toMatchObject({ kind: 'saveFailed', problem: 'diskFull' });
    expect(w.state.editor?.dirty).toBe(true);
  });

  it('asks about a conflict and saves again with overwrite when the user chooses it', async () => {
    let attempts = 0;
    const { api, calls } = fakeApi({
      'workshop:openRecent': () => ({ status: 'opened', path: '/w/a.verkstad', fileName: 'a.verkstad', document: newWorkshop(), readOnly: false, fileVersion: null, stamp }),
      'workshop:save': (req) => (attempts++ === 0 ? { status: 'conflict' } : { status: 'saved', path: req.path, fileName: 'a.verkstad', stamp }),
      'dialog:askConflict': () => ({ choice: 'overwrite' }),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.openRecent('/w/a.verkstad');
    setHeaderField(w.state.editor!, 'title', 'mine');
    expect(await w.save()).toBe(true);
    const saves = calls.filter((c) => c.channel === 'workshop:save').map((c) => c.req);
    expect(saves).toMatchObject([{ overwrite: false, expectedStamp: stamp }, { overwrite: true }]);
  });

  it('shows why a file would not open and keeps the start screen', async () => {
    const { api } = fakeApi({
      'workshop:openDialog': () => ({ status: 'failed', fileName: 'x.verkstad', problem: 'notJson', detail: 'Unexpected end' }),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.open();
    expect(w.state.editor).toBeNull();
    expect(w.state.notice).toMatchObject({ kind: 'openFailed', problem: 'notJson', fileName: 'x.verkstad' });
  });
});
