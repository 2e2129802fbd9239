/**
 * Projection of partners, their assessments, measures and decisions. Advisers exchange these
 * events in bundles, so they arrive in any order (an update before the measure it updates):
 * every list is kept sorted by when it happened, then (ledger, seq), and the one competing
 * fact (a measure's or decision's first recording) is decided by (ledger, seq), so every
 * arrival order gives one state. Nothing is ever dropped: each assessment stays as a version.
 */
import type { LedgerEvent } from '../ledger/envelope';
import type { EventMeta } from '../inspection/eventMeta';
import { compareByPosition, insertSorted, metaOf } from '../inspection/eventMeta';
import type { PartnerPayloads } from './events';

/** A recorded fact: where it sits and what it said. */
export type Entry<P> = { readonly meta: EventMeta; readonly payload: P };

/** Everything recorded about one partner; `profiles` holds the registration and every update. */
export type PartnerRecord = {
  readonly id: string;
  readonly profiles: readonly Entry<PartnerPayloads['partner.registered']>[];
  readonly assessments: readonly Entry<PartnerPayloads['partner.assessed']>[];
};

/** One measure; `added` is missing until its first event arrives. */
export type MeasureRecord = {
  readonly id: string;
  readonly added?: Entry<PartnerPayloads['partner.measure_added']>;
  readonly updates: readonly Entry<PartnerPayloads['partner.measure_updated']>[];
};

/** One decision on support. */
export type DecisionRecord = { readonly id: string } & Entry<PartnerPayloads['partner.decision_recorded']>;

/** Partners, measures and decisions by id. */
export type PartnersState = {
  readonly partners: ReadonlyMap<string, PartnerRecord>;
  readonly measures: ReadonlyMap<string, MeasureRecord>;
  readonly decisions: ReadonlyMap<string, DecisionRecord>;
};

/** Bump when the state's shape or meaning changes, so old snapshots are rebuilt. */
export const PARTNERS_PROJECTION_VERSION = 1;

/** The state before any event. */
export function initialPartnersState(): PartnersState {
  return { partners: new Map(), measures: new Map(), decisions: new Map() };
}

type Maps = {
  partners: Map<string, PartnerRecord>;
  measures: Map<string, MeasureRecord>;
  decisions: Map<string, DecisionRecord>;
};

function emptyPartner(id: string): PartnerRecord {
  return { id, profiles: [], assessments: [] };
}

/** NOTE: mutates `maps`. Applies a partner profile or assessment event. */
function applyPartner(maps: Maps, event: LedgerEvent, meta: EventMeta): void {
  const previous = maps.partners.get(event.subject) ?? emptyPartner(event.subject);
  // Payloads were validated against their schema when appended and when imported.
  if (event.type === 'partner.assessed') {
    const entry = { meta, payload: event.payload as PartnerPayloads['partner.assessed'] };
    maps.partners.set(event.subject, { ...previous, assessments: insertSorted(previous.assessments, entry) });
  } else {
    const entry = { meta, payload: event.payload as PartnerPayloads['partner.registered'] };
    maps.partners.set(event.subject, { ...previous, profiles: insertSorted(previous.profiles, entry) });
  }
}

/** NOTE: mutates `maps`. Applies a measure event. */
function applyMeasure(maps: Maps, event: LedgerEvent, meta: EventMeta): void {
  const previous = maps.measures.get(event.subject) ?? { id: event.subject, updates: [] };
  if (event.type === 'partner.measure_added') {
    const isFirst = previous.added === undefined || compareByPosition(meta, previous.added.meta) < 0;
    if (!isFirst) return;
    maps.measures.set(event.subject, { ...previous, added: { meta, payload: event.payload as PartnerPayloads['partner.measure_added'] } });
    return;
  }
  const entry = { meta, payload: event.payload as PartnerPayloads['partner.measure_updated'] };
  maps.measures.set(event.subject, { ...previous, updates: insertSorted(previous.updates, entry) });
}

/** NOTE: mutates `maps`. Applies a decision event; a second one with the same subject loses to the first by position. */
function applyDecision(maps: Maps, event: LedgerEvent, meta: EventMeta): void {
  const previous = maps.decisions.get(event.subject);
  if (previous !== undefined && compareByPosition(previous.meta, meta) <= 0) return;
  maps.decisions.set(event.subject, { id: event.subject, meta, payload: event.payload as PartnerPayloads['partner.decision_recorded'] });
}

const HANDLERS: Readonly<Record<string, (maps: Maps, event: LedgerEvent, meta: EventMeta) => void>> = {
  'partner.registered': applyPartner,
  'partner.updated': applyPartner,
  'partner.assessed': applyPartner,
  'partner.measure_added': applyMeasure,
  'partner.measure_updated': applyMeasure,
  'partner.decision_recorded': applyDecision,
};

/** Folds a batch, copying the maps once; other event types leave the state as it is (same object). */
export function applyPartnerEvents(state: PartnersState, events: readonly LedgerEvent[]): PartnersState {
  const relevant = events.filter((event) => Object.hasOwn(HANDLERS, event.type));
  if (relevant.length === 0) return state;
  const maps: Maps = { partners: new Map(state.partners), measures: new Map(state.measures), decisions: new Map(state.decisions) };
  for (const event of relevant) HANDLERS[event.type]?.(maps, event, metaOf(event));
  return maps;
}

/** The state after one event. */
export function applyPartnerEvent(state: PartnersState, event: LedgerEvent): PartnersState {
  return applyPartnerEvents(state, [event]);
}

/** The projection, shaped as renderer Projection<PartnersState>. */
export const partnersProjection = {
  name: 'partners',
  version: PARTNERS_PROJECTION_VERSION,
  initial: initialPartnersState,
  apply: applyPartnerEvent,
  applyMany: applyPartnerEvents,
  serialize: (state: PartnersState): readonly unknown[] => [[...state.partners.values()], [...state.measures.values()], [...state.decisions.values()]],
  deserialize: (parts: readonly unknown[]): PartnersState => {
    // Snapshots are sealed and written by serialize above; their shape is trusted.
    const [partners = [], measures = [], decisions = []] = parts as [PartnerRecord[]?, MeasureRecord[]?, DecisionRecord[]?];
    return {
      partners: new Map(partners.map((record) => [record.id, record])),
      measures: new Map(measures.map((record) => [record.id, record])),
      decisions: new Map(decisions.map((record) => [record.id, record])),
    };
  },
} as const;
