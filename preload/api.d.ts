import type { VerkstadApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** The contract, and nothing else: put here by the preload (Electron) or the Chromium host. */
    verkstad: VerkstadApi;
  }
}
export {};
