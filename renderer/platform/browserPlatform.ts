/**
 * The platform in a plain browser (development and end-to-end tests): downloads instead of
 * a save dialog, a file input instead of an open dialog. Requests are checked with the same
 * schemas the main process uses, so both hosts refuse the same input.
 */
import type { AppInfo, OpenedFile } from '@shared/ipc/contract';
import { FILE_MAX_BYTES, FILE_OPEN_MAX_FILES, requestSchemas } from '@shared/ipc/contract';
import { version } from '../../package.json';
import { copyText } from './copyText';
import { pickFiles } from './pickFiles';
import { printPage } from './printPage';
import { plainBytes } from './plainBytes';
import type { FileFilter, OpenFileResult, OpenFilesOptions, Platform, PlatformResult, SaveFileResult } from './types';
import { errorMessage, platformFailure } from './types';

const PRODUCT_NAME = 'Habeas';
/** Chromium reads a blob URL asynchronously after the click; revoking at once can abort the download. */
const REVOKE_OBJECT_URL_DELAY_MS = 60_000;

export async function sha256Hex(subtle: SubtleCrypto, bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', plainBytes(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function osFromUserAgent(userAgent: string): string {
  const known = [
    ['Windows', /Windows/],
    ['Android', /Android/],
    ['ChromeOS', /CrOS/],
    ['macOS', /Mac OS X/],
    ['Linux', /Linux/],
  ] as const;
  return known.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? 'unknown';
}

function appInfo(win: Window): AppInfo {
  const chrome = /Chrome\/([\d.]+)/.exec(win.navigator.userAgent)?.[1];
  return {
    name: PRODUCT_NAME,
    version,
    platform: 'browser',
    os: osFromUserAgent(win.navigator.userAgent),
    versions: chrome === undefined ? {} : { chrome },
  };
}

async function saveFile(win: Window, bytes: Uint8Array, suggestedName: string, filters?: FileFilter[]): Promise<PlatformResult<SaveFileResult>> {
  const request = requestSchemas['file:save'].safeParse({ bytes, suggestedName, ...(filters && { filters }) });
  if (!request.success) return platformFailure('bad-request', request.error.message);
  try {
    const sha256 = await sha256Hex(win.crypto.subtle, bytes);
    const url = URL.createObjectURL(new Blob([plainBytes(bytes)], { type: 'application/octet-stream' }));
    const link = win.document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    win.setTimeout(() => {
      URL.revokeObjectURL(url);
    }, REVOKE_OBJECT_URL_DELAY_MS);
    // A download cannot be cancelled from the page's point of view: it is always "saved".
    return { ok: true, value: { status: 'saved', fileName: suggestedName, bytesWritten: bytes.byteLength, sha256 } };
  } catch (error) {
    return platformFailure('io-error', errorMessage(error));
  }
}

async function readChosenFiles(files: File[], maxBytes: number): Promise<PlatformResult<OpenFileResult>> {
  if (files.length > FILE_OPEN_MAX_FILES) return platformFailure('bad-request', `more than ${String(FILE_OPEN_MAX_FILES)} files`);
  const tooLarge = files.find((file) => file.size > maxBytes);
  if (tooLarge !== undefined) return platformFailure('too-large', `a file is over ${String(maxBytes)} bytes`);
  try {
    const opened: OpenedFile[] = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    return { ok: true, value: { status: 'opened', files: opened } };
  } catch (error) {
    return platformFailure('io-error', errorMessage(error));
  }
}

async function openFiles(win: Window, filters: FileFilter[], options: OpenFilesOptions = {}): Promise<PlatformResult<OpenFileResult>> {
  const request = requestSchemas['file:open'].safeParse({ filters, ...options });
  if (!request.success) return platformFailure('bad-request', request.error.message);
  const files = await pickFiles(win.document, filters, options.multiple ?? false);
  if (files === null || files.length === 0) return { ok: true, value: { status: 'cancelled' } };
  return readChosenFiles(files, options.maxBytes ?? FILE_MAX_BYTES);
}

export function createBrowserPlatform(win: Window): Platform {
  return {
    appInfo: () => Promise.resolve({ ok: true, value: appInfo(win) }),
    saveFile: (bytes, suggestedName, filters) => saveFile(win, bytes, suggestedName, filters),
    openFiles: (filters, options) => openFiles(win, filters, options),
    copyText: (text) => copyText(win.navigator.clipboard, text),
    print: () => printPage(() => { win.print(); }),
    canSavePdf: false,
    savePdf: () => Promise.resolve(platformFailure('unavailable', 'the browser saves PDF files from its print dialog')),
    canSendBundles: false,
    sendBundle: () => Promise.resolve(platformFailure('unavailable', 'bundles are sent from the desktop app only')),
  };
}
