/**
 * One upload of an encrypted bundle to an outbox endpoint: an HTTPS POST of the bytes as
 * they are, with the queue entry's id as Idempotency-Key so an endpoint can recognise a
 * bundle sent twice (after a lost answer). Nothing else about the sender is sent. The
 * transport (Electron's net module in the app, Node's https client in tests) is passed
 * in; this module decides what the answer means. It never throws: every outcome is a
 * result the renderer's queue can act on.
 */
import type { OutboxFailure, OutboxSendResult } from '@shared/ipc/outbox';
import { normalizedEndpoint } from '@shared/ipc/outbox';

/** What a transport sends. */
export type UploadRequest = {
  readonly url: string;
  readonly body: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
};

/** What a transport saw: the endpoint's status code, or why there was none. */
export type TransportOutcome = { readonly kind: 'response'; readonly status: number } | { readonly kind: 'error'; readonly failure: OutboxFailure };

/** Sends one request; must resolve (never reject) once the status line arrived, or on failure. */
export type UploadTransport = (request: UploadRequest) => Promise<TransportOutcome>;

/** Where an upload runs. */
export type UploadEnvironment = { readonly transport: UploadTransport; readonly isOnline: () => boolean };

/** What to upload. */
export type BundleUpload = { readonly bundleId: string; readonly endpoint: string; readonly bytes: Uint8Array };

/** An idle connection gets a minute; a large bundle gets one more second per 8 KiB, for slow field links. */
const BASE_TIMEOUT_MS = 60_000;
const SLOWEST_BYTES_PER_SECOND = 8 * 1024;

/** How long one upload of `bytes` may take before it is abandoned. */
export function uploadTimeoutMs(bytes: number): number {
  return BASE_TIMEOUT_MS + Math.ceil(bytes / SLOWEST_BYTES_PER_SECOND) * 1000;
}

/** The headers of an upload: no cookies, no referrer, nothing naming the sender. */
export function uploadHeaders(bundleId: string): Record<string, string> {
  return { 'content-type': 'application/octet-stream', 'idempotency-key': bundleId };
}

/**
 * What an HTTP status means for the bundle: 2xx it arrived; a redirect is not followed (a
 * bundle goes only where a person configured it to); 408 and 429 and 5xx are worth
 * retrying; any other 4xx needs a person (wrong address, refused credentials, too large).
 */
export function resultOfStatus(status: number): OutboxSendResult {
  if (status >= 200 && status < 300) return { status: 'sent', httpStatus: status };
  const failed = (reason: OutboxFailure): OutboxSendResult => ({ status: 'failed', reason, httpStatus: status });
  if (status >= 300 && status < 400) return failed('redirect');
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) return failed('server-error');
  if (status >= 400 && status < 500) return failed('rejected');
  return failed('network');
}

/** Uploads a bundle once. */
export async function uploadBundle(environment: UploadEnvironment, upload: BundleUpload): Promise<OutboxSendResult> {
  if (!environment.isOnline()) return { status: 'failed', reason: 'offline', httpStatus: null };
  const outcome = await environment.transport({
    url: normalizedEndpoint(upload.endpoint),
    body: upload.bytes,
    headers: uploadHeaders(upload.bundleId),
    timeoutMs: uploadTimeoutMs(upload.bytes.byteLength),
  });
  return outcome.kind === 'response' ? resultOfStatus(outcome.status) : { status: 'failed', reason: outcome.failure, httpStatus: null };
}
