/**
 * Selecting audit trail rows: every event of every ledger held, newest first, narrowed by
 * author, type, recording date and subject. Per ledger the order is always by seq; ledgers
 * are interleaved by recorded time, which is only a device's claim (design §4.4), so it
 * never reorders one ledger's own events. Rows are kept as packed numbers (ledger index
 * and seq), not objects, so a million events cost 8 MB, not a million allocations.
 */
import type { AuditEntry, AuditLogState } from '../../ledger';
import { auditEntries } from '../../ledger';
import { zonedDayEnd, zonedDayStart } from './zonedDays';

export type AuditFilter = { authorId: string; type: string; fromDate: string; toDate: string; subject: string };
export const NO_AUDIT_FILTER: AuditFilter = { authorId: '', type: '', fromDate: '', toDate: '', subject: '' };

export type AuditView = { ledgers: readonly string[]; refs: Float64Array; count: number };

const SEQ_SPAN = 2 ** 32;
const RECORDED_AT = 7;

type Test = (entry: AuditEntry) => boolean;

/** Recorded times as this app writes them (`toISOString`); these compare correctly as text, without parsing. */
const CANONICAL_UTC_LENGTH = 24;

function recordedWithin(fromMs: number | undefined, toMs: number | undefined): (recordedAt: string) => boolean {
  const fromIso = fromMs === undefined ? '' : new Date(fromMs).toISOString();
  const toIso = toMs === undefined ? '' : new Date(toMs).toISOString();
  return (recordedAt) => {
    if (recordedAt.length === CANONICAL_UTC_LENGTH) return (fromIso === '' || recordedAt >= fromIso) && (toIso === '' || recordedAt <= toIso);
    const recordedMs = Date.parse(recordedAt);
    return (fromMs === undefined || recordedMs >= fromMs) && (toMs === undefined || recordedMs <= toMs);
  };
}

function entryTest(filter: AuditFilter, timeZone: string): Test {
  const subject = filter.subject.trim().toLowerCase();
  const fromMs = filter.fromDate === '' ? undefined : zonedDayStart(filter.fromDate, timeZone);
  const toMs = filter.toDate === '' ? undefined : zonedDayEnd(filter.toDate, timeZone);
  const isInDates = fromMs === undefined && toMs === undefined ? undefined : recordedWithin(fromMs, toMs);
  return (entry) => {
    if (filter.authorId !== '' && entry[4] !== filter.authorId) return false;
    if (filter.type !== '' && entry[2] !== filter.type) return false;
    if (subject !== '' && !entry[3].toLowerCase().includes(subject)) return false;
    return isInDates === undefined || isInDates(entry[RECORDED_AT]);
  };
}

/** One ledger's entries, newest first, one at a time. */
function newestFirst(state: AuditLogState, ledger: string): () => AuditEntry | undefined {
  const chunks = state.byLedger.get(ledger)?.chunks ?? [];
  let chunkIndex = chunks.length - 1;
  let entryIndex = (chunks[chunkIndex]?.length ?? 0) - 1;
  return () => {
    while (chunkIndex >= 0 && entryIndex < 0) {
      chunkIndex -= 1;
      entryIndex = (chunks[chunkIndex]?.length ?? 0) - 1;
    }
    if (chunkIndex < 0) return undefined;
    const entry = chunks[chunkIndex]?.[entryIndex];
    entryIndex -= 1;
    return entry;
  };
}

type Head = { next: () => AuditEntry | undefined; current: AuditEntry | undefined };

/** The head whose current entry was recorded last; ties go to the first ledger. */
function latestHead(heads: readonly Head[]): number {
  let pick = -1;
  let latest = '';
  heads.forEach((head, index) => {
    const recordedAt = head.current?.[RECORDED_AT];
    if (recordedAt !== undefined && (pick < 0 || recordedAt > latest)) {
      pick = index;
      latest = recordedAt;
    }
  });
  return pick;
}

/** The rows the filter keeps, newest first. */
export function selectAudit(state: AuditLogState, filter: AuditFilter, timeZone: string): AuditView {
  const ledgers = [...state.byLedger.keys()].sort();
  const test = entryTest(filter, timeZone);
  const refs = new Float64Array(state.total);
  let count = 0;
  const heads: Head[] = ledgers.map((ledger) => {
    const next = newestFirst(state, ledger);
    return { next, current: next() };
  });
  for (let pick = latestHead(heads); pick >= 0; pick = latestHead(heads)) {
    const head = heads[pick];
    if (head?.current === undefined) break;
    if (test(head.current)) refs[count++] = pick * SEQ_SPAN + head.current[0];
    head.current = head.next();
  }
  return { ledgers, refs, count };
}

/** The ledger and entry of a row. */
export function rowAt(state: AuditLogState, view: AuditView, index: number): { ledger: string; entry: AuditEntry } | undefined {
  const ref = view.refs[index];
  if (ref === undefined || index >= view.count) return undefined;
  const ledger = view.ledgers[Math.floor(ref / SEQ_SPAN)];
  if (ledger === undefined) return undefined;
  const entry = auditEntries(state, ledger, ref % SEQ_SPAN, 1)[0];
  return entry === undefined ? undefined : { ledger, entry };
}
