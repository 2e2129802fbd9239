/**
 * The one place that creates Zustand stores (lint bans importing zustand elsewhere).
 * Every store registers a reset so tests start from a clean slate without knowing which
 * stores a component touched.
 */
import { create } from 'zustand';
import type { StateCreator, StoreApi, UseBoundStore } from 'zustand';

const resets = new Set<() => void>();

export function createStore<State>(initializer: StateCreator<State>): UseBoundStore<StoreApi<State>> {
  const store = create<State>()(initializer);
  resets.add(() => {
    store.setState(store.getInitialState(), true);
  });
  return store;
}

/** Puts every store back to its initial state; called after each test. */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}
