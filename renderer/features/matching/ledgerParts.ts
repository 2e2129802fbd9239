/**
 * What person matching adds to every ledger session (vault/appLedger.ts): the event types
 * of advisers' decisions on pairs of records, and the projection of the links they make.
 * Kept apart from index.ts so the vault does not load the screens.
 */
import type { EventRegistry } from '@shared/ledger/registry';
import { matchEventRegistry } from '@shared/oversight/matchEvents';
import { matchLinksProjection } from '@shared/oversight/matchLinks';
import type { AnyProjection } from '../../ledger';

export const MATCHING_EVENT_REGISTRY: EventRegistry = matchEventRegistry;

export const MATCHING_PROJECTIONS: readonly AnyProjection[] = [matchLinksProjection];
