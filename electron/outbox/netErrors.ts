/**
 * Chromium network errors (Electron's net module reports them as `net::ERR_…` messages)
 * sorted into the outbox's failure reasons, so the renderer can say what went wrong and
 * whether waiting for a connection will help.
 */
import type { OutboxFailure } from '@shared/ipc/outbox';

const BY_ERROR: Readonly<Record<string, OutboxFailure>> = {
  ERR_INTERNET_DISCONNECTED: 'offline',
  ERR_NETWORK_CHANGED: 'offline',
  ERR_ADDRESS_UNREACHABLE: 'offline',
  ERR_NETWORK_ACCESS_DENIED: 'offline',
  ERR_NAME_NOT_RESOLVED: 'dns',
  ERR_NAME_RESOLUTION_FAILED: 'dns',
  ERR_CONNECTION_REFUSED: 'connection',
  ERR_CONNECTION_RESET: 'connection',
  ERR_CONNECTION_CLOSED: 'connection',
  ERR_CONNECTION_ABORTED: 'connection',
  ERR_CONNECTION_FAILED: 'connection',
  ERR_EMPTY_RESPONSE: 'connection',
  ERR_PROXY_CONNECTION_FAILED: 'connection',
  ERR_TUNNEL_CONNECTION_FAILED: 'connection',
  ERR_CONNECTION_TIMED_OUT: 'timeout',
  ERR_TIMED_OUT: 'timeout',
  ERR_BLOCKED_BY_CLIENT: 'blocked',
  ERR_BLOCKED_BY_ADMINISTRATOR: 'blocked',
};

const CHROMIUM_ERROR = /\bnet::(ERR_[A-Z0-9_]+)\b/;

/** The failure reason of a Chromium network error message; TLS errors by their families. */
export function failureOfNetError(message: string): OutboxFailure {
  const code = CHROMIUM_ERROR.exec(message)?.[1];
  if (code === undefined) return 'network';
  const known = BY_ERROR[code];
  if (known !== undefined) return known;
  return /^ERR_(CERT_|SSL_|BAD_SSL_|TLS|CERTIFICATE_)/.test(code) ? 'tls' : 'network';
}
