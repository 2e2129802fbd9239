/**
 * The custody projection's pure reducer: ledger events → custody records keyed by subject
 * (the custody record id). Wrap it as a renderer projection (renderer/ledger/projections/
 * types.ts) with `apply: applyCustodyEvent`, `applyMany: applyCustodyEvents`,
 * `serialize: serializeCustodyState`, `deserialize: deserializeCustodyState`.
 *
 * Records live in buckets by a hash of the subject, so one event copies one small map
 * rather than a map of every record; each record is re-derived from its ingredients once
 * per batch. Ingredients are ordered by (ledger, seq), so interleaving never matters.
 */
import type { LedgerEvent } from '../ledger/envelope';
import { canonicalCustodyType } from './eventTypes';
import { deriveRecord } from './projection/derive';
import type { IncomingEvent, RawRecord } from './projection/raw';
import { addEvents, EMPTY_RAW, registerNumberOf } from './projection/raw';
import type { PackedRaw, SnapshotTables } from './projection/snapshot';
import { finishTables, packRaw, readTables, tableBuilder, unpackRaw } from './projection/snapshot';
import type { CustodyRecord } from './projection/types';
import type { RegisterGap } from './registerNumbers';
import { duplicateRegisterNumbers, nextRegisterNumber, registerGaps } from './registerNumbers';

/** A subject's ingredients and, once admitted, its record. */
export type CustodyEntry = { readonly raw: RawRecord; readonly record: CustodyRecord | null };

/** The projection state. */
export type CustodyState = {
  readonly buckets: readonly ReadonlyMap<string, CustodyEntry>[];
  /** Register numbers used per ledger (every admission, voided or not), ascending. */
  readonly series: ReadonlyMap<string, readonly number[]>;
};

/** Version of the state's shape and meaning; bump to make old snapshots rebuild (2: the summary keeps the place of birth, for person matching). */
export const CUSTODY_PROJECTION_VERSION = 2;
const BUCKET_COUNT = 256;

