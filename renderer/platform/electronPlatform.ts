/** The platform inside Electron: every call goes through the preload's `window.habeas`. */
import type { IpcResult } from '@shared/ipc/contract';
import { copyText } from './copyText';
import type { HabeasBridge } from './habeasGlobal';
import { plainBytes } from './plainBytes';
import { printPage } from './printPage';
import type { Platform, PlatformResult } from './types';
import { errorMessage, platformFailure } from './types';

// The bridge answers errors as data, but a crashed main process or a detached frame still
// rejects the promise; that must reach the UI as an `internal` error, not an exception.
async function call<T>(invoke: () => Promise<IpcResult<T>>): Promise<PlatformResult<T>> {
  try {
    return await invoke();
  } catch (error) {
    return platformFailure('internal', errorMessage(error));
  }
}

export function createElectronPlatform(bridge: HabeasBridge, clipboard?: Clipboard, print?: () => void): Platform {
  return {
    appInfo: () => call(() => bridge.appInfo({})),
    saveFile: (bytes, suggestedName, filters) =>
      call(() => bridge.saveFile({ bytes: plainBytes(bytes), suggestedName, ...(filters && { filters }) })),
    openFiles: (filters, options = {}) => call(() => bridge.openFile({ filters, ...options })),
    copyText: (text) => copyText(clipboard, text),
    print: () => printPage(print),
    canSavePdf: true,
    savePdf: (suggestedName) => call(() => bridge.savePdf({ suggestedName })),
    canSendBundles: true,
    sendBundle: (upload) => call(() => bridge.sendBundle({ ...upload, bytes: plainBytes(upload.bytes) })),
  };
}
