/**
 * Storage shapes of the ledger tables (design §4.2). Only the fields named here are
 * plaintext, and none of them is identifying: who and what an event is about lives in
 * the sealed bodies. Rows are never updated in place: a page or tail row is added once
 * and a tail row is only ever deleted when the page that holds its event is added.
 */
import type { Table } from 'dexie';

/** One sealed page of a ledger: its events as canonical NDJSON (pageCodec.ts). */
export type PageRow = {
  ledger: string;
  /** 1, 2, 3 … per ledger, gapless. */
  pageNo: number;
  firstSeq: number;
  lastSeq: number;
  count: number;
  /** Hash of the page's last event. */
  headHash: string;
  /** Sealed NDJSON, deflated in this installation's own pages; the associated data binds every field above. */
  body: Uint8Array;
  /** The AES-GCM nonce of an imported page (bulkSeal.ts); absent on own pages and on imported pages of earlier versions. */
  nonce?: Uint8Array;
};

/** One sealed event of this installation's ledger that is not yet in a page. */
export type TailRow = {
  ledger: string;
  seq: number;
  /** Sealed canonical JSON of the event; the associated data binds ledger and seq. */
  body: Uint8Array;
};

/**
 * One chunk of a sealed snapshot of the projections. Chunk 0 holds the manifest (cursor,
 * projection versions); chunks 1… hold the serialized states. A generation is written
 * whole in one transaction, so a partly written snapshot never exists.
 */
export type SnapshotRow = {
  generation: number;
  chunkNo: number;
  chunkCount: number;
  body: Uint8Array;
};

/**
 * The tables the ledger storage needs; HabeasDb declares them in schema version 2, with
 * one index besides the keys: pages by [ledger+lastSeq], to find the page holding a seq.
 */
export type LedgerTables = {
  pages: Table<PageRow, [string, number]>;
  tail: Table<TailRow, [string, number]>;
  snapshots: Table<SnapshotRow, [number, number]>;
};
