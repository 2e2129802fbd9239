/**
 * The renderer's one origin. URLs are compared by parsed protocol and host, never by
 * `URL.origin`: Node reports `"null"` as the origin of non-special schemes such as `app:`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'habeas';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const ENTRY_PATHS: readonly string[] = ['/', '/index.html'];

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for any URL served by our protocol handler, with nothing that could smuggle a second authority. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True only for the single-page app's own document, the one place the main frame may navigate. */
export function isAppEntryUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppUrl(url) && ENTRY_PATHS.includes(parsed.pathname);
}
