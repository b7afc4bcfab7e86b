import { app, BrowserWindow } from 'electron';
import type { EventChannel } from '../../shared/ipc/channels';
import { events, type EventPayload } from '../../shared/ipc/contract';
import type { WindowPort } from '../ipc/ports';
import { ProjectorWindow } from './projector';

export interface AppWindowOptions {
  preloadPath: string;
  startUrl: string;
  /** Called once the window is gone; `confirmed` when it closed after the renderer's close prompt. */
  onClosed(window: AppWindow, how: { confirmed: boolean }): void;
}

/**
 * One Verkstad window and what main knows of its renderer: whether its workshop has unsaved
 * changes (the renderer says so through `window:setState`) and whether it has loaded, so events
 * sent before that wait in an outbox instead of being lost.
 */
export class AppWindow {
  readonly win: BrowserWindow;
  private dirty = false;
  private closeAllowed = false;
  private loaded = false;
  private outbox: Array<() => void> = [];

  /** What `window:setState` and `window:closeConfirmed` act on. */
  readonly port: WindowPort = {
    setState: ({ title, dirty }) => this.setState(title, dirty),
    closeConfirmed: () => this.closeConfirmed(),
    send: (event, payload) => this.send(event, payload),
  };

  /** The run mode's projector window that belongs to this window. */
  readonly projector: ProjectorWindow;

  constructor(options: AppWindowOptions) {
    this.win = new BrowserWindow({
      width: 1400,
      height: 900,
      minWidth: 800,
      minHeight: 560,
      title: 'Verkstad',
      show: false,
      backgroundColor: '#ffffff',
      // Written out here, not built by a helper, so that reviewers and Electronegativity see them
      // where the window is made. Each line is an item of Electron's security checklist
      // (docs/security.md): the page gets the preload's `window.verkstad` and nothing of Node.
      webPreferences: {
        preload: options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: true,
        // The run timer lives here: Chromium must not slow its timers when the window is covered.
        backgroundThrottling: false,
        // Developer tools only while developing; a packaged app has no use for them.
        devTools: !app.isPackaged,
      },
    });
    const contents = this.win.webContents;
    this.projector = new ProjectorWindow({
      startUrl: options.startUrl,
      owner: () => (this.win.isDestroyed() ? null : this.win),
      onClosed: () => this.send('projector:closed', {}),
    });

    this.win.once('ready-to-show', () => this.win.show());
    // The title is ours (setState), not the page's <title>.
    this.win.on('page-title-updated', (event) => event.preventDefault());

    contents.on('did-start-navigation', (event) => {
      if (event.isMainFrame && !event.isSameDocument) this.loaded = false;
    });
    contents.on('did-finish-load', () => {
      this.loaded = true;
      const pending = this.outbox;
      this.outbox = [];
      for (const deliver of pending) deliver();
    });

    // Unsaved changes: the renderer asks the user, saves if asked to, then calls
    // window:closeConfirmed. A renderer that is gone or never loaded cannot answer, so it
    // does not get to hold the window open (its work is in the drafts folder).
    this.win.on('close', (event) => {
      if (this.closeAllowed || !this.dirty || !this.loaded || contents.isCrashed()) return;
      event.preventDefault();
      this.send('app:closeRequested', {});
    });
    this.win.on('closed', () => {
      void this.projector.close();
      options.onClosed(this, { confirmed: this.closeAllowed });
    });

    void this.win.loadURL(options.startUrl);
  }

  /** Sends an event of the contract to the renderer, once it has loaded. */
  send<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].parse(payload);
    const deliver = () => {
      if (!this.win.isDestroyed()) this.win.webContents.send(event, checked);
    };
    if (this.loaded) deliver();
    else this.outbox.push(deliver);
  }

  focus(): void {
    if (this.win.isMinimized()) this.win.restore();
    this.win.show();
    this.win.focus();
  }

  private setState(title: string, dirty: boolean): void {
    this.dirty = dirty;
    // macOS marks unsaved documents with the dot in the close button (setDocumentEdited);
    // Windows and Linux have no such convention, so the title carries the marker.
    const marker = dirty && process.platform !== 'darwin' ? '• ' : '';
    this.win.setTitle(`${marker}${title} — Verkstad`);
    if (process.platform === 'darwin') this.win.setDocumentEdited(dirty);
  }

  private closeConfirmed(): void {
    this.closeAllowed = true;
    this.win.close();
  }
}
