/**
 * Every event type the command-line tool can check: the same shared registries the app
 * merges. A bundle with a type missing here is refused (FORMAT.md §5), so a registry a
 * feature adds to shared/ must be added to this one list too.
 */
import { custodyEventRegistry } from '@shared/custody/eventTypes';
import { exchangeEventRegistry } from '@shared/exchange/eventTypes';
import { inspectionEventRegistry } from '@shared/inspection/events';
import { accessEventRegistry } from '@shared/ledger/accessEventTypes';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { EventRegistry } from '@shared/ledger/registry';
import { mergeEventRegistries } from '@shared/ledger/registry';
import { matchEventRegistry } from '@shared/oversight/matchEvents';
import { partnerEventRegistry } from '@shared/partners/events';

/** The registries the tool knows. */
export const CLI_EVENT_REGISTRY: EventRegistry = mergeEventRegistries(
  coreEventRegistry,
  accessEventRegistry,
  custodyEventRegistry,
  inspectionEventRegistry,
  exchangeEventRegistry,
  matchEventRegistry,
  partnerEventRegistry,
);
