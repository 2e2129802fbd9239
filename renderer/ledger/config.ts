/**
 * Tuning of the ledger storage. The defaults come from the ledger benchmark
 * (scripts/bench-ledger.mjs) on the target machines; tests shrink the sizes to exercise
 * folding and chunking with few events.
 */

export type LedgerConfig = {
  /**
   * Events per page. IndexedDB costs ~0.2 ms per record whatever its size (perf.md), so
   * at 1,000 events (~850 KB of NDJSON, ~200 KB sealed) the per-record cost is a rounding
   * error, while folding a full tail, or decrypting one page for a timeline, stays in the
   * tens of milliseconds.
   */
  pageSize: number;
  /** fflate level for page bodies and snapshot chunks: 3 compresses 15% better than 1 at the same speed here. */
  deflateLevel: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** A snapshot is written after this many events have been applied since the last one. */
  snapshotEveryEvents: number;
  /** Plaintext bytes per snapshot chunk. */
  snapshotChunkBytes: number;
  /** Decrypted pages kept for timelines and replays. */
  pageCacheSize: number;
};

export const DEFAULT_LEDGER_CONFIG: LedgerConfig = {
  pageSize: 1000,
  deflateLevel: 3,
  snapshotEveryEvents: 5000,
  snapshotChunkBytes: 4 * 1024 * 1024,
  pageCacheSize: 8,
};

/**
 * Test-only fault injection: each hook runs inside the append transaction at the point it
 * names, and throwing from it must roll the whole append back.
 */
export type LedgerFaultHooks = {
  afterTailWrite?: () => void;
  afterPageWrite?: () => void;
};
