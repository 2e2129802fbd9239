/**
 * The projections' current states for React. The session publishes whole new states
 * after each append, import or replay; components read them through useProjection with a
 * selector, so a component re-renders only when what it selected changed. Keys never go
 * here; on lock the vault resets this store, dropping the decrypted states.
 */
import { createStore } from '../../stores/createStore';
import type { LedgerCursor, ProjectionStates } from './types';

export const PROJECTION_PHASES = ['locked', 'loading', 'ready', 'rebuilding'] as const;
export type ProjectionPhase = (typeof PROJECTION_PHASES)[number];

export type ProjectionProgress = { done: number; total: number | null };

type ProjectionStoreState = {
  phase: ProjectionPhase;
  progress: ProjectionProgress | null;
  states: ProjectionStates;
  cursor: LedgerCursor;
  publish: (states: ProjectionStates, cursor: LedgerCursor) => void;
  setPhase: (phase: ProjectionPhase, progress?: ProjectionProgress | null) => void;
  clear: () => void;
};

export const useProjectionStore = createStore<ProjectionStoreState>((set) => ({
  phase: 'locked',
  progress: null,
  states: {},
  cursor: {},
  publish: (states, cursor) => {
    set({ states, cursor });
  },
  setPhase: (phase, progress = null) => {
    set({ phase, progress });
  },
  clear: () => {
    set({ phase: 'locked', progress: null, states: {}, cursor: {} });
  },
}));

/** The session's sink that publishes into this store. */
export const projectionStoreSink = {
  publish: (states: ProjectionStates, cursor: LedgerCursor): void => {
    useProjectionStore.getState().publish(states, cursor);
  },
  progress: (phase: 'loading' | 'rebuilding' | 'ready', done: number): void => {
    useProjectionStore.getState().setPhase(phase, phase === 'ready' ? null : { done, total: null });
  },
  clear: (): void => {
    useProjectionStore.getState().clear();
  },
};
