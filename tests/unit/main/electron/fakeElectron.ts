import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export const state = {
  protocolHandler: null as null | ((req: Request) => Promise<Response>),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  exposed: new Map<string, unknown>(),
  focused: null as FakeBrowserWindow | null,
};

let nextId = 1;
class FakeWebContents extends EventEmitter {
  sent: Array<[string, unknown]> = [];
  mainFrame = { frameToken: `frame-${nextId}`, parent: null, url: '' };
  crashed = false;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  isCrashed() {
    return this.crashed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  id = nextId++;
  title = '';
  documentEdited = false;
  destroyed = false;
  loadedUrl = '';
  webContents = new FakeWebContents();
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(contents: unknown) {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  static getFocusedWindow() {
    return state.focused;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {}
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}

export const fake = {
  app: { isPackaged: false, name: 'Verkstad', getVersion: () => '0.1.0', getPath: () => '/tmp', on: vi.fn(), whenReady: () => Promise.resolve(), enableSandbox: vi.fn() },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((_scheme: string, handler: (req: Request) => Promise<Response>) => {
      state.protocolHandler = handler;
    }),
  },
  ipcMain: { handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => state.ipcHandlers.set(channel, fn)) },
  ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })), on: vi.fn(), removeListener: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => state.exposed.set(key, api)) },
  Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
  BrowserWindow: FakeBrowserWindow,
  dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  session: { defaultSession: {} },
  powerMonitor: { on: vi.fn() },
  powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn(), isStarted: vi.fn(() => true) },
  screen: {
    getAllDisplays: vi.fn(() => [{ id: 1, label: 'Built-in', size: { width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
    getPrimaryDisplay: vi.fn(() => ({ id: 1 })),
    getDisplayMatching: vi.fn(() => ({ id: 1 })),
  },
};
