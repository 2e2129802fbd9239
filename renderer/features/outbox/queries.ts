/** Reading the outbox and the contacts it serves. */
import { useMemo } from 'react';
import type { ContactRecord } from '@shared/exchange/contacts';
import { recipientContacts } from '@shared/exchange/contacts';
import { useContacts } from '../exchange';
import type { OutboxEntry } from './outboxModel';
import type { OutboxState } from './outboxStore';
import { useOutboxStore } from './outboxStore';

/** Confirmed, not revoked recipients: the contacts bundles may be sent to. */
export function useRecipients(): readonly ContactRecord[] {
  const contacts = useContacts();
  return useMemo(() => recipientContacts(contacts), [contacts]);
}

/** A contact's facility name by ledger id (revoked contacts included: old entries still name them). */
export function useContactNames(): (ledger: string) => string | undefined {
  const contacts = useContacts();
  return useMemo(() => {
    const names = new Map(contacts.map((contact) => [contact.card.ledger, contact.card.facility]));
    return (ledger) => names.get(ledger);
  }, [contacts]);
}

/** The outbox entries, newest first. */
export function useOutboxEntries(): readonly OutboxEntry[] {
  const entries = useOutboxStore((state) => state.entries);
  return useMemo(() => [...entries].sort((a, b) => b.queuedAt.localeCompare(a.queuedAt)), [entries]);
}

/** Each contact's endpoint, by ledger id. */
export function useEndpoints(): Readonly<Record<string, string>> {
  return useOutboxStore((state) => state.settings.endpoints);
}

/** The runner's phase, what it is sending and whether the computer is online. */
export function useOutboxStatus(): Pick<OutboxState, 'phase' | 'sendingId' | 'skipped' | 'isOnline'> {
  const phase = useOutboxStore((state) => state.phase);
  const sendingId = useOutboxStore((state) => state.sendingId);
  const skipped = useOutboxStore((state) => state.skipped);
  const isOnline = useOutboxStore((state) => state.isOnline);
  return { phase, sendingId, skipped, isOnline };
}
