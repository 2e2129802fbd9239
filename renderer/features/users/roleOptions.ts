import type { TFunction } from 'i18next';
import { USER_ROLES } from '@shared/ledger/coreEventTypes';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { ROLE_LABEL_KEYS } from '../../vault/roleLabels';

/** The roles for a select, in their usual order. */
export function roleOptions(t: TFunction): { value: UserRole; label: string }[] {
  return USER_ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL_KEYS[role]) }));
}
