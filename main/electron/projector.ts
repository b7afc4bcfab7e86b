import { app, BrowserWindow, powerSaveBlocker, screen, type Display as ElectronDisplay } from 'electron';
import type { Display, ProjectorOpened } from '../../shared/ipc/runContract';
import type { ProjectorPort } from '../ipc/ports';

export interface ProjectorOptions {
  /** The app's page; the projector loads it with `#projector`. */
  startUrl: string;
  /** The facilitator's window: the projector prefers another display than this one. */
  owner: () => BrowserWindow | null;
  /** The projector closed by itself (the OS, a display unplugged), not by the facilitator's button. */
  onClosed(): void;
}

function describe(display: ElectronDisplay, primaryId: number): Display {
  const { width, height } = display.size;
  return { id: display.id, label: display.label || `${width} × ${height}`, primary: display.id === primaryId, width, height };
}

/**
 * The projector window of one facilitator window: full screen on the chosen display (by default
 * a display other than the facilitator's), showing the run view for the room. It gets no preload
 * and no IPC: it follows the facilitator's page over a BroadcastChannel of the same origin. While
 * it is open the display is kept awake.
 */
export class ProjectorWindow implements ProjectorPort {
  private win: BrowserWindow | null = null;
  private blocker: number | null = null;
  private closingOnPurpose = false;

  constructor(private readonly options: ProjectorOptions) {}

  async displays(): Promise<Display[]> {
    const primaryId = screen.getPrimaryDisplay().id;
    return screen.getAllDisplays().map((display) => describe(display, primaryId));
  }

  private chooseDisplay(displayId: number | null): ElectronDisplay {
    const all = screen.getAllDisplays();
    const chosen = all.find((display) => display.id === displayId);
    if (chosen) return chosen;
    const owner = this.options.owner();
    const facilitator = owner ? screen.getDisplayMatching(owner.getBounds()) : screen.getPrimaryDisplay();
    return all.find((display) => display.id !== facilitator.id) ?? facilitator;
  }

  async open(displayId: number | null, link: string): Promise<ProjectorOpened> {
    const display = this.chooseDisplay(displayId);
    const owner = this.options.owner();
    const sameScreen = owner !== null && screen.getDisplayMatching(owner.getBounds()).id === display.id && screen.getAllDisplays().length > 1;
    // On the facilitator's own screen (one screen) the projector is an ordinary window the
    // facilitator toggles to; on another screen it fills it.
    const fullScreen = screen.getAllDisplays().length > 1 && !sameScreen;
    const { x, y, width, height } = display.workArea;
    if (this.win && !this.win.isDestroyed()) {
      this.win.setFullScreen(false);
      this.win.setBounds({ x, y, width, height });
      this.win.setFullScreen(fullScreen);
      this.win.show();
      if (!this.win.webContents.getURL().endsWith(link)) void this.win.loadURL(`${this.options.startUrl.split('#')[0]}#projector=${encodeURIComponent(link)}`);
      return { status: 'opened', displayId: display.id };
    }
    try {
      this.win = new BrowserWindow({
        x,
        y,
        width,
        height,
        fullscreen: fullScreen,
        title: 'Verkstad',
        backgroundColor: '#0f1f1c',
        autoHideMenuBar: true,
        show: false,
        // The same settings as the facilitator's window (window.ts), written out for review and
        // Electronegativity; no preload, because the projector needs nothing from main.
        webPreferences: {
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
          spellcheck: false,
          // A timer window: Chromium must not slow its timers when it is covered or unfocused.
          backgroundThrottling: false,
          // The projector is never clicked into; the middle button has no use there.
          disableBlinkFeatures: 'Auxclick',
          devTools: !app.isPackaged,
        },
      });
    } catch (error) {
      return { status: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    const win = this.win;
    win.once('ready-to-show', () => win.showInactive());
    win.on('closed', () => {
      if (this.win === win) this.win = null;
      this.stopKeepingAwake();
      if (!this.closingOnPurpose) this.options.onClosed();
      this.closingOnPurpose = false;
    });
    if (this.blocker === null) this.blocker = powerSaveBlocker.start('prevent-display-sleep');
    void win.loadURL(`${this.options.startUrl.split('#')[0]}#projector=${encodeURIComponent(link)}`);
    return { status: 'opened', displayId: display.id };
  }

  async close(): Promise<void> {
    const win = this.win;
    if (!win || win.isDestroyed()) return;
    this.closingOnPurpose = true;
    win.close();
  }

  private stopKeepingAwake(): void {
    if (this.blocker !== null && powerSaveBlocker.isStarted(this.blocker)) powerSaveBlocker.stop(this.blocker);
    this.blocker = null;
  }
}
