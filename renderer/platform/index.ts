/**
 * The renderer's only door to the operating system. The implementation is chosen once, at
 * startup: the Electron bridge when the preload exposed `window.habeas`, otherwise the
 * browser implementation used for development and end-to-end tests.
 */
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './types';

export function selectPlatform(win: Window): Platform {
  if (win.habeas === undefined) return createBrowserPlatform(win);
  return createElectronPlatform(win.habeas, win.navigator.clipboard, () => {
    win.print();
  });
}

export const platform: Platform = selectPlatform(window);

export { PLATFORM_ERROR_MESSAGE_KEYS } from './errorMessageKeys';
export type {
  AppInfo,
  BundleUpload,
  FileFilter,
  OpenedFile,
  OpenFileResult,
  OpenFilesOptions,
  OutboxFailure,
  OutboxSendResult,
  Platform,
  PlatformError,
  PlatformErrorCode,
  PlatformResult,
  SaveFileResult,
} from './types';
