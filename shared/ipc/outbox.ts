/**
 * The outbox part of the IPC contract: what a bundle upload asks for and what it answers.
 * The bundle is already age-encrypted when it crosses the bridge, so the main process
 * handles ciphertext only. Endpoint rules live here so that the renderer's form and the
 * main process's request schema refuse exactly the same addresses.
 */
import { z } from 'zod';

/** Longest endpoint address accepted. */
export const OUTBOX_ENDPOINT_MAX_CHARS = 2048;
/** Largest bundle one upload carries (the bundle format's own cap is higher; the bridge's is this). */
export const OUTBOX_BUNDLE_MAX_BYTES = 512 * 1024 * 1024;

/** Why an address cannot be an outbox endpoint. */
export type EndpointProblem = 'empty' | 'too-long' | 'not-a-url' | 'not-https' | 'credentials' | 'fragment' | 'no-host' | 'bad-host' | 'bad-port';

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const FORBIDDEN_CHARS = /[\s\\\p{Cc}\p{Cf}]/u;
const HOST_AND_PORT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]*)(?::([0-9]{1,5}))?$/;
const DNS_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const DNS_NAME_MAX_CHARS = 253;
// RFC 3986 path and query characters, with percent-escapes checked separately.
const PATH_AND_QUERY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
const MAX_PORT = 65_535;
const HTTPS_DEFAULT_PORT = '443';

type ParsedEndpoint = { host: string; port: string | undefined; rest: string };

function hostProblem(host: string, port: string | undefined): EndpointProblem | null {
  if (host === '') return 'no-host';
  if (port !== undefined && (Number(port) < 1 || Number(port) > MAX_PORT)) return 'bad-port';
  if (host.startsWith('[')) return null;
  const labels = (host.endsWith('.') ? host.slice(0, -1) : host).split('.');
  return host.length <= DNS_NAME_MAX_CHARS && labels.every((label) => DNS_LABEL.test(label)) ? null : 'bad-host';
}

function parseEndpoint(text: string): ParsedEndpoint | EndpointProblem {
  if (text.trim() === '') return 'empty';
  if (text.length > OUTBOX_ENDPOINT_MAX_CHARS) return 'too-long';
  if (FORBIDDEN_CHARS.test(text)) return 'not-a-url';
  const scheme = SCHEME.exec(text)?.[1];
  if (scheme === undefined || !text.startsWith(`${scheme}://`)) return 'not-a-url';
  if (scheme.toLowerCase() !== 'https') return 'not-https';
  const afterScheme = text.slice(scheme.length + 3);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd);
  if (authority.includes('@')) return 'credentials';
  if (rest.includes('#')) return 'fragment';
  const hostAndPort = HOST_AND_PORT.exec(authority);
  if (hostAndPort === null) return 'bad-host';
  const [, host = '', port] = hostAndPort;
  const problem = hostProblem(host, port);
  if (problem !== null) return problem;
  return PATH_AND_QUERY.test(rest) ? { host, port, rest } : 'not-a-url';
}

/**
 * Why the text is not a usable endpoint, or null if it is: an absolute `https://` address
 * with a host name or IP address, and no user name, password or fragment (credentials in
 * an address end up in settings and logs; a fragment is never sent, so it could only
 * mislead). Parsed here rather than by the platform's URL class, so the renderer's form
 * and the main process apply the very same rules.
 */
export function endpointProblem(text: string): EndpointProblem | null {
  const parsed = parseEndpoint(text);
  return typeof parsed === 'string' ? parsed : null;
}

/**
 * The endpoint as uploads use it: lowercase scheme and host, no default port, `/` for an
 * empty path.
 * @throws TypeError if the text is not a usable endpoint
 */
export function normalizedEndpoint(text: string): string {
  const parsed = parseEndpoint(text);
  if (typeof parsed === 'string') throw new TypeError(`normalizedEndpoint: ${parsed}`);
  const port = parsed.port === undefined || parsed.port === HTTPS_DEFAULT_PORT ? '' : `:${String(Number(parsed.port))}`;
  const rest = parsed.rest.startsWith('/') ? parsed.rest : `/${parsed.rest}`;
  return `https://${parsed.host.toLowerCase()}${port}${rest}`;
}

/** Request of `outbox:send`. */
export const outboxSendSchema = z.strictObject({
  /** The queue entry's id, sent as the Idempotency-Key so a repeated upload can be recognised. */
  bundleId: z.uuid(),
  endpoint: z.string().refine((text) => endpointProblem(text) === null, { message: 'must be an https: address without credentials or fragment' }),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= OUTBOX_BUNDLE_MAX_BYTES, {
    message: `must be 1 to ${String(OUTBOX_BUNDLE_MAX_BYTES)} bytes`,
  }),
});

/** Why an upload did not go through. */
export const OUTBOX_FAILURES = [
  /** No network connection. */
  'offline',
  /** The endpoint's host name did not resolve. */
  'dns',
  /** The connection was refused, reset or closed. */
  'connection',
  /** No answer in time. */
  'timeout',
  /** The endpoint's certificate or TLS setup was refused. */
  'tls',
  /** The endpoint answered with a redirect; uploads never follow one. */
  'redirect',
  /** The endpoint refused the bundle (4xx other than 408 and 429): its address or its rules need a person. */
  'rejected',
  /** The endpoint failed or is busy (5xx, 408, 429). */
  'server-error',
  /** The app's own network policy stopped the request. */
  'blocked',
  /** Any other network failure. */
  'network',
] as const;
/** One of OUTBOX_FAILURES. */
export type OutboxFailure = (typeof OUTBOX_FAILURES)[number];

/** Response of `outbox:send`: one attempt's outcome. `httpStatus` is the endpoint's answer, if it answered. */
export type OutboxSendResult =
  | { status: 'sent'; httpStatus: number }
  | { status: 'failed'; reason: OutboxFailure; httpStatus: number | null };
