import { isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appUrl';

export type AppPathResult =
  | { readonly ok: true; readonly filePath: string }
  | { readonly ok: false; readonly reason: string };

const MAX_PATH_LENGTH = 1024;
const ENTRY_FILE = 'index.html';
/** URL parsing folds `..` and `%2e%2e` away but keeps these; decoded they would cut new path segments. */
const ENCODED_FORBIDDEN = /%(?:2f|5c|00)/i;
const FORBIDDEN_DECODED = /[\\:\p{Cc}]/u;
/** The build only emits printable ASCII names, so look-alike dots, bidi and zero-width characters never need to pass. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
/** Names Win32 maps to devices, with or without an extension. */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(?:\..*)?$/i;

const reject = (reason: string): AppPathResult => ({ ok: false, reason });

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodePath(rawPath: string): string | null {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return null;
  }
}

/**
 * Why a segment is refused, or null. Node opens `\\?\`-prefixed paths on Windows, so Win32
 * would not strip a trailing dot or space nor open a device today; refusing them keeps
 * that true for any later code that hands the path to something that does.
 */
function segmentProblem(segment: string): string | null {
  if (segment === '' || segment === '.' || segment === '..') return 'bad-segment';
  if (!PRINTABLE_ASCII.test(segment)) return 'non-ascii';
  if (segment.endsWith('.') || segment.endsWith(' ')) return 'trailing-dot-or-space';
  return WINDOWS_DEVICE_NAME.test(segment) ? 'device-name' : null;
}

/** Checks the decoded path's shape before it goes anywhere near the file system. */
function checkDecodedPath(decoded: string): AppPathResult {
  if (FORBIDDEN_DECODED.test(decoded)) return reject('forbidden-character');
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return reject('not-a-bundle-path');
  const relativePath = decoded === '/' ? ENTRY_FILE : decoded.slice(1);
  for (const segment of relativePath.split('/')) {
    const problem = segmentProblem(segment);
    if (problem !== null) return reject(problem);
  }
  if (isAbsolute(relativePath) || win32.isAbsolute(relativePath)) return reject('absolute-path');
  return { ok: true, filePath: relativePath };
}

function containedIn(rootDir: string, relativePath: string): AppPathResult {
  const root = resolve(rootDir);
  const filePath = resolve(root, relativePath);
  const fromRoot = relative(root, filePath);
  const escapes = fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  return escapes ? reject('outside-root') : { ok: true, filePath };
}

/**
 * Maps an `app://habeas/…` request URL to a file inside `rootDir`, or says why it must
 * be refused. Pure: it never touches the file system, so whether the file exists is
 * the caller's question.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): AppPathResult {
  const url = parseUrl(requestUrl);
  if (url === null) return reject('unparseable-url');
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return reject('foreign-origin');
  }
  // Node leaves the path of `app://habeas` empty where Chromium, for a standard scheme, says '/'.
  const rawPath = url.pathname === '' ? '/' : url.pathname;
  if (rawPath.length > MAX_PATH_LENGTH) return reject('path-too-long');
  if (ENCODED_FORBIDDEN.test(rawPath)) return reject('encoded-separator');
  const decoded = decodePath(rawPath);
  if (decoded === null) return reject('bad-encoding');
  const checked = checkDecodedPath(decoded);
  return checked.ok ? containedIn(rootDir, checked.filePath) : checked;
}
