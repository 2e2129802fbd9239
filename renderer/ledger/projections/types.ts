/**
 * Projections: pure reducers from ledger events to in-memory state (design §4.2). They are
 * never the source of truth: every state can be recomputed from the events, so a snapshot
 * is only a shortcut and deleting it loses nothing.
 *
 * Rules for a projection:
 * - `apply` never changes the state it is given; it returns a new one sharing what did
 *   not change (React and the store compare by reference).
 * - Its result must not depend on how events of different ledgers interleave, only on
 *   each ledger's events in seq order: keep per-ledger data apart, or order it by
 *   (ledger, seq). A snapshot plus replay must equal a full rebuild.
 * - `applyMany` (optional) must equal folding `apply`; it exists so big states copy
 *   their containers once per batch instead of once per event.
 * - Bump `version` whenever the state's shape or meaning changes: snapshots of another
 *   version are ignored and the state is rebuilt.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';

export type Projection<S> = {
  readonly name: string;
  readonly version: number;
  initial(): S;
  apply(state: S, event: LedgerEvent): S;
  applyMany?(state: S, events: readonly LedgerEvent[]): S;
  /** JSON-ready parts, each written as one snapshot line; by default the whole state is one part. */
  serialize?(state: S): readonly unknown[];
  deserialize?(parts: readonly unknown[]): S;
};

/** Any projection, whatever its state type (methods are checked bivariantly). */
export type AnyProjection = Projection<unknown>;

/** Current states by projection name. */
export type ProjectionStates = Readonly<Record<string, unknown>>;

/** Per ledger, the last event applied: its seq and hash. */
export type LedgerCursor = Readonly<Record<string, { seq: number; hash: string }>>;
