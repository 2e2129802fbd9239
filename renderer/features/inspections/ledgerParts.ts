/**
 * What inspections add to every ledger session (vault/appLedger.ts): their event types,
 * and the projections of finished inspections, imported templates and corrective actions.
 * Kept apart from index.ts so the vault does not load the screens.
 */
import { actionsProjection } from '@shared/inspection/actionsProjection';
import { inspectionEventRegistry } from '@shared/inspection/events';
import { inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import type { EventRegistry } from '@shared/ledger/registry';
import type { AnyProjection } from '../../ledger';

export const INSPECTIONS_EVENT_REGISTRY: EventRegistry = inspectionEventRegistry;

export const INSPECTIONS_PROJECTIONS: readonly AnyProjection[] = [inspectionsProjection, actionsProjection];
