/**
 * Snapshot generations in the `snapshots` table. A generation is a sealed manifest (chunk
 * 0) and sealed data chunks (1…n), written in one transaction that also deletes every
 * older generation, so there is always at most one complete snapshot and never a partial
 * one. What the chunks contain is the projections' business (projections/snapshotCodec.ts).
 */
import { Dexie } from 'dexie';
import type { SnapshotRow } from './rows';
import { openSnapshotChunk, sealSnapshotChunk } from './sealedRecords';
import type { StorageContext } from './storageContext';

/** A snapshot as read back: its manifest and its data chunks, opened one at a time. */
export type StoredSnapshot = {
  generation: number;
  manifest: Uint8Array;
  chunks: () => AsyncGenerator<Uint8Array, void, undefined>;
};

async function latestGeneration(ctx: StorageContext): Promise<number | undefined> {
  const last = await ctx.db.snapshots.toCollection().last();
  return last?.generation;
}

/** Seals and stores a new generation, replacing older ones. Returns its number. */
export async function writeSnapshotRows(
  ctx: StorageContext,
  manifest: Uint8Array,
  chunks: readonly Uint8Array[],
): Promise<number> {
  const generation = ((await latestGeneration(ctx)) ?? 0) + 1;
  const chunkCount = chunks.length + 1;
  const rows: SnapshotRow[] = [manifest, ...chunks].map((bytes, chunkNo) =>
    sealSnapshotChunk(ctx.key, { generation, chunkNo, chunkCount }, bytes),
  );
  const { snapshots } = ctx.db;
  await ctx.db.transaction('rw', snapshots, async () => {
    await snapshots.bulkAdd(rows);
    await snapshots.where('[generation+chunkNo]').below([generation, Dexie.minKey]).delete();
  });
  return generation;
}

/**
 * The latest snapshot, or undefined if there is none.
 * @throws SealError if its manifest was altered (data chunks throw when read)
 */
export async function readLatestSnapshot(ctx: StorageContext): Promise<StoredSnapshot | undefined> {
  const generation = await latestGeneration(ctx);
  if (generation === undefined) return undefined;
  const head = await ctx.db.snapshots.get([generation, 0]);
  if (head === undefined) return undefined;
  return { generation, manifest: openSnapshotChunk(ctx.key, head), chunks: () => snapshotChunks(ctx, head) };
}

async function* snapshotChunks(ctx: StorageContext, head: SnapshotRow): AsyncGenerator<Uint8Array, void, undefined> {
  const { generation, chunkCount } = head;
  for (let chunkNo = 1; chunkNo < chunkCount; chunkNo++) {
    const row = await ctx.db.snapshots.get([generation, chunkNo]);
    // A missing chunk stands in as an empty one, which fails to open like a damaged one.
    yield openSnapshotChunk(ctx.key, row ?? { generation, chunkNo, chunkCount, body: new Uint8Array(0) });
  }
}

/** Deletes every snapshot; the projections are rebuilt from the ledger (design §4.2). */
export async function deleteSnapshots(ctx: StorageContext): Promise<void> {
  await ctx.db.snapshots.clear();
}
