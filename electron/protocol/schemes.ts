import type { CustomScheme } from 'electron';
import { APP_SCHEME } from './appUrl';

/**
 * `standard` gives the scheme real origins (IndexedDB, relative URLs), `secure` makes it a
 * secure context (WebCrypto), `supportFetchAPI` lets the page fetch its own assets.
 * Deliberately absent: `bypassCSP`, `corsEnabled`, `allowServiceWorkers`, `stream`.
 */
export const APP_SCHEME_PRIVILEGES: readonly CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];