function bucketOf(subject: string): number {
  // FNV-1a, as the event index: cheap and stable across runs and platforms.
  let hash = 0x811c9dc5;
  for (let i = 0; i < subject.length; i++) hash = Math.imul(hash ^ subject.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BUCKET_COUNT;
}

/** An empty state. */
export function initialCustodyState(): CustodyState {
  return { buckets: Array.from({ length: BUCKET_COUNT }, () => new Map()), series: new Map() };
}

/** NOTE: mutates `added`. */
function addNumber(added: Map<string, number[]>, ledger: string, number: number): void {
  const numbers = added.get(ledger);
  if (numbers === undefined) added.set(ledger, [number]);
  else numbers.push(number);
}

function withNumbers(series: ReadonlyMap<string, readonly number[]>, added: ReadonlyMap<string, number[]>) {
  if (added.size === 0) return series;
  const next = new Map(series);
  for (const [ledger, numbers] of added) {
    next.set(ledger, [...(series.get(ledger) ?? []), ...numbers].sort((a, b) => a - b));
  }
  return next;
}

/**
 * Custody events of a batch, grouped by subject, in batch order, with their type and
 * ledger as shared strings (a parsed event carries its own copy of each).
 */
function groupBySubject(events: readonly LedgerEvent[]): Map<string, IncomingEvent[]> {
  const groups = new Map<string, IncomingEvent[]>();
  const ledgers = new Map<string, string>();
  for (const event of events) {
    const type = canonicalCustodyType(event.type);
    if (type === undefined) continue;
    let ledger = ledgers.get(event.ledger);
    if (ledger === undefined) {
      ledger = event.ledger;
      ledgers.set(ledger, ledger);
    }
    const group = groups.get(event.subject);
    if (group === undefined) groups.set(event.subject, [[event, type, ledger]]);
    else group.push([event, type, ledger]);
  }
  return groups;
}

/**
 * The state after a batch of events (non-custody events are skipped). Equal to folding
 * applyCustodyEvent, but copies each touched bucket and re-derives each record once.
 */
export function applyCustodyEvents(state: CustodyState, events: readonly LedgerEvent[]): CustodyState {
  const groups = groupBySubject(events);
  if (groups.size === 0) return state;
  const buckets = [...state.buckets];
  const copied = new Map<number, Map<string, CustodyEntry>>();
  const added = new Map<string, number[]>();
  for (const [subject, group] of groups) {
    const index = bucketOf(subject);
    let bucket = copied.get(index);
    if (bucket === undefined) {
      bucket = new Map(state.buckets[index]);
      copied.set(index, bucket);
      buckets[index] = bucket;
    }
    const held = bucket.get(subject);
    const before = held?.raw ?? EMPTY_RAW;
    const raw = addEvents(before, group);
    bucket.set(subject, { raw, record: deriveRecord(subject, raw, held?.record) });
    // Only admissions new to the record count, so a repeated event never counts its number twice.
    const known = new Set(before.admissions.map((admission) => admission.id));
    for (const admission of raw.admissions) {
      if (!known.has(admission.id)) addNumber(added, admission.ledger, registerNumberOf(admission).number);
    }
  }
  return { buckets, series: withNumbers(state.series, added) };
}

/** The state after one event. */
export function applyCustodyEvent(state: CustodyState, event: LedgerEvent): CustodyState {
  return applyCustodyEvents(state, [event]);
}

/** The record of a subject, if admitted. */
export function recordOf(state: CustodyState, subject: string): CustodyRecord | undefined {
  return state.buckets[bucketOf(subject)]?.get(subject)?.record ?? undefined;
}

/** Every admitted record, in no particular order (sort in the view). */
export function* custodyRecords(state: CustodyState): Generator<CustodyRecord> {
  for (const bucket of state.buckets) {
    for (const entry of bucket.values()) if (entry.record !== null) yield entry.record;
  }
}

/** The register number to give the next admission on a ledger: never a reused one. */
export function nextRegisterNumberFor(state: CustodyState, ledger: string): number {
  return nextRegisterNumber(state.series.get(ledger) ?? []);
}

/** A ledger's register series audit: missing runs and numbers used twice. */
export function registerSeriesAudit(state: CustodyState, ledger: string): { gaps: RegisterGap[]; duplicates: number[] } {
  const numbers = state.series.get(ledger) ?? [];
  return { gaps: registerGaps(numbers), duplicates: duplicateRegisterNumbers(numbers) };
}

type SerializedBucket = [bucket: number, subjects: [string, PackedRaw, keys: readonly string[] | null][]];

/**
 * JSON-ready snapshot parts: first the tables, then one part per non-empty bucket.
 * Records are re-derived on load, reusing the search keys saved with them.
 */
export function serializeCustodyState(state: CustodyState): readonly unknown[] {
  const tables = tableBuilder();
  const parts: SerializedBucket[] = [];
  state.buckets.forEach((bucket, index) => {
    if (bucket.size === 0) return;
    const subjects = [...bucket].map(([subject, entry]): SerializedBucket[1][number] => [
      subject,
      packRaw(entry.raw, tables),
      entry.record?.searchKeys ?? null,
    ]);
    parts.push([index, subjects]);
  });
  return [finishTables(tables), ...parts];
}

/** The state from snapshot parts (as serializeCustodyState wrote them). */
export function deserializeCustodyState(parts: readonly unknown[]): CustodyState {
  const [head, ...rest] = parts as [SnapshotTables | undefined, ...SerializedBucket[]];
  const tables = readTables(head ?? { ledgers: [], types: [] });
  const buckets = Array.from({ length: BUCKET_COUNT }, () => new Map<string, CustodyEntry>());
  const added = new Map<string, number[]>();
  for (const [index, subjects] of rest) {
    const bucket = buckets[index];
    if (bucket === undefined) continue;
    for (const [subject, packed, keys] of subjects) {
      const raw = unpackRaw(packed, tables);
      // The snapshot's keys were computed from the same names: no need to recompute them.
      bucket.set(subject, { raw, record: deriveRecord(subject, raw, null, keys) });
      for (const admission of raw.admissions) addNumber(added, admission.ledger, registerNumberOf(admission).number);
    }
  }
  return { buckets, series: withNumbers(new Map(), added) };
}
