/**
 * Uploads against a real HTTPS server on 127.0.0.1 with a self-signed certificate made by
 * openssl at test time: the same uploadBundle and sendBundle as the app, over Node's https
 * client with that certificate pinned, gated by the outbox session's real policy.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendBundle } from '../../../../electron/ipc/handlers/outbox';
import { outboxSessionPolicy } from '../../../../electron/outbox/outboxSession';
import type { UploadTransport } from '../../../../electron/outbox/uploadBundle';
import { uploadBundle } from '../../../../electron/outbox/uploadBundle';
import { nodeHttpsTransport } from './nodeHttpsTransport';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

type Received = { path: string; headers: IncomingMessage['headers']; sha256: string; bytes: number };

const dir = mkdtempSync(join(tmpdir(), 'habeas-outbox-https-'));
const received: Received[] = [];
let server: Server;
let base: string;
let ca: string;
let closedPort: number;

function makeCertificate(): { key: string; cert: string } {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  if (path === '/too-large') {
    response.writeHead(413).end();
    request.resume();
    return;
  }
  if (path === '/silent') return;
  const hash = createHash('sha256');
  let bytes = 0;
  request.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  request.on('end', () => {
    received.push({ path, headers: request.headers, sha256: hash.digest('hex'), bytes });
    if (path === '/busy') response.writeHead(503).end();
    else if (path === '/moved') response.writeHead(302, { location: 'https://elsewhere.example/' }).end();
    else response.writeHead(201).end('stored');
  });
}

function listen(target: Server): Promise<number> {
  return new Promise((resolve) => {
    target.listen(0, '127.0.0.1', () => {
      resolve((target.address() as AddressInfo).port);
    });
  });
}

beforeAll(async () => {
  const { key, cert } = makeCertificate();
  ca = cert;
  server = createServer({ key, cert }, handle);
  base = `https://127.0.0.1:${await listen(server)}`;
  const spare = createServer({ key, cert });
  closedPort = await listen(spare);
  await new Promise((resolve) => spare.close(resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const pinned = () => nodeHttpsTransport({ ca, policy: outboxSessionPolicy() });
const send = (endpoint: string, bytes: Uint8Array<ArrayBuffer>, transport: UploadTransport = pinned()) =>
  sendBundle({ bundleId: randomUUID(), endpoint, bytes }, () => ({ transport, isOnline: () => true }));

describe('uploads to a real HTTPS endpoint', () => {
  it('delivers the exact bytes of a 5 MB bundle with its Idempotency-Key and content type', async () => {
    const bytes = Uint8Array.from(randomBytes(5 * 1024 * 1024));
    const bundleId = randomUUID();
    const result = await sendBundle({ bundleId, endpoint: `${base}/inbox`, bytes }, () => ({ transport: pinned(), isOnline: () => true }));
    expect(result).toEqual({ status: 'sent', httpStatus: 201 });
    const delivered = received.at(-1);
    expect(delivered).toMatchObject({ path: '/inbox', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(delivered?.headers['idempotency-key']).toBe(bundleId);
    expect(delivered?.headers['content-type']).toBe('application/octet-stream');
    expect(delivered?.headers.cookie).toBeUndefined();
  });

  it('reports a busy endpoint as a server error, worth retrying', async () => {
    expect(await send(`${base}/busy`, new Uint8Array([1]))).toEqual({ status: 'failed', reason: 'server-error', httpStatus: 503 });
  });

  it('reports an endpoint that refuses the bundle as rejected', async () => {
    expect(await send(`${base}/too-large`, Uint8Array.from(randomBytes(256 * 1024)))).toEqual({ status: 'failed', reason: 'rejected', httpStatus: 413 });
  });

  it('does not follow a redirect', async () => {
    const before = received.length;
    expect(await send(`${base}/moved`, new Uint8Array([1]))).toEqual({ status: 'failed', reason: 'redirect', httpStatus: 302 });
    expect(received.slice(before).map((entry) => entry.path)).toEqual(['/moved']);
  });

  it('refuses a certificate that is not pinned or trusted', async () => {
    const unpinned = nodeHttpsTransport({ policy: outboxSessionPolicy() });
    expect(await send(`${base}/inbox`, new Uint8Array([1]), unpinned)).toEqual({ status: 'failed', reason: 'tls', httpStatus: null });
  });

  it('refuses a certificate for another host name', async () => {
    const port = new URL(base).port;
    expect(await send(`https://localhost:${port}/inbox`, new Uint8Array([1]))).toEqual({ status: 'failed', reason: 'tls', httpStatus: null });
  });

  it('reports a closed port as a connection failure', async () => {
    expect(await send(`https://127.0.0.1:${closedPort}/inbox`, new Uint8Array([1]))).toEqual({ status: 'failed', reason: 'connection', httpStatus: null });
  });

  it('gives up on an endpoint that never answers', async () => {
    const transport = pinned();
    const impatient: UploadTransport = (request) => transport({ ...request, timeoutMs: 300 });
    expect(await send(`${base}/silent`, new Uint8Array([1]), impatient)).toEqual({ status: 'failed', reason: 'timeout', httpStatus: null });
  });

  it('cannot reach even a live endpoint outside an upload: the session policy blocks it', async () => {
    const result = await uploadBundle({ transport: pinned(), isOnline: () => true }, { bundleId: randomUUID(), endpoint: `${base}/inbox`, bytes: new Uint8Array([1]) });
    expect(result).toEqual({ status: 'failed', reason: 'blocked', httpStatus: null });
  });
});
