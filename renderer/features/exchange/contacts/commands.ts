/**
 * Contacts are ledger events (issue P5 item 2): adding one, confirming its fingerprint,
 * changing its roles and revoking it are each one append, authored by the signed-in user.
 * Every command re-checks its rule against the current contacts first.
 */
import type { ContactRecord } from '@shared/exchange/contacts';
import { contactOf, contactStatus } from '@shared/exchange/contacts';
import type { ContactRoles, ExchangePayloads, FingerprintMethod } from '@shared/exchange/eventTypes';
import { lastImportFrom } from '@shared/exchange/history';
import type { EventDraft } from '@shared/ledger/envelope';
import type { IdentityCard } from '@shared/ledger/identity';
import { systemClock, toUtcIso } from '@shared/util/clock';
import type { Session } from '../../../vault/session';
import { appendAsUser } from '../../../vault/session';
import { exchangeStateOf } from '../exchangeState';
import type { CardIssue } from './cardRules';
import { cardIssue } from './cardRules';

/** Thrown when a rule refuses the change. */
export class ContactRuleError extends Error {
  override readonly name = 'ContactRuleError';
  constructor(readonly issue: CardIssue | 'not-found' | 'not-unconfirmed' | 'fingerprint' | 'revoked-already' | 'no-role') {
    super(`contacts: ${issue}`);
  }
}

function draft<T extends keyof ExchangePayloads>(type: T, subject: string, payload: ExchangePayloads[T]): EventDraft {
  return { type, subject, occurredAt: toUtcIso(systemClock.now()), payload };
}

function current(session: Session, ledger: string): ContactRecord {
  const contact = contactOf(exchangeStateOf(session).contacts, ledger);
  if (contact === undefined) throw new ContactRuleError('not-found');
  return contact;
}

export async function addContact(session: Session, card: IdentityCard, roles: ContactRoles): Promise<void> {
  const issue = cardIssue(card, session.ledgerId, exchangeStateOf(session).contacts);
  if (issue !== null) throw new ContactRuleError(issue);
  if (!roles.recipient && !roles.source) throw new ContactRuleError('no-role');
  await appendAsUser(session, draft('contact.added', card.ledger, { card, roles }));
}

/** Records that a person compared the fingerprint with the contact and it matched. */
export async function trustContact(session: Session, ledger: string, fingerprint: string, method: FingerprintMethod): Promise<void> {
  const contact = current(session, ledger);
  if (contactStatus(contact) !== 'unconfirmed') throw new ContactRuleError('not-unconfirmed');
  if (contact.card.fingerprint !== fingerprint) throw new ContactRuleError('fingerprint');
  await appendAsUser(session, draft('contact.trusted', ledger, { ledger, fingerprint, method }));
}

export async function changeRoles(session: Session, ledger: string, roles: ContactRoles): Promise<void> {
  const contact = current(session, ledger);
  if (contact.revoked !== null) throw new ContactRuleError('revoked-already');
  if (!roles.recipient && !roles.source) throw new ContactRuleError('no-role');
  await appendAsUser(session, draft('contact.roles_changed', ledger, { ledger, roles }));
}

/** The bundle number a revocation starts at: the one after the last bundle applied from this contact. */
export function revocationStart(session: Session, ledger: string): number {
  return (lastImportFrom(exchangeStateOf(session).history, ledger)?.bundleSeq ?? 0) + 1;
}

export async function revokeContact(session: Session, ledger: string, reason: string): Promise<void> {
  const contact = current(session, ledger);
  if (contact.revoked !== null) throw new ContactRuleError('revoked-already');
  await appendAsUser(session, draft('contact.revoked', ledger, { ledger, reason, revokedFromBundleSeq: revocationStart(session, ledger) }));
}
