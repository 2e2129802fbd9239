/**
 * What the exchange adds to every ledger session: its event types and three projections
 * (contacts, bundle history, and the head of each ledger held). Imported by
 * vault/appLedger.ts, so this file must not import the vault or any screen.
 */
import type { ContactRecord, ContactsState } from '@shared/exchange/contacts';
import { applyContactEvents, initialContactsState } from '@shared/exchange/contacts';
import { exchangeEventRegistry } from '@shared/exchange/eventTypes';
import type { BundleHistory, HistoryState } from '@shared/exchange/history';
import { applyHistoryEvents, initialHistoryState } from '@shared/exchange/history';
import type { LedgerHead } from '@shared/ledger/chain';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { EventRegistry } from '@shared/ledger/registry';
import type { AnyProjection, Projection } from '../../ledger';

export const EXCHANGE_EVENT_REGISTRY: EventRegistry = exchangeEventRegistry;

export const contactsProjection: Projection<ContactsState> = {
  name: 'contacts',
  version: 1,
  initial: initialContactsState,
  apply: (state, event) => applyContactEvents(state, [event]),
  applyMany: applyContactEvents,
  serialize: (state) => [[...state.byLedger]],
  deserialize: (parts) => ({ byLedger: new Map((parts[0] ?? []) as [string, ContactRecord[]][]) }),
};

export const bundleHistoryProjection: Projection<HistoryState> = {
  name: 'bundleHistory',
  version: 1,
  initial: initialHistoryState,
  apply: (state, event) => applyHistoryEvents(state, [event]),
  applyMany: applyHistoryEvents,
  serialize: (state) => [[...state.byLedger]],
  deserialize: (parts) => ({ byLedger: new Map((parts[0] ?? []) as [string, BundleHistory][]) }),
};

/** The last event held of each ledger, with its recordedAt (the importer's clock check needs it). */
export type HeadsState = { byLedger: ReadonlyMap<string, NonNullable<LedgerHead>> };

function applyHeads(state: HeadsState, events: readonly LedgerEvent[]): HeadsState {
  const last = events.at(-1);
  if (last === undefined) return state;
  const byLedger = new Map(state.byLedger);
  for (const event of events) byLedger.set(event.ledger, { ledger: event.ledger, seq: event.seq, hash: event.hash, recordedAt: event.recordedAt });
  return { byLedger };
}

export const ledgerHeadsProjection: Projection<HeadsState> = {
  name: 'ledgerHeads',
  version: 1,
  initial: () => ({ byLedger: new Map() }),
  apply: (state, event) => applyHeads(state, [event]),
  applyMany: applyHeads,
  serialize: (state) => [[...state.byLedger.values()]],
  deserialize: (parts) => {
    const heads = (parts[0] ?? []) as NonNullable<LedgerHead>[];
    return { byLedger: new Map(heads.map((head) => [head.ledger, head])) };
  },
};

export const EXCHANGE_PROJECTIONS: readonly AnyProjection[] = [contactsProjection, bundleHistoryProjection, ledgerHeadsProjection];
