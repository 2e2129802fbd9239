/** Message keys chosen by value: a failure reason or an address problem names its sentence. */
import type { EndpointProblem } from '@shared/ipc/outbox';
import type { TranslationKey } from '../../i18n/translationKey';
import type { EntryFailure } from './outboxModel';

export const FAILURE_KEYS = {
  offline: 'outbox.reasons.offline',
  dns: 'outbox.reasons.dns',
  connection: 'outbox.reasons.connection',
  timeout: 'outbox.reasons.timeout',
  tls: 'outbox.reasons.tls',
  redirect: 'outbox.reasons.redirect',
  rejected: 'outbox.reasons.rejected',
  'server-error': 'outbox.reasons.serverError',
  blocked: 'outbox.reasons.blocked',
  network: 'outbox.reasons.network',
  'no-endpoint': 'outbox.reasons.noEndpoint',
  'not-recipient': 'outbox.reasons.notRecipient',
  'bad-request': 'outbox.reasons.badRequest',
  internal: 'outbox.reasons.internal',
} as const satisfies Record<EntryFailure, TranslationKey>;

export const ENDPOINT_PROBLEM_KEYS = {
  empty: 'outbox.endpoints.problems.empty',
  'too-long': 'outbox.endpoints.problems.tooLong',
  'not-a-url': 'outbox.endpoints.problems.notAUrl',
  'not-https': 'outbox.endpoints.problems.notHttps',
  credentials: 'outbox.endpoints.problems.credentials',
  fragment: 'outbox.endpoints.problems.fragment',
  'no-host': 'outbox.endpoints.problems.noHost',
  'bad-host': 'outbox.endpoints.problems.badHost',
  'bad-port': 'outbox.endpoints.problems.badPort',
} as const satisfies Record<EndpointProblem, TranslationKey>;
