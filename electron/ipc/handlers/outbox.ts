/**
 * `outbox:send`: one upload of an already encrypted bundle through the outbox session.
 * The main process keeps no queue: the renderer owns it (sealed in its database) and
 * decides when to retry, so the main process holds ciphertext only for the length of an
 * upload and stores nothing.
 */
import { net } from 'electron';
import type { OutboxSendResult } from '@shared/ipc/outbox';
import { normalizedEndpoint } from '@shared/ipc/outbox';
import { logger } from '../../log/logger';
import { netTransport } from '../../outbox/netTransport';
import { outboxSession, withEndpointAllowed } from '../../outbox/outboxSession';
import type { UploadEnvironment } from '../../outbox/uploadBundle';
import { uploadBundle } from '../../outbox/uploadBundle';
import type { ChannelPayload } from '../handle';

function appEnvironment(): UploadEnvironment {
  return { transport: netTransport(outboxSession()), isOnline: () => net.isOnline() };
}

/** Sends one bundle; the outcome (never the endpoint, which names a contact) is logged. */
export async function sendBundle(
  request: ChannelPayload<'outbox:send'>,
  environment: () => UploadEnvironment = appEnvironment,
): Promise<OutboxSendResult> {
  const endpoint = normalizedEndpoint(request.endpoint);
  const result = await withEndpointAllowed(endpoint, () => uploadBundle(environment(), { ...request, endpoint }));
  if (result.status === 'sent') logger.info('outbox.sent', { httpStatus: result.httpStatus, bytes: request.bytes.byteLength });
  else logger.warn('outbox.failed', { reason: result.reason, httpStatus: result.httpStatus ?? 0 });
  return result;
}
