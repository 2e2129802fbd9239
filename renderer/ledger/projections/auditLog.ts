/**
 * A compact summary of every event for the audit trail screen: per ledger, in seq order,
 * one tuple per event. Full events (payloads) are fetched from the pages on demand.
 * Tuples sit in fixed-size chunks, so appending copies one chunk and the chunk list,
 * never the whole log. Repeated strings (types, authors) are shared, not duplicated.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { Projection } from './types';

export type AuditEntry = readonly [
  seq: number,
  id: string,
  type: string,
  subject: string,
  authorId: string,
  authorName: string,
  occurredAt: string,
  recordedAt: string,
];

export type AuditTrail = { chunks: readonly (readonly AuditEntry[])[]; size: number };
export type AuditLogState = { byLedger: ReadonlyMap<string, AuditTrail>; total: number };

const CHUNK_ENTRIES = 1024;
const EMPTY_TRAIL: AuditTrail = { chunks: [], size: 0 };

function entryOf(event: LedgerEvent, shared: Map<string, string>): AuditEntry {
  const intern = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  const { author } = event;
  return [event.seq, event.id, intern(event.type), event.subject, intern(author.id), intern(author.name), event.occurredAt, event.recordedAt];
}

/** A ledger's chunk list being extended by one batch: its own copy, and whether its last chunk is too. */
type Working = { chunks: (readonly AuditEntry[])[]; isLastOwn: boolean };

/** NOTE: mutates `work`; chunks still shared with the previous state are copied before they change. */
function pushEntry(work: Working, entry: AuditEntry): void {
  const last = work.chunks.at(-1);
  if (last === undefined || last.length >= CHUNK_ENTRIES) {
    work.chunks.push([entry]);
  } else {
    const own = work.isLastOwn ? (last as AuditEntry[]) : [...last];
    own.push(entry);
    work.chunks[work.chunks.length - 1] = own;
  }
  work.isLastOwn = true;
}

function applyMany(state: AuditLogState, events: readonly LedgerEvent[]): AuditLogState {
  if (events.length === 0) return state;
  const working = new Map<string, Working>();
  const shared = new Map<string, string>();
  for (const event of events) {
    let work = working.get(event.ledger);
    if (work === undefined) {
      work = { chunks: [...(state.byLedger.get(event.ledger) ?? EMPTY_TRAIL).chunks], isLastOwn: false };
      working.set(event.ledger, work);
    }
    pushEntry(work, entryOf(event, shared));
  }
  const byLedger = new Map(state.byLedger);
  for (const [ledger, { chunks }] of working) {
    const size = (state.byLedger.get(ledger)?.size ?? 0) + events.filter((event) => event.ledger === ledger).length;
    byLedger.set(ledger, { chunks, size });
  }
  return { byLedger, total: state.total + events.length };
}

type SerializedChunk = [ledger: string, chunk: AuditEntry[]];

export const auditLogProjection: Projection<AuditLogState> = {
  name: 'auditLog',
  version: 1,
  initial: () => ({ byLedger: new Map(), total: 0 }),
  apply: (state, event) => applyMany(state, [event]),
  applyMany,
  serialize: (state) =>
    [...state.byLedger].flatMap(([ledger, trail]) => trail.chunks.map((chunk): SerializedChunk => [ledger, [...chunk]])),
  deserialize: (parts) => {
    const byLedger = new Map<string, AuditTrail>();
    for (const [ledger, chunk] of parts as SerializedChunk[]) {
      const trail = byLedger.get(ledger) ?? EMPTY_TRAIL;
      byLedger.set(ledger, { chunks: [...trail.chunks, chunk], size: trail.size + chunk.length });
    }
    const total = [...byLedger.values()].reduce((sum, trail) => sum + trail.size, 0);
    return { byLedger, total };
  },
};

/** Up to `count` entries of a ledger starting at seq `fromSeq` (entries are in seq order from 1). */
export function auditEntries(state: AuditLogState, ledger: string, fromSeq: number, count: number): AuditEntry[] {
  const trail = state.byLedger.get(ledger) ?? EMPTY_TRAIL;
  const out: AuditEntry[] = [];
  for (let index = Math.max(fromSeq - 1, 0); index < Math.min(trail.size, fromSeq - 1 + count); index++) {
    const entry = trail.chunks[Math.floor(index / CHUNK_ENTRIES)]?.[index % CHUNK_ENTRIES];
    if (entry !== undefined) out.push(entry);
  }
  return out;
}
