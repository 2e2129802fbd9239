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

/** Checks the decoded path's shape before it goes anywhere near the file system. */
function checkDecodedPath(decoded: string): AppPathResult {
  if (FORBIDDEN_DECODED.test(decoded)) return reject('forbidden-character');
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return reject('not-a-bundle-path');
  const relativePath = decoded === '/' ? ENTRY_FILE : decoded.slice(1);
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return reject('bad-segment');
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
