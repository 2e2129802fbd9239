import type { Session } from 'electron';
import { logger } from '../log/logger';

/** What one session may load. Each session gets its own policy, so a later one can differ. */
export type SessionPolicy = {
  /** URL schemes (with the trailing colon) that requests may use; everything else is cancelled. */
  readonly allowedProtocols: ReadonlySet<string>;
  /**
   * A further check on URLs whose scheme is allowed, asked at each request (the outbox lets
   * through only the endpoints of uploads in progress). Absent: the scheme decides alone.
   */
  readonly allowsUrl?: (url: string) => boolean;
};

/**
 * The default session: the app's own scheme, plus `blob:` and `data:` which never leave
 * the machine and which the CSP allows for images. No http, https, ws, wss, ftp or file.
 */
export function defaultSessionPolicy(options: { readonly devTools: boolean }): SessionPolicy {
  const protocols = ['app:', 'blob:', 'data:'];
  return { allowedProtocols: new Set(options.devTools ? [...protocols, 'devtools:'] : protocols) };
}

export function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'invalid:';
  }
}

export function isAllowedRequest(policy: SessionPolicy, url: string): boolean {
  return policy.allowedProtocols.has(protocolOf(url)) && (policy.allowsUrl?.(url) ?? true);
}

function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('permission.denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    callback(null);
  });
}

function blockDevicePickers(session: Session): void {
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

function filterRequests(session: Session, policy: SessionPolicy): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(policy, details.url);
    if (!allowed) logger.warn('request.cancelled', { protocol: protocolOf(details.url) });
    callback({ cancel: !allowed });
  });
}

/** Sessions whose event listeners are attached; listeners add up, unlike the handlers above. */
const listening = new WeakSet<Session>();

function blockDownloads(session: Session): void {
  session.on('will-download', (event) => {
    event.preventDefault();
    logger.warn('download.blocked');
  });
}

/**
 * Denies every permission, device and download and cancels every request outside the
 * policy. Every session gets the locked-down default when it is created; a session with
 * a different job (the outbox session for HTTPS uploads, electron/outbox/outboxSession.ts)
 * is hardened again with its own policy, which replaces only its own request filter,
 * never the default session's.
 */
export function hardenSession(session: Session, policy: SessionPolicy): void {
  denyPermissions(session);
  filterRequests(session, policy);
  session.setSpellCheckerEnabled(false);
  if (listening.has(session)) return;
  listening.add(session);
  blockDevicePickers(session);
  blockDownloads(session);
}
