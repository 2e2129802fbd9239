/**
 * The name index of the register list, one per list of records (one list per custody
 * state). It lives in memory only, like the records it is built from, and goes with the
 * page when the app locks.
 */
import { createNameIndexer } from '@shared/custody/nameIndex';
import type { NameIndex } from '@shared/custody/nameIndex';
import type { CustodyRecord } from '@shared/custody/projection/types';

// One indexer for the session: it remembers each record's tokens, so the index of the next
// custody state re-reads only the records an event changed.
const indexer = createNameIndexer();
const indexes = new WeakMap<readonly CustodyRecord[], NameIndex>();

/** The name index of a list of records, built once per list. */
export function nameIndexOf(records: readonly CustodyRecord[]): NameIndex {
  let index = indexes.get(records);
  if (index === undefined) {
    index = indexer.index(records.map((record) => record.searchKeys));
    indexes.set(records, index);
  }
  return index;
}

/** Whether the list's index is built. */
export function hasNameIndex(records: readonly CustodyRecord[]): boolean {
  return indexes.has(records);
}

/** Reads the names of records `from` up to `to` ahead of the index: the slow part, done in slices while the list is idle. */
export function prepareNameIndex(records: readonly CustodyRecord[], from: number, to: number): void {
  for (let position = from; position < Math.min(to, records.length); position++) {
    const record = records[position];
    if (record !== undefined) indexer.prepare(record.searchKeys);
  }
}
