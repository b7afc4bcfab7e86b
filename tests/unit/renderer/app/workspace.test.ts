import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from '../../../../shared/ipc/channels';
import type { Request, Response, VerkstadApi } from '../../../../shared/ipc/contract';
import { newWorkshop } from '../../../../shared/model/defaults';
import { DRAFT_IDLE_MS, DRAFT_INTERVAL_MS, Workspace } from '../../../../renderer/app/workspace';
import { setHeaderField } from '../../../../renderer/editor/workshopCommands';

type Handlers = { [C in InvokeChannel]?: (req: Request<C>) => Response<C> | Promise<Response<C>> };
const stamp = { mtimeMs: 1, size: 2, sha256: 'b'.repeat(64) };
const saved = (path: string) => ({ status: 'saved' as const, path, fileName: path.split('/').pop()!, stamp, warning: null, recent: [], drafts: [] });

/** A fake bridge: records every call and answers from the handlers a test gives it. */
function fakeApi(handlers: Handlers) {
  const calls: { channel: InvokeChannel; req: unknown }[] = [];
  const defaults: Handlers = {
    'app:info': () => ({ host: 'chromium', version: '0', platform: 'linux', language: 'sv' }),
    'recent:list': () => [],
    'draft:list': () => [],
    'draft:discard': () => ({ ok: true }),
    'draft:write': () => ({ status: 'written' }),
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

  // The drafts folder replaced by a file made draft:list throw, and the window stayed blank.
  it('starts when a list cannot be read, showing it empty', async () => {
    const { api } = fakeApi({
      'draft:list': () => Promise.reject(new Error('ENOTDIR: not a directory, scandir')),
      'recent:list': () => [{ path: '/w/a.verkstad', fileName: 'a.verkstad', title: 'A', lastOpenedAt: '2026-04-01T08:00:00.000Z', exists: true }],
    });
    const w = new Workspace(api, () => 'Namnlös');
    await w.init();
    expect(w.state.drafts).toEqual([]);
    expect(w.state.recent).toHaveLength(1);
    expect(w.state.language).toBe('sv');
  });

  it('sends a never-saved workshop through Save as and marks it clean', async () => {
    const { api, channels } = fakeApi({
      'workshop:saveAs': () => saved('/w/a.verkstad'),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'A');
    expect(await w.save()).toBe(true);
    expect(channels()).toContain('workshop:saveAs');
    expect(w.state.editor?.dirty).toBe(false);
    expect(w.state.editor?.origin.fileName).toBe('a.verkstad');
  });

  it('writes a draft within a second of a change', async () => {
    const { api, calls } = fakeApi({});
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'unsaved');
    expect(calls.some((c) => c.channel === 'draft:write')).toBe(false);
    await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS + DRAFT_IDLE_MS);
    const draft = calls.find((c) => c.channel === 'draft:write');
    expect(draft?.req).toMatchObject({ path: null, document: { header: { title: 'unsaved' } } });
  });

  // A debounce restarted on every change: typing with less than half a second between keys never
  // wrote a draft (11.8 s of work lost in a crash trial). The clock starts at the first change.
  it('continuous editing (a change every 100 ms for 6 s) is never more than a second from its draft', async () => {
    const { api, calls } = fakeApi({});
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    const editor = w.state.editor!;
    const typedAt = new Map<string, number>();
    const start = Date.now();
    let worstMs = 0;
    for (let i = 1; i <= 60; i++) {
      const title = 'x'.repeat(i);
      setHeaderField(editor, 'title', title);
      typedAt.set(title, Date.now());
      await vi.advanceTimersByTimeAsync(100);
      // The newest title on disk: everything typed after it is what a crash now would lose.
      const drafts = calls.filter((c) => c.channel === 'draft:write').map((c) => (c.req as { document: { header: { title: string } } }).document.header.title);
      const newest = drafts.length === 0 ? 0 : drafts[drafts.length - 1]!.length;
      const firstLost = typedAt.get('x'.repeat(newest + 1));
      if (firstLost !== undefined) worstMs = Math.max(worstMs, Date.now() - firstLost);
    }
    expect(Date.now() - start).toBe(6_000);
    expect(calls.filter((c) => c.channel === 'draft:write').length).toBeGreaterThanOrEqual(5);
    expect(worstMs).toBeLessThanOrEqual(DRAFT_INTERVAL_MS + DRAFT_IDLE_MS + 100);
  });

  it('waits for an idle moment as long as handing over the last draft took, at most DRAFT_IDLE_MS', async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    // Idle moments of 5 ms (a run of nudges between frames) and now and then one of 40 ms.
    const moments: number[] = [];
    const remaining = [5, 5, 5, 40];
    let k = 0;
    vi.stubGlobal('requestIdleCallback', (callback: (d: { timeRemaining(): number; didTimeout: boolean }) => void, options?: { timeout: number }) => {
      // Other idle work (freezing the new document) asks without a timeout: a long moment at once.
      if (!options) return setTimeout(() => callback({ timeRemaining: () => 50, didTimeout: false }), 0);
      const left = remaining[k++ % remaining.length]!;
      const started = performance.now();
      return setTimeout(() => {
        moments.push(left);
        callback({ timeRemaining: () => left, didTimeout: performance.now() - started >= options.timeout });
      }, 16);
    });
    try {
      const writes: number[] = [];
      const { api } = fakeApi({
        'draft:write': () => {
          writes.push(moments.at(-1) ?? -1);
          // Serialising the document held the page 20 ms.
          vi.advanceTimersByTime(20);
          return { status: 'written' };
        },
      });
      const w = new Workspace(api, () => 'Untitled');
      await w.newWorkshop();
      setHeaderField(w.state.editor!, 'title', 'one');
      await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS + DRAFT_IDLE_MS);
      // The first draft: nothing known of its cost, the first idle moment serves.
      expect(writes).toEqual([5]);
      setHeaderField(w.state.editor!, 'title', 'two');
      await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS + DRAFT_IDLE_MS);
      // It took 20 ms: the 5 ms moments are passed over for the next 40 ms one.
      expect(writes).toEqual([5, 40]);
      // Only short moments: written anyway once DRAFT_IDLE_MS has passed.
      remaining.splice(0, remaining.length, 5);
      setHeaderField(w.state.editor!, 'title', 'three');
      await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS + DRAFT_IDLE_MS + 40);
      expect(writes).toEqual([5, 40, 5]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('each draft carries the revision of the document it holds, and the save names it', async () => {
    const { api, calls } = fakeApi({ 'workshop:saveAs': () => saved('/w/a.verkstad') });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'one');
    await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS + DRAFT_IDLE_MS);
    setHeaderField(w.state.editor!, 'title', 'two');
    await w.save();
    const draft = calls.find((c) => c.channel === 'draft:write')!.req as { revision: number };
    const save = calls.find((c) => c.channel === 'workshop:saveAs')!.req as { draft: { revision: number; draftId: string } };
    expect(save.draft.revision).toBeGreaterThan(draft.revision);
    expect(save.draft.draftId).toBe(w.state.editor!.state.draftId);
  });

  it('a draft that cannot be written is said, once, and said again only after one succeeded', async () => {
    let fail = true;
    const { api } = fakeApi({ 'draft:write': () => (fail ? { status: 'failed', problem: 'diskFull', detail: 'ENOSPC' } : { status: 'written' }) });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'a');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(w.state.notice).toMatchObject({ kind: 'draftFailed', problem: 'diskFull' });
    w.dismissNotice();
    setHeaderField(w.state.editor!, 'title', 'ab');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(w.state.notice).toBeNull();
    fail = false;
    setHeaderField(w.state.editor!, 'title', 'abc');
    await vi.advanceTimersByTimeAsync(2_000);
    fail = true;
    setHeaderField(w.state.editor!, 'title', 'abcd');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(w.state.notice).toMatchObject({ kind: 'draftFailed' });
  });

  // One save used four round trips (save, draft discard, recent list, draft list).
  it('a save is one round trip: main answers with the lists, and drops the draft itself', async () => {
    const recent = [{ path: '/w/a.verkstad', fileName: 'a.verkstad', title: 'A', lastOpenedAt: '2026-03-24T09:00:00.000Z', exists: true }];
    const { api, channels } = fakeApi({
      'workshop:openRecent': () => ({ status: 'opened', path: '/w/a.verkstad', fileName: 'a.verkstad', document: newWorkshop(), readOnly: false, fileVersion: null, stamp }),
      'workshop:save': (req) => ({ ...saved(req.path), recent }),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.openRecent('/w/a.verkstad');
    setHeaderField(w.state.editor!, 'title', 'mine');
    const before = channels().length;
    expect(await w.save()).toBe(true);
    expect(channels().slice(before)).toEqual(['workshop:save']);
    expect(w.state.recent).toEqual(recent);
  });

  it('a file moved or deleted since it was opened is never recreated silently: the user chooses', async () => {
    let attempts = 0;
    const { api, calls } = fakeApi({
      'workshop:openRecent': () => ({ status: 'opened', path: '/w/a.verkstad', fileName: 'a.verkstad', document: newWorkshop(), readOnly: false, fileVersion: null, stamp }),
      'workshop:save': (req) => (attempts++ === 0 ? { status: 'conflict', reason: 'missing' } : saved(req.path)),
      'dialog:askConflict': () => ({ choice: 'overwrite' }),
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.openRecent('/w/a.verkstad');
    setHeaderField(w.state.editor!, 'title', 'mine');
    expect(await w.save()).toBe(true);
    expect(calls.find((c) => c.channel === 'dialog:askConflict')?.req).toEqual({ fileName: 'a.verkstad', reason: 'missing' });
    expect(calls.filter((c) => c.channel === 'workshop:save').map((c) => c.req)).toMatchObject([{ overwrite: false }, { overwrite: true }]);
  });

  it('a save the disk did not confirm is saved, and says so', async () => {
    const { api } = fakeApi({ 'workshop:saveAs': () => ({ ...saved('/w/a.verkstad'), warning: 'notFlushed' }) });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'A');
    expect(await w.save()).toBe(true);
    expect(w.state.editor?.dirty).toBe(false);
    expect(w.state.notice).toEqual({ kind: 'savedNotFlushed', fileName: 'a.verkstad' });
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
      'workshop:save': (req) => (attempts++ === 0 ? { status: 'conflict', reason: 'changed' } : saved(req.path)),
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

  it('says so when the bridge refuses a save, instead of doing nothing, and Save still acts afterwards', async () => {
    let refuse = true;
    const { api } = fakeApi({
      'workshop:saveAs': () => {
        if (refuse) throw new Error('Invalid request: too_big');
        return saved('/w/a.verkstad');
      },
    });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'A');
    expect(await w.save()).toBe(false);
    expect(w.state.notice).toMatchObject({ kind: 'saveFailed', problem: 'unknown', detail: 'Invalid request: too_big' });
    expect(w.state.editor?.dirty).toBe(true);
    w.dismissNotice();
    refuse = false;
    expect(await w.saveAs()).toBe(true);
    expect(w.state.editor?.dirty).toBe(false);
  });

  it('names contents a file cannot hold as the reason a save failed', async () => {
    const { api } = fakeApi({ 'workshop:saveAs': () => Promise.reject(new Error('schema')) });
    const w = new Workspace(api, () => 'Untitled');
    await w.newWorkshop();
    setHeaderField(w.state.editor!, 'title', 'x'.repeat(5_000));
    expect(await w.save()).toBe(false);
    expect(w.state.notice).toMatchObject({ kind: 'saveFailed', problem: 'contents' });
    expect(w.state.notice).toMatchObject({ detail: expect.stringContaining('header.title') });
  });
});
