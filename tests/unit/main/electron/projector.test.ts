import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow } from './fakeElectron';

vi.mock('electron', () => fake);

const LINK = '2b9f0c4e-8d1a-4e6b-9c3d-5a7f1e2d4c6b';
const laptop = { id: 1, label: 'Built-in Retina', size: { width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const beamer = { id: 2, label: '', size: { width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

/** The fake window lacks what only the projector uses; these record it. */
function projectorWindow(): FakeBrowserWindow & Record<string, unknown> {
  const win = FakeBrowserWindow.all.at(-1) as FakeBrowserWindow & Record<string, unknown>;
  return win;
}

async function setup(displays: (typeof laptop)[]) {
  vi.mocked(fake.screen.getAllDisplays).mockReturnValue(displays as never);
  vi.mocked(fake.screen.getPrimaryDisplay).mockReturnValue(laptop as never);
  vi.mocked(fake.screen.getDisplayMatching).mockReturnValue(laptop as never);
  const { ProjectorWindow } = await import('../../../../main/electron/projector');
  const owner = Object.assign(new FakeBrowserWindow({}), { getBounds: () => ({ x: 10, y: 10, width: 1200, height: 800 }) });
  const onClosed = vi.fn();
  const projector = new ProjectorWindow({ startUrl: 'verkstad://app/index.html', owner: () => owner as never, onClosed });
  return { projector, onClosed };
}

describe('the Electron projector window', () => {
  beforeEach(() => {
    FakeBrowserWindow.all = [];
    vi.mocked(fake.powerSaveBlocker.start).mockClear();
    vi.mocked(fake.powerSaveBlocker.stop).mockClear();
  });

  it('lists the displays, naming one without a name by its size', async () => {
    const { projector } = await setup([laptop, beamer]);
    expect(await projector.displays()).toEqual([
      { id: 1, label: 'Built-in Retina', primary: true, width: 1440, height: 900 },
      { id: 2, label: '1920 × 1080', primary: false, width: 1920, height: 1080 },
    ]);
  });

  it('opens full screen on the display that is not the facilitator’s, with the main window’s security settings and no throttling, and keeps the display awake', async () => {
    const { projector } = await setup([laptop, beamer]);
    expect(await projector.open(null, LINK)).toEqual({ status: 'opened', displayId: 2 });
    const win = projectorWindow();
    expect(win.options).toMatchObject({ x: 1440, y: 0, fullscreen: true });
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, backgroundThrottling: false });
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(win.loadedUrl).toBe(`verkstad://app/index.html#projector=${LINK}`);
    expect(fake.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });

  it('with one screen it opens as an ordinary window the facilitator can switch to', async () => {
    const { projector } = await setup([laptop]);
    expect(await projector.open(null, LINK)).toEqual({ status: 'opened', displayId: 1 });
    expect(projectorWindow().options).toMatchObject({ fullscreen: false });
  });

  it('closing on purpose stops keeping the display awake without reporting it; closing from the OS is reported', async () => {
    const { projector, onClosed } = await setup([laptop, beamer]);
    await projector.open(2, LINK);
    await projector.close();
    expect(fake.powerSaveBlocker.stop).toHaveBeenCalled();
    expect(onClosed).not.toHaveBeenCalled();
    await projector.open(2, LINK);
    projectorWindow().close();
    expect(onClosed).toHaveBeenCalledOnce();
  });
});
