import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, powerMonitor, type BaseWindow } from 'electron';
import type { CommandId } from '../../shared/commands';
import { createHandlers } from '../ipc/handlers';
import type { DialogPort, HostInfo } from '../ipc/ports';
import { createServices, type Services } from '../services';
import { createElectronDialogs, showAbout } from './dialogs';
import { bindIpc } from './ipc';
import { languageSource } from './language';
import { installMenu, type MenuActions } from './menu';
import { workshopPathsFromArgv } from './openFiles';
import { APP_ENTRY_URL, createAppUrlCheck } from './appOrigin';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { exportArgsFromArgv, runHeadlessExport } from './headlessExport';
import { createElectronPrinter } from './printer';
import { hardenApp } from './security';
import { AppWindow } from './window';

// Built layout: out/main/index.js (this file), out/preload/index.cjs, out/renderer/.
const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererRoot = join(here, '../renderer');
// `electron-vite dev` serves the renderer itself; a packaged app never loads a URL from the environment.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isAppUrl = createAppUrlCheck(devServerUrl);

// One Verkstad process: a second launch (double-clicking a file) hands its files to this one.
// `Verkstad --export …` prints a PDF without any window and exits with the command's status;
// it takes no single-instance lock, so it also runs beside an open Verkstad.
const exportArgs = exportArgsFromArgv(process.argv);
if (exportArgs) {
  hardenApp(() => false);
  void runHeadlessExport(exportArgs).then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  registerAppScheme();
  hardenApp(isAppUrl);
  if (process.platform === 'win32') app.setAppUserModelId('se.verkstad.app');

  const windows = new Set<AppWindow>();
  let services: Services | null = null;
  // Set by Cmd+Q / File › Quit. A window with unsaved work stops the quit and asks its renderer;
  // when the user then confirms the close, the quit continues. Cancelling a dialog drops it.
  let quitPending = false;
  // Files that arrive before the app is ready (macOS sends open-file very early).
  const earlyPaths: string[] = [];

  const windowOf = (win: BaseWindow | undefined | null) => [...windows].find((w) => win != null && w.win.id === win.id);
  const currentWindow = () => windowOf(BrowserWindow.getFocusedWindow()) ?? [...windows][0];

  const createWindow = (): AppWindow => {
    const appWindow = new AppWindow({
      preloadPath,
      startUrl: devServerUrl ?? APP_ENTRY_URL,
      onClosed: (closed, { confirmed }) => {
        windows.delete(closed);
        // The room belongs to the window that opened it.
        void services?.room.closeFor(closed.port);
        if (confirmed && quitPending) app.quit();
      },
    });
    windows.add(appWindow);
    return appWindow;
  };

  const openExternally = async (path: string): Promise<void> => {
    if (!services) {
      earlyPaths.push(path);
      return;
    }
    const target = currentWindow() ?? createWindow();
    target.focus();
    try {
      target.send('workshop:openedExternally', await services.openChosenPath(path));
    } catch (error) {
      console.error('Could not open a file passed to Verkstad:', error);
    }
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openExternally(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!app.isReady()) return;
    (currentWindow() ?? createWindow()).focus();
    for (const path of workshopPathsFromArgv(argv, workingDirectory)) void openExternally(path);
  });

  app.on('before-quit', () => {
    quitPending = true;
  });
  app.on('will-quit', () => void services?.room.close());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && windows.size === 0) createWindow();
  });

  void app.whenReady().then(() => {
    const ready = createServices({ dataDir: app.getPath('userData'), roomPageDir: join(here, '../participant') });
    ready.draftPreparer.warm();
    const osLocale = app.getPreferredSystemLanguages()[0] ?? app.getLocale();
    const host: HostInfo = { host: 'electron', version: app.getVersion(), platform: process.platform, osLocale };
    const language = languageSource(ready, osLocale);

    handleAppProtocol(rendererRoot);

    const native = createElectronDialogs(language, () => currentWindow()?.win);
    const dialogs: DialogPort = {
      ...native,
      askUnsaved: async (fileName) => {
        const choice = await native.askUnsaved(fileName);
        if (choice === 'cancel') quitPending = false;
        return choice;
      },
      askConflict: async (fileName, reason) => {
        const choice = await native.askConflict(fileName, reason);
        if (choice === 'cancel') quitPending = false;
        return choice;
      },
    };

    const menuActions: MenuActions = {
      command: (command: CommandId, window) => {
        const target = windowOf(window) ?? currentWindow();
        if (target) target.send('menu:command', { command });
        else if (command === 'workshop.new' || command === 'workshop.open') createWindow().send('menu:command', { command });
      },
      about: (window) => void showAbout(language, window),
    };

    const table = createHandlers({ services: ready, dialogs, host, printer: createElectronPrinter() });
    // The menu is in the app's language: rebuild it whenever the settings change.
    const updateSettings = table['settings:update'];
    table['settings:update'] = async (patch, ctx) => {
      const settings = await updateSettings(patch, ctx);
      await installMenu(language, menuActions);
      return settings;
    };
    bindIpc(table, (win) => windowOf(win), isAppUrl);

    void installMenu(language, menuActions);
    createWindow();
    // After sleep, timers re-read the clock at once rather than at their next frame.
    powerMonitor.on('resume', () => {
      for (const window of windows) window.send('system:resumed', {});
    });

    services = ready;
    const paths = [...earlyPaths.splice(0), ...workshopPathsFromArgv(process.argv, process.cwd())];
    for (const path of paths) void openExternally(path);
  });
}
