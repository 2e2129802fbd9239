/**
 * Applying events to a set of projections, and the typed access to one projection's
 * state inside the untyped states record.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { AnyProjection, LedgerCursor, Projection, ProjectionStates } from './types';

/**
 * Checks that names are unique.
 * @throws Error on a duplicate name
 */
export function assertProjectionSet(projections: readonly AnyProjection[]): void {
  const names = new Set<string>();
  for (const { name } of projections) {
    if (names.has(name)) throw new Error(`projection ${name} is registered twice`);
    names.add(name);
  }
}

export function initialStates(projections: readonly AnyProjection[]): ProjectionStates {
  return Object.fromEntries(projections.map((projection) => [projection.name, projection.initial()]));
}

const initialCache = new WeakMap<AnyProjection, unknown>();

/** The projection's state, or its (cached, so referentially stable) initial state. */
export function stateOf<S>(states: ProjectionStates, projection: Projection<S>): S {
  if (Object.hasOwn(states, projection.name)) return states[projection.name] as S;
  if (!initialCache.has(projection)) initialCache.set(projection, projection.initial());
  return initialCache.get(projection) as S;
}

/** The events not yet applied: after the cursor, and not repeated within the batch. Replays and re-imports are no-ops. */
export function unapplied(cursor: LedgerCursor, events: readonly LedgerEvent[]): readonly LedgerEvent[] {
  const reached = new Map<string, number>();
  return events.filter((event) => {
    const last = reached.get(event.ledger) ?? cursor[event.ledger]?.seq ?? 0;
    if (event.seq <= last) return false;
    reached.set(event.ledger, event.seq);
    return true;
  });
}

/** The states after the events, and the cursor moved past them. */
export function applyEvents(
  projections: readonly AnyProjection[],
  states: ProjectionStates,
  cursor: LedgerCursor,
  events: readonly LedgerEvent[],
): { states: ProjectionStates; cursor: LedgerCursor } {
  const fresh = unapplied(cursor, events);
  if (fresh.length === 0) return { states, cursor };
  const next: Record<string, unknown> = { ...states };
  for (const projection of projections) {
    const state = stateOf(states, projection);
    next[projection.name] = projection.applyMany
      ? projection.applyMany(state, fresh)
      : fresh.reduce((current, event) => projection.apply(current, event), state);
  }
  const moved: Record<string, { seq: number; hash: string }> = { ...cursor };
  for (const event of fresh) moved[event.ledger] = { seq: event.seq, hash: event.hash };
  return { states: next, cursor: moved };
}

export function projectionVersions(projections: readonly AnyProjection[]): Record<string, number> {
  return Object.fromEntries(projections.map((projection) => [projection.name, projection.version]));
}
