/**
 * The upload transport of the app: Electron's net module (Chromium's network stack, so
 * the system's proxy settings and certificate store apply) in the outbox session. No
 * cookies, no cache, no referrer, and redirects are not followed.
 */
import type { ClientRequest, Session } from 'electron';
import { net } from 'electron';
import { failureOfNetError } from './netErrors';
import type { TransportOutcome, UploadRequest, UploadTransport } from './uploadBundle';

/** The endpoint's answer body is not needed; it is read up to this much, then dropped. */
const MAX_RESPONSE_BYTES = 64 * 1024;

function openRequest(ses: Session, request: UploadRequest): ClientRequest {
  const client = net.request({
    method: 'POST',
    url: request.url,
    session: ses,
    redirect: 'manual',
    credentials: 'omit',
    useSessionCookies: false,
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
  });
  for (const [name, value] of Object.entries(request.headers)) client.setHeader(name, value);
  return client;
}

/** A transport sending through `ses`. */
export function netTransport(ses: Session): UploadTransport {
  return (request) =>
    new Promise<TransportOutcome>((resolve) => {
      const client = openRequest(ses, request);
      let settled = false;
      const settle = (outcome: TransportOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        client.abort();
        settle({ kind: 'error', failure: 'timeout' });
      }, request.timeoutMs);
      client.on('redirect', (statusCode: number) => {
        client.abort();
        settle({ kind: 'response', status: statusCode });
      });
      client.on('response', (response) => {
        settle({ kind: 'response', status: response.statusCode });
        // An endpoint that refused the bundle early (413, 401 …) has said all it will: stop sending.
        if (response.statusCode >= 300) client.abort();
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) client.abort();
        });
        response.on('error', () => undefined);
      });
      client.on('error', (error: Error) => {
        settle({ kind: 'error', failure: failureOfNetError(error.message) });
      });
      client.end(Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength));
    });
}
