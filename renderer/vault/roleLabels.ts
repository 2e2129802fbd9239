import type { UserRole } from '@shared/ledger/coreEventTypes';
import type { TranslationKey } from '../i18n/translationKey';

/** What each role is called on screen. */
export const ROLE_LABEL_KEYS: Readonly<Record<UserRole, TranslationKey>> = {
  registrar: 'roles.registrar',
  supervisor: 'roles.supervisor',
  medical: 'roles.medical',
  adviser: 'roles.adviser',
  administrator: 'roles.administrator',
};
