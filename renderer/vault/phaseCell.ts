/**
 * The vault provider's phase, readable synchronously by its async actions (a lock must
 * see the session an unlock just opened) and subscribed to by React. One cell per
 * provider, created with it: never module state, never a store.
 */
import type { VaultPhase } from './vaultPhase';

export type PhaseCell = {
  get: () => VaultPhase;
  set: (next: VaultPhase) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createPhaseCell(initial: VaultPhase): PhaseCell {
  let phase = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => phase,
    set: (next) => {
      phase = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
