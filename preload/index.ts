import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, invokeChannels, type EventChannel, type InvokeChannel } from '../shared/ipc/channels';
import type { VerkstadApi } from '../shared/ipc/contract';

/**
 * The sandboxed preload: it exposes the contract's channels on `window.verkstad` and nothing
 * else. No channel name comes from the page unchecked, and the page never sees ipcRenderer or
 * an IpcRendererEvent (whose `sender` would hand it the whole of ipcRenderer).
 */
const invokable = new Set<string>(invokeChannels);
const listenable = new Set<string>(eventChannels);

const api: VerkstadApi = {
  invoke: ((channel: InvokeChannel, ...args: unknown[]) => {
    if (!invokable.has(channel)) throw new Error(`Unknown channel ${String(channel)}`);
    // Every channel takes at most one request object; extra arguments are dropped, not forwarded.
    return ipcRenderer.invoke(channel, args[0]);
  }) as VerkstadApi['invoke'],

  on: ((event: EventChannel, listener: (payload: unknown) => void) => {
    if (!listenable.has(event)) throw new Error(`Unknown event ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  }) as VerkstadApi['on'],
};

contextBridge.exposeInMainWorld('verkstad', api);
