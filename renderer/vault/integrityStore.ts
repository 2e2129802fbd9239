/**
 * How far the stored ledgers have been re-verified in this session, and the first
 * failure if any (security.md T3): the audit trail shows each event's chain status from
 * it, and the frame shows a banner naming the ledger and seq that no longer verify. Only
 * ledger ids and seqs, never register data; emptied on lock.
 */
import type { StoredFailure, VerifyProgress } from '../ledger';
import { createStore } from '../stores/createStore';

export const INTEGRITY_PHASES = ['idle', 'checking', 'verified', 'failed'] as const;
export type IntegrityPhase = (typeof INTEGRITY_PHASES)[number];

export type IntegrityFailure = Pick<StoredFailure, 'ledger' | 'seq' | 'reason'>;

/** Per ledger, the highest seq verified so far in this session. */
export type VerifiedThrough = Readonly<Record<string, number>>;

type IntegrityState = {
  phase: IntegrityPhase;
  verifiedThrough: VerifiedThrough;
  failure: IntegrityFailure | null;
  start: () => void;
  advance: (progress: VerifyProgress) => void;
  finish: (heads: Readonly<Record<string, { seq: number }>>) => void;
  fail: (failure: IntegrityFailure) => void;
};

export const useIntegrityStore = createStore<IntegrityState>((set) => ({
  phase: 'idle',
  verifiedThrough: {},
  failure: null,
  start: () => {
    set({ phase: 'checking', verifiedThrough: {}, failure: null });
  },
  advance: ({ ledger, eventsDone }) => {
    set((state) => ({ verifiedThrough: { ...state.verifiedThrough, [ledger]: eventsDone } }));
  },
  finish: (heads) => {
    const verifiedThrough = Object.fromEntries(Object.entries(heads).map(([ledger, head]) => [ledger, head.seq]));
    set({ phase: 'verified', verifiedThrough });
  },
  fail: (failure) => {
    set({ phase: 'failed', failure });
  },
}));

export const CHAIN_STATUSES = ['verified', 'pending', 'failed'] as const;
export type ChainStatus = (typeof CHAIN_STATUSES)[number];

/**
 * One event's chain status. Once a full verification passed, events appended since are
 * verified too: the app builds and checks each link as it appends or imports it.
 */
export function chainStatusOf(
  state: Pick<IntegrityState, 'phase' | 'verifiedThrough' | 'failure'>,
  ledger: string,
  seq: number,
): ChainStatus {
  const { failure } = state;
  if (failure !== null && failure.ledger === ledger && seq >= failure.seq) return 'failed';
  if (seq <= (state.verifiedThrough[ledger] ?? 0)) return 'verified';
  return state.phase === 'verified' ? 'verified' : 'pending';
}
