import type { TranslationKey } from '../../i18n/translationKey';

/** What each known event type is called; unknown types (from newer versions) show their raw name. */
export const EVENT_TYPE_LABELS: Readonly<Record<string, TranslationKey>> = {
  'ledger.created': 'audit.types.ledgerCreated',
  'facility.updated': 'audit.types.facilityUpdated',
  'user.added': 'audit.types.userAdded',
  'user.removed': 'audit.types.userRemoved',
  'user.role_changed': 'audit.types.userRoleChanged',
  'user.passphrase_reset': 'audit.types.passphraseReset',
  'clock.regression_noted': 'audit.types.clockRegression',
};

export function eventTypeLabel(type: string): TranslationKey | undefined {
  return Object.hasOwn(EVENT_TYPE_LABELS, type) ? EVENT_TYPE_LABELS[type] : undefined;
}
