/**
 * The bridge's surface: one named function on `window.habeas` per IPC channel.
 * Kept free of schemas so the sandboxed preload bundles nothing but these names.
 * Channel names follow `domain:verb`.
 */
export const API_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  sendBundle: 'outbox:send',
  savePdf: 'pdf:save',
} as const;

export type ApiMethod = keyof typeof API_CHANNELS;
export type Channel = (typeof API_CHANNELS)[ApiMethod];
