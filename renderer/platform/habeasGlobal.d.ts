import type { HabeasApi } from '@shared/ipc/contract';

/** The bridge the Electron preload exposes; absent when the renderer runs in a plain browser. */
export type HabeasBridge = HabeasApi;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging with the DOM's Window needs an interface
  interface Window {
    readonly habeas?: HabeasBridge;
  }
}
