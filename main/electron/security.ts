import { app, session, type WebContents } from 'electron';

/**
 * App-wide settings that must be in place before the first window: every renderer sandboxed,
 * every permission refused (the app needs no camera, location, notifications, …), and every
 * web contents unable to open windows, attach webviews or navigate away from the app.
 */
export function hardenApp(isAppUrl: (url: string) => boolean): void {
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl));

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    // No device pickers either: the app never asks for HID, serial or USB devices.
    ses.setDevicePermissionHandler(() => false);
  });
}

function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  // Links and window.open never create windows; the app has no external links to follow.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // The report preview is a sandboxed srcdoc frame without scripts; its only navigation is about:srcdoc.
    if (!event.isMainFrame && event.url === 'about:srcdoc') return;
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  // webviewTag is off; this refuses a <webview> even if something turned it back on.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
