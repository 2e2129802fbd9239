import { stateOf } from './projectionSet';
import { useProjectionStore } from './projectionStore';
import type { Projection } from './types';

/**
 * A value selected from one projection's current state, e.g.
 * `useProjection(facilityProjection, (s) => facilityOf(s, ledger))`. The selector must
 * return something stable for an unchanged state (a part of it, not a new object).
 */
export function useProjection<S, T>(projection: Projection<S>, selector: (state: S) => T): T {
  return useProjectionStore((store) => selector(stateOf(store.states, projection)));
}
