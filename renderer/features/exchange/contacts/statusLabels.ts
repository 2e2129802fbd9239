import type { ContactStatus } from '@shared/exchange/contacts';
import type { TranslationKey } from '../../../i18n/translationKey';

export const CONTACT_STATUS_KEYS = {
  unconfirmed: 'exchange.contacts.status.unconfirmed',
  trusted: 'exchange.contacts.status.trusted',
  revoked: 'exchange.contacts.status.revoked',
} as const satisfies Record<ContactStatus, TranslationKey>;
