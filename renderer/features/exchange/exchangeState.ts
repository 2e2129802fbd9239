/**
 * The exchange's view of an unlocked session, read once at the moment a command runs:
 * this installation's own contacts and bundle history (other ledgers' contacts are theirs,
 * never trusted here) and the head of every ledger held.
 */
import type { ContactRecord } from '@shared/exchange/contacts';
import type { BundleHistory } from '@shared/exchange/history';
import { EMPTY_HISTORY } from '@shared/exchange/history';
import type { LedgerHead } from '@shared/ledger/chain';
import type { OpenedVault } from '../../vault/openVault';
import { projectionState } from '../../vault/session';
import { bundleHistoryProjection, contactsProjection, ledgerHeadsProjection } from './ledgerParts';

export type ExchangeState = {
  contacts: readonly ContactRecord[];
  history: BundleHistory;
  heads: ReadonlyMap<string, NonNullable<LedgerHead>>;
};

export function exchangeStateOf(session: OpenedVault): ExchangeState {
  const { states } = session.ledger.current();
  return {
    contacts: projectionState(states, contactsProjection).byLedger.get(session.ledgerId) ?? [],
    history: projectionState(states, bundleHistoryProjection).byLedger.get(session.ledgerId) ?? EMPTY_HISTORY,
    heads: projectionState(states, ledgerHeadsProjection).byLedger,
  };
}
