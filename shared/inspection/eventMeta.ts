/**
 * What projections keep of an event besides its payload, and the one order they use.
 * Projections must not depend on how ledgers interleave (renderer projections/types.ts),
 * so wherever two events compete, the winner is decided by (ledger, seq), and lists that
 * mix ledgers are kept sorted by occurrence time, then (ledger, seq): any arrival order
 * yields the same state.
 */
import type { Author, LedgerEvent } from '../ledger/envelope';

/** Where an event sits and who wrote it when. */
export type EventMeta = {
  readonly ledger: string;
  readonly seq: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly author: Author;
};

/** The metadata of an event. */
export function metaOf(event: LedgerEvent): EventMeta {
  return {
    ledger: event.ledger,
    seq: event.seq,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    author: event.author,
  };
}

/** Order by (ledger, seq): the same for every installation whatever order events arrived in. */
export function compareByPosition(a: EventMeta, b: EventMeta): number {
  if (a.ledger !== b.ledger) return a.ledger < b.ledger ? -1 : 1;
  return a.seq - b.seq;
}

/** Order by the instant something happened, then by (ledger, seq). */
export function compareByOccurrence(a: EventMeta, b: EventMeta): number {
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || compareByPosition(a, b);
}

/** A copy of a sorted list with one entry inserted in order. */
export function insertSorted<T extends { readonly meta: EventMeta }>(list: readonly T[], entry: T): T[] {
  const index = list.findIndex((existing) => compareByOccurrence(entry.meta, existing.meta) < 0);
  return index === -1 ? [...list, entry] : [...list.slice(0, index), entry, ...list.slice(index)];
}
