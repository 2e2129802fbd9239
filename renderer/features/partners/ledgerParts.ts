/**
 * What partner assessment adds to every ledger session (vault/appLedger.ts): its event
 * types and the projection of partners, measures and decisions. Kept apart from index.ts
 * so the vault does not load the screens.
 */
import type { EventRegistry } from '@shared/ledger/registry';
import { partnerEventRegistry } from '@shared/partners/events';
import { partnersProjection } from '@shared/partners/projection';
import type { AnyProjection } from '../../ledger';

export const PARTNERS_EVENT_REGISTRY: EventRegistry = partnerEventRegistry;

export const PARTNERS_PROJECTIONS: readonly AnyProjection[] = [partnersProjection];
