/**
 * One line saying what an event changed, from its payload. Payloads were validated when
 * written and again when verified, but are read defensively here: a field of the wrong
 * type shows as nothing rather than breaking the audit trail.
 */
import type { TFunction } from 'i18next';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { USER_ROLES } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { ROLE_LABEL_KEYS } from '../../vault/roleLabels';

const MS_PER_MINUTE = 60_000;

function text(payload: LedgerEvent['payload'], key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

function roleLabel(t: TFunction, value: string): string {
  return (USER_ROLES as readonly string[]).includes(value) ? t(ROLE_LABEL_KEYS[value as UserRole]) : value;
}

export type ChangeHelpers = {
  /** The display name of a user id of the event's ledger. */
  nameOf: (userId: string) => string;
  /** A number in the reader's digits. */
  formatNumber: (value: number) => string;
};

export function describeChange(t: TFunction, event: LedgerEvent, { nameOf, formatNumber }: ChangeHelpers): string {
  const { payload } = event;
  const user = nameOf(text(payload, 'userId'));
  switch (event.type) {
    case 'ledger.created':
    case 'facility.updated':
      return t('audit.changes.facility', { name: text(payload, 'name'), code: text(payload, 'code') });
    case 'user.added':
      return t('audit.changes.userAdded', { name: text(payload, 'name'), role: roleLabel(t, text(payload, 'role')) });
    case 'user.removed':
      return t('audit.changes.userRemoved', { name: user, reason: text(payload, 'reason') });
    case 'user.role_changed':
      return t('audit.changes.roleChanged', { name: user, from: roleLabel(t, text(payload, 'fromRole')), to: roleLabel(t, text(payload, 'toRole')) });
    case 'user.passphrase_reset':
      return t(text(payload, 'method') === 'recovery_code' ? 'audit.changes.passphraseRecovery' : 'audit.changes.passphraseReset', { name: user });
    case 'clock.regression_noted': {
      const minutes = Math.round(Number(payload.regressionMs) / MS_PER_MINUTE);
      const count = Number.isFinite(minutes) ? minutes : 0;
      return t('audit.changes.clock', { count, minutes: formatNumber(count) });
    }
    default:
      return '';
  }
}
