/**
 * The renderer's only door to the operating system. The implementation is chosen once, at
 * startup: the Electron bridge when the preload exposed `window.habeas`, otherwise the
 * browser implementation used for development and end-to-end tests.
 */
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './types';

export function selectPlatform(win: Window): Platform {
  return win.habeas === undefined ? createBrowserPlatform(win) : createElectronPlatform(win.habeas, win.navigator.clipboard);
}

export const platform: Platform = selectPlatform(window);

export { PLATFORM_ERROR_MESSAGE_KEYS } from './errorMessageKeys';
export type {
  AppInfo,
  FileFilter,
  OpenedFile,
  OpenFileResult,
  OpenFilesOptions,
  Platform,
  PlatformError,
  PlatformErrorCode,
  PlatformResult,
  SaveFileResult,
} from './types';
