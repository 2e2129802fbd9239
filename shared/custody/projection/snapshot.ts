/**
 * Compact snapshot form of the custody ingredients. A register holds about a million
 * timeline entries; written as objects each would repeat its member names, its 64-character
 * ledger id and its type name. Entries are written as tuples against tables of ledgers and
 * types instead, which roughly halves the snapshot, and reading them back shares one string
 * per ledger and type.
 */
import type { JsonValue } from '../../crypto/canonicalJson';
import type { CustodyEventType } from '../eventTypes';
import { canonicalCustodyType } from '../eventTypes';
import type { AdmissionIngredient, RawRecord } from './raw';
import type { AuditEntry, TimelineEntry } from './types';

/** Tables the packed entries refer to. */
export type SnapshotTables = { readonly ledgers: readonly string[]; readonly types: readonly string[] };

/** A timeline entry as a tuple. */
type PackedEntry = [
  id: string,
  type: number,
  ledger: number,
  seq: number,
  occurredMs: number,
  recordedMs: number,
  facts: Record<string, JsonValue>,
];

/** A record's ingredients, packed. */
export type PackedRaw = { a: AdmissionIngredient[]; e: PackedEntry[]; u: AuditEntry[] };

/** Builds the tables while packing. */
export type TableBuilder = { ledgers: Map<string, number>; types: Map<string, number> };

/** An empty table builder. */
export function tableBuilder(): TableBuilder {
  return { ledgers: new Map(), types: new Map() };
}

function indexIn(table: Map<string, number>, value: string): number {
  let index = table.get(value);
  if (index === undefined) {
    index = table.size;
    table.set(value, index);
  }
  return index;
}

/** NOTE: adds to `tables`. A record's ingredients as a compact, JSON-ready value. */
export function packRaw(raw: RawRecord, tables: TableBuilder): PackedRaw {
  const e = raw.entries.map((entry): PackedEntry => [
    entry.id,
    indexIn(tables.types, entry.type),
    indexIn(tables.ledgers, entry.ledger),
    entry.seq,
    entry.occurredMs,
    entry.recordedMs,
    entry.facts,
  ]);
  return { a: [...raw.admissions], e, u: [...raw.audits] };
}

/** The tables built while packing, to store beside the packed records. */
export function finishTables(tables: TableBuilder): SnapshotTables {
  return { ledgers: [...tables.ledgers.keys()], types: [...tables.types.keys()] };
}

/** Shared copies of the table strings: one per ledger, the canonical constant per type. */
export function readTables(tables: SnapshotTables): { ledgers: string[]; types: (CustodyEventType | undefined)[] } {
  return { ledgers: [...tables.ledgers], types: tables.types.map((type) => canonicalCustodyType(type)) };
}

/** A record's ingredients from their packed form; entries of types this version does not know are dropped. */
export function unpackRaw(packed: PackedRaw, tables: ReturnType<typeof readTables>): RawRecord {
  const entries: TimelineEntry[] = [];
  for (const [id, typeIndex, ledgerIndex, seq, occurredMs, recordedMs, facts] of packed.e) {
    const type = tables.types[typeIndex];
    if (type === undefined) continue;
    entries.push({ id, type, ledger: tables.ledgers[ledgerIndex] ?? '', seq, occurredMs, recordedMs, facts });
  }
  return { admissions: packed.a, entries, audits: packed.u };
}
