/**
 * Projection of corrective actions. An action may be updated or closed from another
 * installation than the one that opened it (an adviser verifying on site), and those
 * events may arrive before the opening: each action therefore keeps its events, sorted
 * by when they happened and then (ledger, seq), so every arrival order gives one state.
 * Current fields are derived when read (actionViews.ts).
 */
import type { LedgerEvent } from '../ledger/envelope';
import type { EventMeta } from './eventMeta';
import { compareByPosition, insertSorted, metaOf } from './eventMeta';
import type { InspectionPayloads } from './events';

/** The opening of an action. */
export type ActionOpening = { readonly meta: EventMeta; readonly payload: InspectionPayloads['action.opened'] };
/** An update of an action. */
export type ActionUpdate = { readonly meta: EventMeta; readonly payload: InspectionPayloads['action.updated'] };
/** A closure of an action. */
export type ActionClosure = { readonly meta: EventMeta; readonly payload: InspectionPayloads['action.closed'] };

/** Everything recorded about one action; `opened` is missing until its opening event arrives. */
export type ActionRecord = {
  readonly id: string;
  readonly opened?: ActionOpening;
  readonly updates: readonly ActionUpdate[];
  readonly closures: readonly ActionClosure[];
};

/** Actions by id. */
export type ActionsState = { readonly byId: ReadonlyMap<string, ActionRecord> };

/** Bump when the state's shape or meaning changes, so old snapshots are rebuilt. */
export const ACTIONS_PROJECTION_VERSION = 1;

/** The state before any event. */
export function initialActionsState(): ActionsState {
  return { byId: new Map() };
}

function nextRecord(record: ActionRecord, event: LedgerEvent): ActionRecord {
  const meta = metaOf(event);
  // Payloads were validated against their schema when appended and when imported.
  switch (event.type) {
    case 'action.opened': {
      const isFirst = record.opened === undefined || compareByPosition(meta, record.opened.meta) < 0;
      const payload = event.payload as InspectionPayloads['action.opened'];
      return isFirst ? { ...record, opened: { meta, payload } } : record;
    }
    case 'action.updated':
      return {
        ...record,
        updates: insertSorted(record.updates, { meta, payload: event.payload as InspectionPayloads['action.updated'] }),
      };
    case 'action.closed':
      return {
        ...record,
        closures: insertSorted(record.closures, { meta, payload: event.payload as InspectionPayloads['action.closed'] }),
      };
    default:
      return record;
  }
}

/** The state after one event; other event types leave it as it is (same object). */
export function applyActionEvent(state: ActionsState, event: LedgerEvent): ActionsState {
  if (!event.type.startsWith('action.')) return state;
  const previous = state.byId.get(event.subject) ?? { id: event.subject, updates: [], closures: [] };
  const record = nextRecord(previous, event);
  return record === previous ? state : { byId: new Map(state.byId).set(event.subject, record) };
}

/** Folds a batch, copying the map once instead of once per event. */
export function applyActionEvents(state: ActionsState, events: readonly LedgerEvent[]): ActionsState {
  const byId = new Map(state.byId);
  let isChanged = false;
  for (const event of events) {
    if (!event.type.startsWith('action.')) continue;
    const previous = byId.get(event.subject) ?? { id: event.subject, updates: [], closures: [] };
    const record = nextRecord(previous, event);
    if (record !== previous) {
      byId.set(event.subject, record);
      isChanged = true;
    }
  }
  return isChanged ? { byId } : state;
}

/** The projection, shaped as renderer Projection<ActionsState>. */
export const actionsProjection = {
  name: 'actions',
  version: ACTIONS_PROJECTION_VERSION,
  initial: initialActionsState,
  apply: applyActionEvent,
  applyMany: applyActionEvents,
  serialize: (state: ActionsState): readonly unknown[] => [[...state.byId.values()]],
  deserialize: (parts: readonly unknown[]): ActionsState => {
    // Snapshots are sealed and written by serialize above; their shape is trusted.
    const records = (parts[0] ?? []) as ActionRecord[];
    return { byId: new Map(records.map((record) => [record.id, record])) };
  },
} as const;
