/**
 * The facility profile of every ledger held: from `ledger.created`, replaced whole by
 * each `facility.updated` (its payload is the complete new profile).
 */
import type { CorePayloads, FacilityProfile } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { Projection } from './types';

export type FacilityRecord = { ledger: string; profile: FacilityProfile; createdSeq: number; updatedSeq: number };
export type FacilityState = { byLedger: ReadonlyMap<string, FacilityRecord> };

function applyFacility(state: FacilityState, event: LedgerEvent): FacilityState {
  if (event.type !== 'ledger.created' && event.type !== 'facility.updated') return state;
  // Payloads were validated against their schema when written and when verified.
  const profile = event.payload as CorePayloads['ledger.created'];
  const previous = state.byLedger.get(event.ledger);
  const record: FacilityRecord = {
    ledger: event.ledger,
    profile,
    createdSeq: previous?.createdSeq ?? event.seq,
    updatedSeq: event.seq,
  };
  return { byLedger: new Map(state.byLedger).set(event.ledger, record) };
}

export const facilityProjection: Projection<FacilityState> = {
  name: 'facility',
  version: 1,
  initial: () => ({ byLedger: new Map() }),
  apply: applyFacility,
  serialize: (state) => [[...state.byLedger.values()]],
  deserialize: (parts) => {
    const records = (parts[0] ?? []) as FacilityRecord[];
    return { byLedger: new Map(records.map((record) => [record.ledger, record])) };
  },
};

/** The profile of one ledger's facility, if its creation event is held. */
export function facilityOf(state: FacilityState, ledger: string): FacilityProfile | undefined {
  return state.byLedger.get(ledger)?.profile;
}
