/**
 * Orders of the register list: per column, the positions of the records (in the order
 * useCustodyRecords gives them) sorted ascending. Descending reads the same order
 * backwards. Keys are computed once per record, then the positions are sorted, so
 * sorting 100k records costs one key pass and a typed-array sort (measured in
 * test/bench/registerSearch.mjs).
 */
import { normalizeName } from '@shared/custody/names';
import { CUSTODY_STATUSES } from '@shared/custody/projection/types';
import type { CustodyRecord, CustodyStatus } from '@shared/custody/projection/types';
import type { RegisterColumnId } from './columns';
import { daysInCustody, locationOf, nameSortKey } from './recordFields';

/** What an order depends on besides the records. */
export type SortContext = {
  readonly nowMs: number;
  /** The rank of a legal category's label in the reader's language (undefined category last). */
  readonly categoryRank: (record: CustodyRecord) => number;
  /** The urgency of a record's worst safeguard state (0 most urgent). */
  readonly safeguardRank: (record: CustodyRecord) => number;
};

const STATUS_RANK = new Map<CustodyStatus, number>(CUSTODY_STATUSES.map((status, index) => [status, index]));

/** Register order: series prefix, then number, then ledger. The tie-break of every other column. */
function compareRegister(a: CustodyRecord, b: CustodyRecord): number {
  const { prefix: pa, number: na } = a.registerNumber;
  const { prefix: pb, number: nb } = b.registerNumber;
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (na !== nb) return na - nb;
  return a.ledger < b.ledger ? -1 : a.ledger > b.ledger ? 1 : 0;
}

type RegisterOrder = { readonly order: Int32Array; readonly rank: Int32Array };

// Every other order breaks its ties with this one: computed once per list of records.
const registerOrders = new WeakMap<readonly CustodyRecord[], RegisterOrder>();

/** Positions in register order, and each position's rank in it. */
function registerOrder(records: readonly CustodyRecord[]): RegisterOrder {
  const held = registerOrders.get(records);
  if (held !== undefined) return held;
  const sorted = records.map((record, index) => ({ record, index })).sort((a, b) => compareRegister(a.record, b.record));
  const order = Int32Array.from(sorted, (entry) => entry.index);
  const rank = new Int32Array(records.length);
  order.forEach((position, at) => {
    rank[position] = at;
  });
  registerOrders.set(records, { order, rank });
  return { order, rank };
}

function byNumber(records: readonly CustodyRecord[], rank: Int32Array, key: (record: CustodyRecord) => number): Int32Array {
  const keys = Float64Array.from(records, key);
  return Int32Array.from(records, (_, index) => index).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0));
}

/**
 * Text keys are compared normalised (names.ts: lower case, no diacritics, one spelling of
 * each Arabic letter), by code unit: that is alphabetical order for Latin and for Arabic
 * letters, and ten times faster than a collator over 100k names.
 */
function byText(records: readonly CustodyRecord[], rank: Int32Array, key: (record: CustodyRecord) => string): Int32Array {
  const keys = records.map((record) => normalizeName(key(record)));
  // Empty keys (a name not known) go last whichever way the column is read.
  return Int32Array.from(records, (_, index) => index).sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    if (ka !== kb) return ka === '' ? 1 : kb === '' ? -1 : ka < kb ? -1 : 1;
    return (rank[a] ?? 0) - (rank[b] ?? 0);
  });
}

/** The positions of `records` in ascending order of `column`, ties in register order. */
export function sortOrder(records: readonly CustodyRecord[], column: RegisterColumnId, context: SortContext): Int32Array {
  const { order, rank } = registerOrder(records);
  switch (column) {
    case 'registerNumber':
      return order;
    case 'names':
      return byText(records, rank, nameSortKey);
    case 'status':
      return byNumber(records, rank, (record) => (record.isVoided ? CUSTODY_STATUSES.length : (STATUS_RANK.get(record.status) ?? 0)));
    case 'legalCategory':
      return byNumber(records, rank, context.categoryRank);
    case 'admitted':
      return byNumber(records, rank, (record) => record.admittedMs);
    case 'daysInCustody':
      return byNumber(records, rank, (record) => daysInCustody(record, context.nowMs));
    case 'location':
      return byText(records, rank, locationOf);
    case 'safeguards':
      return byNumber(records, rank, context.safeguardRank);
    case 'gaps':
      return byNumber(records, rank, (record) => record.gaps.length);
  }
}
