/**
 * The ingredients of one custody record: what each event contributed, kept in
 * (ledger, seq) order so the derived record never depends on how ledgers interleaved.
 * Derivation (derive.ts) turns ingredients into the record.
 */
import type { JsonObject } from '../../crypto/canonicalJson';
import type { LedgerEvent } from '../../ledger/envelope';
import type { CustodyEventType } from '../eventTypes';
import type { RegisterNumber } from '../registerNumbers';
import { factsOf } from './facts';
import { fieldKindsOf, summarize } from './summary';
import type { AdmissionSummary, AuditEntry, TimelineEntry } from './types';

/** What an admission contributed. */
export type AdmissionIngredient = {
  readonly id: string;
  readonly ledger: string;
  readonly seq: number;
  readonly recordedMs: number;
  readonly authorId: string;
  readonly summary: AdmissionSummary;
  /** Known-kind per admission field, one character each (summary.ts). */
  readonly fieldKinds: string;
};

/** Everything known about one subject. */
export type RawRecord = {
  /** Admissions of the subject: normally one; more is a finding, and the first by (ledger, seq) counts. */
  readonly admissions: readonly AdmissionIngredient[];
  readonly entries: readonly TimelineEntry[];
  readonly audits: readonly AuditEntry[];
};

/** A record with no events yet. */
export const EMPTY_RAW: RawRecord = Object.freeze({ admissions: [], entries: [], audits: [] });

type Placed = { readonly ledger: string; readonly seq: number };

/** Order by (ledger, seq): the one order every holder agrees on. */
export function compareByPlace(a: Placed, b: Placed): number {
  if (a.ledger !== b.ledger) return a.ledger < b.ledger ? -1 : 1;
  return a.seq - b.seq;
}

/** The list with one more item in (ledger, seq) order; a repeat of a held place is ignored. */
function withPlaced<T extends Placed>(items: readonly T[], item: T): readonly T[] {
  let at = items.length;
  while (at > 0 && compareByPlace(items[at - 1] ?? item, item) > 0) at -= 1;
  const before = items[at - 1];
  if (before !== undefined && compareByPlace(before, item) === 0) return items;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function auditEntryOf(event: LedgerEvent, type: AuditEntry['type'], ledger: string): AuditEntry {
  const payload = event.payload as JsonObject & { targetEventId: string };
  const base = {
    id: event.id,
    type,
    ledger,
    seq: event.seq,
    recordedMs: Date.parse(event.recordedAt),
    authorId: event.author.id,
    targetEventId: payload.targetEventId,
  };
  if (type === 'custody.confirmed') return base;
  const reason = payload.reason as string;
  if (type === 'custody.voided') return { ...base, reason };
  return { ...base, reason, path: payload.path as string, from: payload.from ?? null, to: payload.to ?? null };
}

/** An event to add, with its type and ledger as shared strings. */
export type IncomingEvent = readonly [event: LedgerEvent, type: CustodyEventType, ledger: string];

function admissionOf(event: LedgerEvent, ledger: string): AdmissionIngredient {
  return {
    id: event.id,
    ledger,
    seq: event.seq,
    recordedMs: Date.parse(event.recordedAt),
    authorId: event.author.id,
    summary: summarize(event.payload),
    fieldKinds: fieldKindsOf(event.payload),
  };
}

function entryOf(event: LedgerEvent, type: CustodyEventType, ledger: string): TimelineEntry {
  return {
    id: event.id,
    type,
    ledger,
    seq: event.seq,
    occurredMs: Date.parse(event.occurredAt),
    recordedMs: Date.parse(event.recordedAt),
    facts: factsOf(type, event.payload),
  };
}

/** The items with more, in (ledger, seq) order; repeats of a held place are dropped. */
function merged<T extends Placed>(items: readonly T[], added: readonly T[]): readonly T[] {
  if (added.length === 0) return items;
  if (added.length === 1 && added[0] !== undefined) return withPlaced(items, added[0]);
  const all = [...items, ...added].sort(compareByPlace);
  return all.filter((item, index) => index === 0 || compareByPlace(all[index - 1] ?? item, item) !== 0);
}

/**
 * The ingredients with more events of the subject (custody types only). Payloads are
 * trusted to match their schema: they were validated when written and when their chain
 * was verified.
 */
export function addEvents(raw: RawRecord, events: readonly IncomingEvent[]): RawRecord {
  const admissions: AdmissionIngredient[] = [];
  const entries: TimelineEntry[] = [];
  const audits: AuditEntry[] = [];
  for (const [event, type, ledger] of events) {
    if (type === 'custody.admitted') admissions.push(admissionOf(event, ledger));
    else if (type === 'custody.corrected' || type === 'custody.voided' || type === 'custody.confirmed') {
      audits.push(auditEntryOf(event, type, ledger));
    } else entries.push(entryOf(event, type, ledger));
  }
  return {
    admissions: merged(raw.admissions, admissions),
    entries: merged(raw.entries, entries),
    audits: merged(raw.audits, audits),
  };
}

/** The register number an admission summary holds. */
export function registerNumberOf(admission: AdmissionIngredient): RegisterNumber {
  return admission.summary.registerNumber as RegisterNumber;
}
