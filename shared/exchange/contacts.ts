/**
 * Contacts as the ledger tells them (pure reducer): who was added from which card, whether
 * a person confirmed the fingerprint, their roles, and revocations. Every ledger held has
 * its own contacts (an imported facility's ledger carries that facility's contacts); the
 * app trusts only those of its own ledger. Nothing is ever dropped: a revoked contact stays
 * listed, because the history still names it.
 */
import type { TrustedSender, TrustedSenderLookup } from '../bundle/signature';
import type { LedgerEvent } from '../ledger/envelope';
import type { IdentityCard } from '../ledger/identity';
import type { ContactRoles, ExchangePayloads, FingerprintMethod } from './eventTypes';

/** Who did something and when (the event's recordedAt), for the contact's history. */
export type Stamp = { at: string; by: string; seq: number };

/** One contact of one ledger. */
export type ContactRecord = {
  card: IdentityCard;
  roles: ContactRoles;
  added: Stamp;
  trusted: (Stamp & { method: FingerprintMethod }) | null;
  revoked: (Stamp & { reason: string; fromBundleSeq: number }) | null;
};

/** The contacts of every ledger held, in the order they were added. */
export type ContactsState = { byLedger: ReadonlyMap<string, readonly ContactRecord[]> };

/** Where a contact stands. */
export type ContactStatus = 'unconfirmed' | 'trusted' | 'revoked';

const stampOf = (event: LedgerEvent): Stamp => ({ at: event.recordedAt, by: event.author.name, seq: event.seq });

// Payloads were validated against their schemas when written and when verified.
function nextContacts(contacts: readonly ContactRecord[], event: LedgerEvent): readonly ContactRecord[] {
  if (event.type === 'contact.added') {
    const { card, roles } = event.payload as ExchangePayloads['contact.added'];
    // A second card for one ledger is refused by the command; the first one stays the truth.
    if (contacts.some((contact) => contact.card.ledger === card.ledger)) return contacts;
    return [...contacts, { card, roles, added: stampOf(event), trusted: null, revoked: null }];
  }
  const { ledger } = event.payload as { ledger: string };
  const index = contacts.findIndex((contact) => contact.card.ledger === ledger);
  const current = contacts[index];
  if (current === undefined) return contacts;
  const next = updated(current, event);
  return next === current ? contacts : contacts.with(index, next);
}

function updated(contact: ContactRecord, event: LedgerEvent): ContactRecord {
  switch (event.type) {
    case 'contact.trusted': {
      const { fingerprint, method } = event.payload as ExchangePayloads['contact.trusted'];
      // Trust binds to the exact card compared: another fingerprint confirms nothing.
      if (fingerprint !== contact.card.fingerprint || contact.revoked !== null) return contact;
      return { ...contact, trusted: { ...stampOf(event), method } };
    }
    case 'contact.roles_changed':
      return { ...contact, roles: (event.payload as ExchangePayloads['contact.roles_changed']).roles };
    case 'contact.revoked': {
      if (contact.revoked !== null) return contact;
      const { reason, revokedFromBundleSeq } = event.payload as ExchangePayloads['contact.revoked'];
      return { ...contact, revoked: { ...stampOf(event), reason, fromBundleSeq: revokedFromBundleSeq } };
    }
    default:
      return contact;
  }
}

/** The state after a batch of events; each touched ledger's list is rebuilt once. */
export function applyContactEvents(state: ContactsState, events: readonly LedgerEvent[]): ContactsState {
  let byLedger: Map<string, readonly ContactRecord[]> | undefined;
  for (const event of events) {
    if (!event.type.startsWith('contact.')) continue;
    byLedger ??= new Map(state.byLedger);
    byLedger.set(event.ledger, nextContacts(byLedger.get(event.ledger) ?? [], event));
  }
  return byLedger === undefined ? state : { byLedger };
}

/** An empty state. */
export function initialContactsState(): ContactsState {
  return { byLedger: new Map() };
}

/** Where the contact stands: revoked wins over trusted. */
export function contactStatus(contact: ContactRecord): ContactStatus {
  if (contact.revoked !== null) return 'revoked';
  return contact.trusted === null ? 'unconfirmed' : 'trusted';
}

/** The contact with this ledger id, if any. */
export function contactOf(contacts: readonly ContactRecord[], ledger: string): ContactRecord | undefined {
  return contacts.find((contact) => contact.card.ledger === ledger);
}

/** Contacts bundles can be sent to: confirmed, recipients, not revoked. */
export function recipientContacts(contacts: readonly ContactRecord[]): ContactRecord[] {
  return contacts.filter((contact) => contactStatus(contact) === 'trusted' && contact.roles.recipient);
}

/**
 * The senders whose bundles are accepted: confirmed sources. A revoked source stays in
 * the lookup with the bundle number its revocation starts at, so its later bundles are
 * refused as revoked (and say so) rather than as coming from a stranger.
 */
export function trustedSenderLookup(contacts: readonly ContactRecord[]): TrustedSenderLookup {
  const byLedger = new Map<string, TrustedSender>();
  for (const contact of contacts) {
    if (contact.trusted === null || !contact.roles.source) continue;
    const { ledger, signingKey, facility } = contact.card;
    const revokedFrom = contact.revoked?.fromBundleSeq;
    byLedger.set(ledger, { ledger, signingKey, name: facility, ...(revokedFrom === undefined ? {} : { revokedFromBundleSeq: revokedFrom }) });
  }
  return (sender) => byLedger.get(sender.ledger);
}
