import type { WebContents } from 'electron';
import { logger } from '../log/logger';
import { isAppEntryUrl, isAppUrl } from '../protocol/appUrl';

type NavigationEvent = {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault: () => void;
};

/**
 * The app is one document, so the main frame may only (re)load that document and no
 * frame may go anywhere else; `frame-src 'none'` already keeps subframes empty.
 */
export function isAllowedNavigation(url: string, isMainFrame: boolean): boolean {
  return isMainFrame && isAppEntryUrl(url);
}

function guard(kind: string, event: NavigationEvent, allowed: boolean): void {
  if (allowed) return;
  event.preventDefault();
  logger.warn('navigation.blocked', { kind, scheme: safeScheme(event.url) });
}

function safeScheme(url: string): string {
  const match = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'unknown';
}

/**
 * Applied to every webContents the app creates (`web-contents-created`), so a window,
 * a devtools page or anything added later gets the same lock-down without opting in.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    guard('will-navigate', event, isAllowedNavigation(event.url, event.isMainFrame));
  });
  contents.on('will-frame-navigate', (event) => {
    guard('will-frame-navigate', event, isAllowedNavigation(event.url, event.isMainFrame));
  });
  contents.on('will-redirect', (event) => {
    guard('will-redirect', event, event.isMainFrame && isAppUrl(event.url));
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('webview.blocked');
  });
  contents.setWindowOpenHandler(() => {
    logger.warn('window-open.blocked');
    return { action: 'deny' };
  });
}
