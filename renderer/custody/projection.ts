/**
 * The custody projection as the session keeps it: custody records by subject, built by
 * the pure reducer of shared/custody. Registered once in vault/appLedger.ts.
 */
import type { CustodyState } from '@shared/custody/custodyProjection';
import {
  applyCustodyEvent,
  applyCustodyEvents,
  CUSTODY_PROJECTION_VERSION,
  deserializeCustodyState,
  initialCustodyState,
  serializeCustodyState,
} from '@shared/custody/custodyProjection';
import type { Projection } from '../ledger';

export const custodyProjection: Projection<CustodyState> = {
  name: 'custody',
  version: CUSTODY_PROJECTION_VERSION,
  initial: initialCustodyState,
  apply: applyCustodyEvent,
  applyMany: applyCustodyEvents,
  serialize: serializeCustodyState,
  deserialize: deserializeCustodyState,
};
