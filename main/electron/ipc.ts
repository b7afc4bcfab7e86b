import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels } from '../../shared/ipc/channels';
import { dispatch, type HandlerTable } from '../ipc/handlers';
import type { AppWindow } from './window';

export class UntrustedSender extends Error {}

/**
 * Binds the handler table to ipcMain, one handler per channel of the contract. Like VS Code's
 * validatedIpcMain, a message is accepted only from the top frame of one of our own windows
 * while it shows our own page; `dispatch` then checks the request against the contract.
 */
export function bindIpc(table: HandlerTable, windowOf: (win: BrowserWindow) => AppWindow | undefined, isAppUrl: (url: string) => boolean): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, raw: unknown) => {
      const sender = trustedSender(event, windowOf, isAppUrl);
      return dispatch(table, channel, raw, { window: sender.port, projector: sender.projector });
    });
  }
}

function trustedSender(event: IpcMainInvokeEvent, windowOf: (win: BrowserWindow) => AppWindow | undefined, isAppUrl: (url: string) => boolean): AppWindow {
  const frame = event.senderFrame;
  const win = BrowserWindow.fromWebContents(event.sender);
  const appWindow = win ? windowOf(win) : undefined;
  if (!frame || !appWindow) throw new UntrustedSender('IPC from a frame that is not a Verkstad window');
  if (frame.parent !== null || frame.frameToken !== event.sender.mainFrame.frameToken) {
    throw new UntrustedSender('IPC from a sub-frame');
  }
  if (!isAppUrl(frame.url)) throw new UntrustedSender('IPC from a page that is not the app');
  return appWindow;
}
