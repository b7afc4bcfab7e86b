import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, state } from './fakeElectron';

const dataDir = mkdtempSync(join(tmpdir(), 'userdata-'));
const appEvents = new Map<string, (...args: unknown[]) => void>();
const app = Object.assign(fake.app, {
  getPath: () => dataDir,
  requestSingleInstanceLock: () => true,
  getPreferredSystemLanguages: () => ['sv-SE'],
  getLocale: () => 'en-US',
  setAppUserModelId: vi.fn(),
  isReady: () => true,
  quit: vi.fn(),
  on: vi.fn((event: string, fn: (...args: unknown[]) => void) => appEvents.set(event, fn)),
});
(fake.session as Record<string, unknown>).defaultSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
};
vi.mock('electron', () => fake);
// Long enough for a file to be opened and parsed on a busy CI machine.
const tick = () => new Promise((r) => setTimeout(r, 100));

it('wires the app together', async () => {
  await import('../../../../main/electron/main');
  await tick();
  expect(fake.app.enableSandbox).toHaveBeenCalled();
  expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'verkstad' })]);
  expect(state.protocolHandler).not.toBeNull();
  const ses = fake.session.defaultSession as Record<string, ReturnType<typeof vi.fn>>;
  const requestHandler = ses.setPermissionRequestHandler!.mock.calls[0]![0] as (w: unknown, p: string, cb: (ok: boolean) => void) => void;
  const cb = vi.fn();
  requestHandler({}, 'media', cb);
  expect(cb).toHaveBeenCalledWith(false);
  expect((ses.setPermissionCheckHandler!.mock.calls[0]![0] as () => boolean)()).toBe(false);

  // web-contents-created hardening
  const contents = Object.assign(new (await import('node:events')).EventEmitter(), { setWindowOpenHandler: vi.fn() });
  appEvents.get('web-contents-created')!({}, contents);
  expect((contents.setWindowOpenHandler.mock.calls[0]![0] as () => unknown)()).toEqual({ action: 'deny' });
  const nav = { url: 'https://evil.example/', preventDefault: vi.fn() };
  contents.emit('will-navigate', nav);
  expect(nav.preventDefault).toHaveBeenCalled();
  const ok = { url: 'verkstad://app/index.html#x', preventDefault: vi.fn() };
  contents.emit('will-navigate', ok);
  expect(ok.preventDefault).not.toHaveBeenCalled();
  const wv = { preventDefault: vi.fn() };
  contents.emit('will-attach-webview', wv);
  expect(wv.preventDefault).toHaveBeenCalled();

  expect(FakeBrowserWindow.all).toHaveLength(1);
  const win = FakeBrowserWindow.all[0]!;
  expect(win.loadedUrl).toBe('verkstad://app/index.html');
  expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  // Swedish from the OS locale
  const firstMenu = fake.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ label: string }>;
  console.log('menu labels (sv):', firstMenu.map((m) => m.label).join(', '));

  const call = (channel: string, raw?: unknown) => Promise.resolve(state.ipcHandlers.get(channel)!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, raw));
  await expect(call('app:info')).resolves.toEqual({ host: 'electron', version: '0.1.0', platform: process.platform, language: 'sv' });
  await call('settings:update', { language: 'en' });
  expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  const secondMenu = fake.Menu.buildFromTemplate.mock.calls[1]![0] as Array<{ label: string }>;
  console.log('menu labels (en):', secondMenu.map((m) => m.label).join(', '));
  expect(secondMenu.map((m) => m.label)).toContain('File');

  // a file from the OS is opened and delivered once the renderer has loaded
  const file = join(dataDir, 'agenda.verkstad');
  copyFileSync(new URL('../../../fixtures/v1/agenda.verkstad', import.meta.url), file);
  const ev = { preventDefault: vi.fn() };
  appEvents.get('open-file')!(ev, file);
  await tick();
  expect(ev.preventDefault).toHaveBeenCalled();
  expect(win.webContents.sent).toEqual([]);
  // Opening the file takes a moment on a busy machine; the renderer's load delivers it once it is read.
  await vi.waitFor(
    () => {
      win.webContents.emit('did-finish-load');
      expect(win.webContents.sent[0]?.[0]).toBe('workshop:openedExternally');
    },
    { timeout: 10_000, interval: 50 },
  );
  expect(win.webContents.sent[0]![1]).toMatchObject({ status: 'opened', path: file });
  // ... and now it is a granted path, so it may be saved
  await expect(call('recent:list')).resolves.toEqual([expect.objectContaining({ path: file })]);

  // second instance with a file on its command line
  appEvents.get('second-instance')!({}, ['/opt/verkstad', '--flag', 'agenda.verkstad'], dataDir);
  await vi.waitFor(() => expect(win.webContents.sent.filter(([c]) => c === 'workshop:openedExternally')).toHaveLength(2), { timeout: 10_000, interval: 50 });

  // quit with unsaved work: the close is held, the renderer asked, then the quit continues
  await call('window:setState', { title: 'Agenda', dirty: true });
  appEvents.get('before-quit')!();
  win.close();
  expect(win.destroyed).toBe(false);
  expect(win.webContents.sent.at(-1)).toEqual(['app:closeRequested', {}]);
  expect(app.quit).not.toHaveBeenCalled();
  await call('window:closeConfirmed');
  expect(win.destroyed).toBe(true);
  expect(app.quit).toHaveBeenCalled();
});
