import type { Session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { netTransport } from '../../../../electron/outbox/netTransport';
import type { UploadRequest } from '../../../../electron/outbox/uploadBundle';
import type { FakeClientRequest, FakeElectron } from '../fakeElectron';
import { fakeElectron, FakeSession } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

let electron: FakeElectron;
const session = new FakeSession();
const request: UploadRequest = {
  url: 'https://adviser.example/inbox',
  body: new Uint8Array([7, 8, 9]),
  headers: { 'content-type': 'application/octet-stream', 'idempotency-key': 'k' },
  timeoutMs: 5_000,
};

beforeEach(async () => {
  electron = await fakeElectron();
  electron.net.requests.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

function lastRequest(): FakeClientRequest {
  const sent = electron.net.requests.at(-1);
  if (sent === undefined) throw new Error('no request was made');
  return sent;
}

describe('netTransport', () => {
  it('posts through the given session without cookies, cache, referrer or redirects, with the body and headers', async () => {
    const outcome = netTransport(session as unknown as Session)(request);
    const sent = lastRequest();
    expect(sent.options).toEqual({
      method: 'POST',
      url: request.url,
      session,
      redirect: 'manual',
      credentials: 'omit',
      useSessionCookies: false,
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    expect(Object.fromEntries(sent.headers)).toEqual(request.headers);
    expect([...(sent.body ?? [])]).toEqual([7, 8, 9]);
    sent.respond(201, [Buffer.from('ok')]);
    await expect(outcome).resolves.toEqual({ kind: 'response', status: 201 });
    expect(sent.aborted).toBe(false);
  });

  it('stops sending when the endpoint refuses early', async () => {
    const outcome = netTransport(session as unknown as Session)(request);
    lastRequest().respond(413);
    await expect(outcome).resolves.toEqual({ kind: 'response', status: 413 });
    expect(lastRequest().aborted).toBe(true);
  });

  it('does not follow a redirect: it reports the status and aborts', async () => {
    const outcome = netTransport(session as unknown as Session)(request);
    lastRequest().emit('redirect', 302, 'POST', 'https://elsewhere.example/', {});
    await expect(outcome).resolves.toEqual({ kind: 'response', status: 302 });
    expect(lastRequest().aborted).toBe(true);
  });

  it('turns a network error into a failure reason', async () => {
    const outcome = netTransport(session as unknown as Session)(request);
    lastRequest().emit('error', new Error('net::ERR_CERT_AUTHORITY_INVALID'));
    await expect(outcome).resolves.toEqual({ kind: 'error', failure: 'tls' });
  });

  it('gives up after the timeout and aborts the request', async () => {
    vi.useFakeTimers();
    const outcome = netTransport(session as unknown as Session)(request);
    await vi.advanceTimersByTimeAsync(request.timeoutMs);
    await expect(outcome).resolves.toEqual({ kind: 'error', failure: 'timeout' });
    expect(lastRequest().aborted).toBe(true);
  });

  it('stops reading an answer body beyond 64 KiB', async () => {
    const outcome = netTransport(session as unknown as Session)(request);
    lastRequest().respond(200, [Buffer.alloc(40 * 1024), Buffer.alloc(40 * 1024)]);
    await expect(outcome).resolves.toEqual({ kind: 'response', status: 200 });
    expect(lastRequest().aborted).toBe(true);
  });
});
