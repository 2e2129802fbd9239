/**
 * The sandboxed preload: the page gets `window.habeas`, one frozen object with one named
 * function per contract channel, and nothing else. It imports only the channel names
 * (types are erased), so zod and the schemas never enter the renderer process; the main
 * process validates every request.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS } from '@shared/ipc/channels';
import type { Channel, HabeasApi } from '@shared/ipc/contract';

/**
 * Forwards exactly one argument, so the page cannot smuggle extra ones, and returns only
 * the result, so it never sees the IPC event. The result's type comes from `HabeasApi`.
 */
function bridge(channel: Channel) {
  return (request: unknown) => ipcRenderer.invoke(channel, request);
}

const api = Object.freeze({
  appInfo: bridge(API_CHANNELS.appInfo),
  saveFile: bridge(API_CHANNELS.saveFile),
  openFile: bridge(API_CHANNELS.openFile),
  sendBundle: bridge(API_CHANNELS.sendBundle),
  savePdf: bridge(API_CHANNELS.savePdf),
} satisfies HabeasApi);

contextBridge.exposeInMainWorld('habeas', api);
