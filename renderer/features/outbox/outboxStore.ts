/**
 * What the outbox screens show, as the runner (outboxRunner.ts) last published it: the
 * queue, the endpoints, what is being sent right now and whether the computer is online.
 * Only the runner writes here; the sealed `outbox` table stays the truth.
 */
import { createStore } from '../../stores/createStore';
import type { OutboxEntry } from './outboxModel';
import type { OutboxSettings } from './outboxStorage';

export type OutboxPhase = 'idle' | 'loading' | 'ready' | 'failed';

export type OutboxState = {
  phase: OutboxPhase;
  entries: readonly OutboxEntry[];
  settings: OutboxSettings;
  /** The entry being uploaded at this moment. */
  sendingId: string | null;
  /** Rows that did not open (written by a newer version, or damaged); they are kept, not shown. */
  skipped: number;
  isOnline: boolean;
};

export const useOutboxStore = createStore<OutboxState>(() => ({
  phase: 'idle',
  entries: [],
  settings: { endpoints: {} },
  sendingId: null,
  skipped: 0,
  isOnline: true,
}));
