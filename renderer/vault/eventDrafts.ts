/**
 * Drafts of the events the vault itself writes: the facility's creation, users added,
 * removed, their roles and passphrases. Subjects follow coreEventTypes.ts: the ledger id
 * for the facility, the user's id for user events.
 */
import type { PASSPHRASE_RESET_METHODS } from '@shared/ledger/accessEventTypes';
import type { FacilityProfile, UserRole } from '@shared/ledger/coreEventTypes';
import type { EventDraft } from '@shared/ledger/envelope';
import type { Clock } from '@shared/util/clock';
import { toUtcIso } from '@shared/util/clock';

export function ledgerCreatedDraft(ledgerId: string, facility: FacilityProfile, clock: Clock): EventDraft {
  return { type: 'ledger.created', subject: ledgerId, occurredAt: toUtcIso(clock.now()), payload: facility };
}

export function userAddedDraft(user: { userId: string; name: string; role: UserRole }, clock: Clock): EventDraft {
  return { type: 'user.added', subject: user.userId, occurredAt: toUtcIso(clock.now()), payload: user };
}

export function userRemovedDraft(userId: string, reason: string, clock: Clock): EventDraft {
  return { type: 'user.removed', subject: userId, occurredAt: toUtcIso(clock.now()), payload: { userId, reason } };
}

export function userRoleChangedDraft(userId: string, fromRole: UserRole, toRole: UserRole, clock: Clock): EventDraft {
  return { type: 'user.role_changed', subject: userId, occurredAt: toUtcIso(clock.now()), payload: { userId, fromRole, toRole } };
}

export function passphraseResetDraft(userId: string, method: (typeof PASSPHRASE_RESET_METHODS)[number], clock: Clock): EventDraft {
  return { type: 'user.passphrase_reset', subject: userId, occurredAt: toUtcIso(clock.now()), payload: { userId, method } };
}
