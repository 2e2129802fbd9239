import { describe, expect, it, vi } from 'vitest';
import type { UploadRequest, UploadTransport } from '../../../../electron/outbox/uploadBundle';
import { resultOfStatus, uploadBundle, uploadTimeoutMs } from '../../../../electron/outbox/uploadBundle';
import { failureOfNetError } from '../../../../electron/outbox/netErrors';

const BUNDLE_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const bytes = new Uint8Array([1, 2, 3, 4]);

function recording(status: number): { transport: UploadTransport; sent: UploadRequest[] } {
  const sent: UploadRequest[] = [];
  return {
    sent,
    transport: (request) => {
      sent.push(request);
      return Promise.resolve({ kind: 'response', status });
    },
  };
}

describe('uploadBundle', () => {
  it('posts the bytes as they are to the normalised endpoint, with the bundle id as Idempotency-Key and nothing about the sender', async () => {
    const { transport, sent } = recording(201);
    const result = await uploadBundle({ transport, isOnline: () => true }, { bundleId: BUNDLE_ID, endpoint: 'HTTPS://Adviser.Example:443/inbox', bytes });
    expect(result).toEqual({ status: 'sent', httpStatus: 201 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('https://adviser.example/inbox');
    expect(sent[0]?.body).toBe(bytes);
    expect(sent[0]?.headers).toEqual({ 'content-type': 'application/octet-stream', 'idempotency-key': BUNDLE_ID });
  });

  it('does not try while the computer is offline', async () => {
    const transport = vi.fn<UploadTransport>();
    const result = await uploadBundle({ transport, isOnline: () => false }, { bundleId: BUNDLE_ID, endpoint: 'https://a.example/', bytes });
    expect(result).toEqual({ status: 'failed', reason: 'offline', httpStatus: null });
    expect(transport).not.toHaveBeenCalled();
  });

  it('passes a transport failure on as the reason', async () => {
    const transport: UploadTransport = () => Promise.resolve({ kind: 'error', failure: 'tls' });
    expect(await uploadBundle({ transport, isOnline: () => true }, { bundleId: BUNDLE_ID, endpoint: 'https://a.example/', bytes })).toEqual({
      status: 'failed',
      reason: 'tls',
      httpStatus: null,
    });
  });

  it('gives a large bundle on a slow link more time, from a one-minute floor', () => {
    expect(uploadTimeoutMs(0)).toBe(60_000);
    expect(uploadTimeoutMs(8 * 1024 * 1024)).toBe(60_000 + 1024 * 1000);
  });
});

describe('resultOfStatus', () => {
  it.each([
    [200, { status: 'sent', httpStatus: 200 }],
    [204, { status: 'sent', httpStatus: 204 }],
    [301, { status: 'failed', reason: 'redirect', httpStatus: 301 }],
    [307, { status: 'failed', reason: 'redirect', httpStatus: 307 }],
    [400, { status: 'failed', reason: 'rejected', httpStatus: 400 }],
    [401, { status: 'failed', reason: 'rejected', httpStatus: 401 }],
    [413, { status: 'failed', reason: 'rejected', httpStatus: 413 }],
    [408, { status: 'failed', reason: 'server-error', httpStatus: 408 }],
    [429, { status: 'failed', reason: 'server-error', httpStatus: 429 }],
    [500, { status: 'failed', reason: 'server-error', httpStatus: 500 }],
    [503, { status: 'failed', reason: 'server-error', httpStatus: 503 }],
    [101, { status: 'failed', reason: 'network', httpStatus: 101 }],
  ])('%i → %j', (status, expected) => {
    expect(resultOfStatus(status)).toEqual(expected);
  });
});

describe('failureOfNetError', () => {
  it.each([
    ['net::ERR_INTERNET_DISCONNECTED', 'offline'],
    ['net::ERR_NAME_NOT_RESOLVED', 'dns'],
    ['net::ERR_CONNECTION_REFUSED', 'connection'],
    ['net::ERR_CONNECTION_RESET', 'connection'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'tls'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'blocked'],
    ['net::ERR_SOMETHING_NEW', 'network'],
    ['socket hang up', 'network'],
  ])('%s → %s', (message, reason) => {
    expect(failureOfNetError(message)).toBe(reason);
  });
});
