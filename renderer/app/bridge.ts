import type { VerkstadApi } from '../../shared/ipc/contract';

/**
 * The one way to main for code that runs outside the Workspace (panels, the projector, export
 * dialogs): the contract the host put on `window.verkstad` — the preload in Electron, the
 * Chromium host's init script otherwise.
 */
export function bridge(): VerkstadApi {
  return window.verkstad;
}
