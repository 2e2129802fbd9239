import type { AppInfo, IpcErrorCode, OpenFileResult, OutboxSendResult, SaveFileResult } from '@shared/ipc/contract';

export type { AppInfo, OpenedFile, OpenFileResult, OutboxFailure, OutboxSendResult, SaveFileResult } from '@shared/ipc/contract';

/** The bridge's error codes plus `unavailable`, for an OS service this platform lacks. */
export type PlatformErrorCode = IpcErrorCode | 'unavailable';

/**
 * `message` is for developers (it may be English or empty); show the user the translated
 * text for `code` (see PLATFORM_ERROR_MESSAGE_KEYS).
 */
export type PlatformError = { code: PlatformErrorCode; message: string };

export type PlatformResult<T> = { ok: true; value: T } | { ok: false; error: PlatformError };

export type FileFilter = { name: string; extensions: string[] };

export type OpenFilesOptions = { multiple?: boolean; maxBytes?: number };

/** One upload of an encrypted bundle to a contact's endpoint; `bundleId` is the outbox entry's id. */
export type BundleUpload = { bundleId: string; endpoint: string; bytes: Uint8Array };

/** Every OS service the renderer uses, with one implementation per host. */
export type Platform = {
  appInfo: () => Promise<PlatformResult<AppInfo>>;
  saveFile: (bytes: Uint8Array, suggestedName: string, filters?: FileFilter[]) => Promise<PlatformResult<SaveFileResult>>;
  openFiles: (filters: FileFilter[], options?: OpenFilesOptions) => Promise<PlatformResult<OpenFileResult>>;
  copyText: (text: string) => Promise<PlatformResult<null>>;
  /** The system print dialog for the current page (what prints is up to the print stylesheet). */
  print: () => Promise<PlatformResult<null>>;
  /** Whether the current page can be saved as a PDF file directly (the desktop app); elsewhere print and choose "Save as PDF". */
  canSavePdf: boolean;
  /** Prints the current page to a PDF file the user places; `unavailable` where canSavePdf is false. */
  savePdf: (suggestedName: string) => Promise<PlatformResult<SaveFileResult>>;
  /**
   * Whether bundles can be uploaded to contacts' HTTPS endpoints: the desktop app can
   * (through its outbox session); a plain browser cannot, because the web build makes no
   * network requests at all.
   */
  canSendBundles: boolean;
  /** Uploads one encrypted bundle, once; `unavailable` where canSendBundles is false. */
  sendBundle: (upload: BundleUpload) => Promise<PlatformResult<OutboxSendResult>>;
};

export function platformFailure(code: PlatformErrorCode, message: string): { ok: false; error: PlatformError } {
  return { ok: false, error: { code, message } };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
