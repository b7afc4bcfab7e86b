import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, state } from './fakeElectron';

vi.mock('electron', () => fake);

describe('protocol', () => {
  it('serves the renderer with the CSP and refuses everything else', async () => {
    const { handleAppProtocol } = await import('../../../../main/electron/protocol');
    const root = mkdtempSync(join(tmpdir(), 'renderer-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'a.js'), 'export {}');
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    handleAppProtocol(root);
    const get = (url: string, method = 'GET') => state.protocolHandler!(new Request(url, { method }));

    const page = await get('verkstad://app/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toBe('<!doctype html>');
    expect((await get('verkstad://app/assets/a.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('verkstad://app/..%2fsecret.txt')).status).toBe(403);
    expect((await get('verkstad://other/index.html')).status).toBe(403);
    expect((await get('verkstad://app/missing.js')).status).toBe(404);
    expect((await get('verkstad://app/missing.js')).headers.get('content-security-policy')).not.toBeNull();
    expect((await get('verkstad://app/index.html', 'POST')).status).toBe(405);
  });
});

describe('preload', () => {
  it('exposes only the contract', async () => {
    await import('../../../../preload/index');
    const api = state.exposed.get('verkstad') as {
      invoke: (channel: string, req?: unknown) => Promise<unknown>;
      on: (event: string, listener: (p: unknown) => void) => () => void;
    };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(() => api.invoke('fs:readAnything', {})).toThrow(/Unknown channel/);
    await api.invoke('recent:remove', { path: '/x' }, ...(['extra'] as unknown as []));
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('recent:remove', { path: '/x' });
    expect(() => api.on('anything', () => {})).toThrow(/Unknown event/);

    const listener = vi.fn();
    const off = api.on('menu:command', listener);
    const wrapped = fake.ipcRenderer.on.mock.calls.at(-1)![1] as (e: unknown, p: unknown) => void;
    wrapped({ sender: 'ipcRenderer itself' }, { command: 'workshop.save' });
    expect(listener).toHaveBeenCalledWith({ command: 'workshop.save' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', wrapped);
  });
});

describe('window and IPC', () => {
  beforeEach(() => {
    FakeBrowserWindow.all = [];
    state.ipcHandlers.clear();
  });

  async function setup() {
    const { AppWindow } = await import('../../../../main/electron/window');
    const { bindIpc } = await import('../../../../main/electron/ipc');
    const { createAppUrlCheck, APP_ENTRY_URL } = await import('../../../../main/electron/appOrigin');
    const closed: boolean[] = [];
    const appWindow = new AppWindow({ preloadPath: '/p/index.cjs', startUrl: APP_ENTRY_URL, onClosed: (_w, { confirmed }) => closed.push(confirmed) });
    const win = appWindow.win as unknown as FakeBrowserWindow;
    const table = { 'window:setState': vi.fn(async (req, ctx) => (ctx.window.setState(req), { ok: true })), 'window:closeConfirmed': vi.fn(async (_r, ctx) => (ctx.window.closeConfirmed(), { ok: true })) };
    bindIpc(table as never, (w) => (w === (win as unknown) ? appWindow : undefined), createAppUrlCheck(undefined));
    const call = (channel: string, raw: unknown, frame: Record<string, unknown> | null = win.webContents.mainFrame, sender: unknown = win.webContents) =>
      Promise.resolve().then(() => state.ipcHandlers.get(channel)!({ sender, senderFrame: frame }, raw));
    return { appWindow, win, call, closed, table };
  }

  it('makes a secure window', async () => {
    const { win } = await setup();
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/p/index.cjs' });
    expect(win.loadedUrl).toBe('verkstad://app/index.html');
  });

  it('binds every invoke channel and refuses strangers', async () => {
    const { call, win } = await setup();
    const { invokeChannels } = await import('../../../../shared/ipc/channels');
    expect([...state.ipcHandlers.keys()].sort()).toEqual([...invokeChannels].sort());
    await expect(call('window:setState', { title: 'A', dirty: false }, { ...win.webContents.mainFrame, url: 'https://evil.example/' })).rejects.toThrow(/not the app/);
    await expect(call('window:setState', { title: 'A', dirty: false }, { frameToken: 'sub', parent: {}, url: 'verkstad://app/index.html' })).rejects.toThrow(/sub-frame/);
    await expect(call('window:setState', { title: 'A', dirty: false }, null)).rejects.toThrow(/not a Verkstad window/);
    await expect(call('window:setState', { title: 'A', dirty: false }, win.webContents.mainFrame, { other: true })).rejects.toThrow(/not a Verkstad window/);
    await expect(call('window:setState', { title: 'A', dirty: 'yes' })).rejects.toThrow(/invalid request/);
    await expect(call('window:setState', { title: 'Plan', dirty: true })).resolves.toEqual({ ok: true });
    expect(win.title).toBe(process.platform === 'darwin' ? 'Plan — Verkstad' : '• Plan — Verkstad');
  });

  it('asks the renderer before closing a dirty window, and closes once confirmed', async () => {
    const { win, call, closed } = await setup();
    win.close(); // clean and not loaded: closes
    expect(closed).toEqual([false]);

    const second = await setup();
    second.win.webContents.emit('did-finish-load');
    await second.call('window:setState', { title: 'Plan', dirty: true });
    second.win.close();
    expect(second.win.destroyed).toBe(false);
    expect(second.win.webContents.sent).toEqual([['app:closeRequested', {}]]);
    await second.call('window:closeConfirmed', undefined);
    expect(second.win.destroyed).toBe(true);
    expect(second.closed).toEqual([true]);
    void call;
  });

  it('holds events until the renderer has loaded', async () => {
    const { appWindow, win } = await setup();
    appWindow.send('menu:command', { command: 'workshop.open' });
    expect(win.webContents.sent).toEqual([]);
    win.webContents.emit('did-finish-load');
    expect(win.webContents.sent).toEqual([['menu:command', { command: 'workshop.open' }]]);
    expect(() => appWindow.send('menu:command', { command: 'nope' } as never)).toThrow();
  });
});

describe('menu', () => {
  it('shows shortcuts without registering them, and sends commands', async () => {
    const { menuItems } = await import('../../../../main/electron/menu');
    const command = vi.fn();
    const items = menuItems((k) => `t:${k}`, 'linux', { command, about: vi.fn() });
    expect(items.map((i) => i.label)).toEqual(['t:menu.file', 't:menu.edit', 't:run.menu.run', 't:canvasMenu.arrange', 't:menu.view', 't:menu.help']);
    // The canvas's actions, with their own keys shown.
    const arrange = items[3]!.submenu as Array<Record<string, unknown>>;
    const alignLeft = arrange.find((i) => i.label === 't:canvas.toolbar.alignLeft')!;
    expect(alignLeft).toMatchObject({ accelerator: 'Alt+Shift+L', registerAccelerator: false });
    (alignLeft.click as (a: unknown, w: unknown) => void)(null, undefined);
    expect(command).toHaveBeenCalledWith('align.left', undefined);
    const file = items[0]!.submenu as Array<Record<string, unknown>>;
    const save = file.find((i) => i.label === 't:menu.save')!;
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    (save.click as (a: unknown, w: unknown) => void)(null, undefined);
    expect(command).toHaveBeenCalledWith('workshop.save', undefined);
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 't:menu.quit' });
  });

  it('puts About, Settings and Quit in the app menu on macOS', async () => {
    const { menuItems } = await import('../../../../main/electron/menu');
    const items = menuItems((k) => k, 'darwin', { command: vi.fn(), about: vi.fn() });
    const appMenu = items[0]!.submenu as Array<Record<string, unknown>>;
    expect(appMenu.map((i) => i.role ?? i.label ?? i.type)).toEqual(['menu.about', 'separator', 'menu.settings', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    const file = items[1]!.submenu as Array<Record<string, unknown>>;
    expect(file.some((i) => i.role === 'quit' || i.label === 'menu.settings')).toBe(false);
    expect(file.at(-1)!.type).not.toBe('separator');
    // About moved to the app menu; Help keeps the shortcut sheet.
    expect(items.find((i) => i.label === 'menu.help')?.submenu).toMatchObject([{ label: 'run.menu.shortcuts' }]);
    expect(items.at(-1)).toEqual({ role: 'windowMenu' });
  });
});
