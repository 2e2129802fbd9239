/**
 * When and how the session writes snapshots: after `snapshotEveryEvents` applied events
 * (in the background), and on demand (lock, idle). Writes run one at a time; each takes
 * the states and cursor current when it was asked for, which are immutable, so it stays
 * consistent while appends go on.
 */
import type { LedgerStorage } from './ledgerStorage';
import { encodeSnapshot } from './projections/snapshotCodec';
import type { AnyProjection } from './projections/types';
import type { Applied } from './replay';

export type SnapshotWriter = {
  /** Counts applied events; starts a background write once enough have accumulated. */
  noteApplied(count: number): void;
  write(): Promise<void>;
  writeIfDirty(): Promise<void>;
};

export function createSnapshotWriter(
  storage: LedgerStorage,
  projections: readonly AnyProjection[],
  current: () => Applied,
  onError: (error: unknown) => void,
): SnapshotWriter {
  let dirty = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = (): Promise<void> => {
    const taken = current();
    const taking = dirty;
    writing = writing.catch(() => undefined).then(async () => {
      if (storage.readOnly) return;
      const encoded = await encodeSnapshot(projections, taken.states, taken.cursor, storage.config);
      await storage.writeSnapshot(encoded.manifest, encoded.chunks);
      dirty = Math.max(0, dirty - taking);
    });
    return writing;
  };
  return {
    noteApplied(count) {
      dirty += count;
      if (dirty >= storage.config.snapshotEveryEvents) void write().catch(onError);
    },
    write,
    writeIfDirty: () => (dirty > 0 ? write() : writing),
  };
}
