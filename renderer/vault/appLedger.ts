/**
 * What this app's ledger sessions are made of: the event types it accepts and the
 * projections it keeps in memory. Features that bring event types or projections (custody,
 * inspections …) add them here, in one place, as featureRegistry.ts does for screens.
 */
import { accessEventRegistry } from '@shared/ledger/accessEventTypes';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import { mergeEventRegistries } from '@shared/ledger/registry';
import type { EventRegistry } from '@shared/ledger/registry';
import { custodyEventRegistry } from '@shared/custody/eventTypes';
import { custodyProjection } from '../custody/projection';
import { EXCHANGE_EVENT_REGISTRY, EXCHANGE_PROJECTIONS } from '../features/exchange/ledgerParts';
import { INSPECTIONS_EVENT_REGISTRY, INSPECTIONS_PROJECTIONS } from '../features/inspections/ledgerParts';
import { MATCHING_EVENT_REGISTRY, MATCHING_PROJECTIONS } from '../features/matching/ledgerParts';
import { PARTNERS_EVENT_REGISTRY, PARTNERS_PROJECTIONS } from '../features/partners/ledgerParts';
import { CORE_PROJECTIONS } from '../ledger';
import type { AnyProjection } from '../ledger';

export const APP_EVENT_REGISTRY: EventRegistry = mergeEventRegistries(
  coreEventRegistry,
  accessEventRegistry,
  EXCHANGE_EVENT_REGISTRY,
  INSPECTIONS_EVENT_REGISTRY,
  MATCHING_EVENT_REGISTRY,
  PARTNERS_EVENT_REGISTRY,
  custodyEventRegistry,
);

export const APP_PROJECTIONS: readonly AnyProjection[] = [...CORE_PROJECTIONS, ...EXCHANGE_PROJECTIONS, ...INSPECTIONS_PROJECTIONS, ...MATCHING_PROJECTIONS, ...PARTNERS_PROJECTIONS, custodyProjection];
