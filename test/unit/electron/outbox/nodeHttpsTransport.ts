/**
 * The upload transport for tests: Node's https client, with the test server's CA pinned,
 * standing in for Electron's net module (whose binary cannot run on the build machines)
 * behind the same uploadBundle. Like the outbox session, it first asks the session policy
 * whether the URL may be requested at all.
 */
import { request as httpsRequest } from 'node:https';
import type { OutboxFailure } from '@shared/ipc/outbox';
import type { TransportOutcome, UploadTransport } from '../../../../electron/outbox/uploadBundle';
import type { SessionPolicy } from '../../../../electron/security/hardenSession';
import { isAllowedRequest } from '../../../../electron/security/hardenSession';

const TLS_CODES = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|CERT_|ERR_TLS_|ERR_SSL_|EPROTO)/;

/** Node's error codes sorted like Chromium's (electron/outbox/netErrors.ts). */
export function failureOfNodeError(error: Error & { code?: string }): OutboxFailure {
  const code = error.code ?? '';
  if (TLS_CODES.test(code)) return 'tls';
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE') return 'connection';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'offline';
  return 'network';
}

/** A transport over node:https; `ca` pins the trusted certificate (none: the system's CAs). */
export function nodeHttpsTransport(options: { ca?: string; policy?: SessionPolicy }): UploadTransport {
  return (request) =>
    new Promise<TransportOutcome>((resolve) => {
      if (options.policy !== undefined && !isAllowedRequest(options.policy, request.url)) {
        resolve({ kind: 'error', failure: 'blocked' });
        return;
      }
      const headers = { ...request.headers, 'content-length': String(request.body.byteLength) };
      const client = httpsRequest(request.url, { method: 'POST', headers, agent: false, ...(options.ca === undefined ? {} : { ca: options.ca }) });
      let settled = false;
      const settle = (outcome: TransportOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        client.destroy();
        settle({ kind: 'error', failure: 'timeout' });
      }, request.timeoutMs);
      client.on('response', (response) => {
        settle({ kind: 'response', status: response.statusCode ?? 0 });
        response.resume();
        if ((response.statusCode ?? 0) >= 300) client.destroy();
      });
      client.on('error', (error) => {
        settle({ kind: 'error', failure: failureOfNodeError(error) });
      });
      client.end(Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength));
    });
}
