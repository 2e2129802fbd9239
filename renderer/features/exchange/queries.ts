/** Reading the exchange's projections for this installation (its own contacts and history). */
import { useMemo } from 'react';
import type { ContactRecord } from '@shared/exchange/contacts';
import type { BundleHistory } from '@shared/exchange/history';
import { EMPTY_HISTORY } from '@shared/exchange/history';
import type { IdentityCard } from '@shared/ledger/identity';
import { facilityProjection, useProjection } from '../../ledger';
import { useSession } from '../../vault/useSession';
import { bundleHistoryProjection, contactsProjection } from './ledgerParts';
import { cardFor } from './ownFacility';

const NO_CONTACTS: readonly ContactRecord[] = [];

/** This installation's contacts, revoked ones included, in the order they were added. */
export function useContacts(): readonly ContactRecord[] {
  const { ledgerId } = useSession();
  return useProjection(contactsProjection, (state) => state.byLedger.get(ledgerId) ?? NO_CONTACTS);
}

/** This installation's bundle history. */
export function useBundleHistory(): BundleHistory {
  const { ledgerId } = useSession();
  return useProjection(bundleHistoryProjection, (state) => state.byLedger.get(ledgerId) ?? EMPTY_HISTORY);
}

/** This installation's identity card, or undefined before the facility profile exists. */
export function useMyCard(): IdentityCard | undefined {
  const session = useSession();
  const facility = useProjection(facilityProjection, (state) => state.byLedger.get(session.ledgerId)?.profile.name);
  return useMemo(() => cardFor(session, facility), [session, facility]);
}

/** The facility name of a ledger held, from its own ledger, or the name a contact's card gives it. */
export function useFacilityNames(): (ledger: string) => string | undefined {
  const facilities = useProjection(facilityProjection, (state) => state.byLedger);
  const contacts = useContacts();
  return useMemo(() => {
    const fromCards = new Map(contacts.map((contact) => [contact.card.ledger, contact.card.facility]));
    return (ledger) => facilities.get(ledger)?.profile.name ?? fromCards.get(ledger);
  }, [facilities, contacts]);
}
