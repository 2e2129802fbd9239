/**
 * Register integrity audit (issue P6 item 5, security.md): signs that a register's history
 * was rewritten or is incomplete. Gaps and duplicates in register numbers (an entry torn
 * out); entries stating something happened long before they were written (backdating);
 * device clocks running backwards between consecutive events (a clock set back to
 * backdate); corrections and voids per user and month (who rewrites most); and, from the
 * bundle history, forks, conflicting or broken bundle chains, bundles held because an
 * earlier one never came, and bundles that arrived out of sequence.
 */
import type { CustodyState } from '../custody/custodyProjection';
import { registerSeriesAudit } from '../custody/custodyProjection';
import type { RegisterGap } from '../custody/registerNumbers';
import type { BundleHistory } from '../exchange/history';

/** Default: an entry written more than this many hours after what it states happened is listed as backdated. */
export const DEFAULT_BACKDATED_HOURS = 72;
const HOUR_MS = 3_600_000;

/** One event of a ledger as the audit trail keeps it (renderer/ledger auditLog). */
export type LedgerEventRow = {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
};

/** An entry written long after what it states. */
export type BackdatedEntry = {
  readonly ledger: string;
  readonly seq: number;
  readonly eventId: string;
  readonly type: string;
  readonly subject: string;
  readonly authorName: string;
  readonly occurredMs: number;
  readonly recordedMs: number;
  readonly lagMs: number;
};

/** An event whose device time is earlier than the event before it in the same ledger. */
export type ClockRegression = {
  readonly ledger: string;
  readonly seq: number;
  readonly eventId: string;
  readonly authorName: string;
  readonly recordedMs: number;
  readonly previousRecordedMs: number;
  readonly backMs: number;
};

/** Corrections and voids by one user in one month (the facility's calendar). */
export type AuditActivity = {
  readonly ledger: string;
  readonly authorId: string;
  readonly authorName: string;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly corrections: number;
  readonly voids: number;
};

/** The findings of one ledger's events. */
export type LedgerEventAudit = {
  readonly ledger: string;
  readonly events: number;
  readonly backdated: readonly BackdatedEntry[];
  readonly regressions: readonly ClockRegression[];
  readonly activity: readonly AuditActivity[];
};

// Audit events restate other events; their own occurredAt is when the correction was made.
const NOT_BACKDATABLE = new Set(['custody.corrected', 'custody.voided', 'custody.confirmed']);
const MONTH_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM` of an instant in a time zone (UTC if the zone is unknown to this runtime). */
export function monthOf(ms: number, timeZone = 'UTC'): string {
  let format = MONTH_FORMATS.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    } catch {
      format = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit' });
    }
    MONTH_FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(ms));
  return `${parts.find((part) => part.type === 'year')?.value ?? '0000'}-${parts.find((part) => part.type === 'month')?.value ?? '00'}`;
}

/** NOTE: mutates `activity`. Counts one correction or void. */
function countActivity(activity: Map<string, AuditActivity>, ledger: string, row: LedgerEventRow, month: string): void {
  const key = `${row.authorId}\u0000${month}`;
  const current = activity.get(key) ?? { ledger, authorId: row.authorId, authorName: row.authorName, month, corrections: 0, voids: 0 };
  activity.set(key, {
    ...current,
    corrections: current.corrections + Number(row.type === 'custody.corrected'),
    voids: current.voids + Number(row.type === 'custody.voided'),
  });
}

/**
 * Audits one ledger's events, given in seq order.
 * @param backdatedHours entries written later than this after what they state are listed
 * @param timeZone the facility's, for the months of the activity table
 */
export function auditLedgerEvents(ledger: string, rows: Iterable<LedgerEventRow>, backdatedHours: number, timeZone?: string): LedgerEventAudit {
  const backdated: BackdatedEntry[] = [];
  const regressions: ClockRegression[] = [];
  const activity = new Map<string, AuditActivity>();
  let previousRecordedMs: number | undefined;
  let events = 0;
  for (const row of rows) {
    events += 1;
    const recordedMs = Date.parse(row.recordedAt);
    if (previousRecordedMs !== undefined && recordedMs < previousRecordedMs) {
      regressions.push({ ledger, seq: row.seq, eventId: row.id, authorName: row.authorName, recordedMs, previousRecordedMs, backMs: previousRecordedMs - recordedMs });
    }
    previousRecordedMs = recordedMs;
    const occurredMs = Date.parse(row.occurredAt);
    const isCustody = row.type.startsWith('custody.');
    if (isCustody && !NOT_BACKDATABLE.has(row.type) && recordedMs - occurredMs > backdatedHours * HOUR_MS) {
      backdated.push({ ledger, seq: row.seq, eventId: row.id, type: row.type, subject: row.subject, authorName: row.authorName, occurredMs, recordedMs, lagMs: recordedMs - occurredMs });
    }
    if (row.type === 'custody.corrected' || row.type === 'custody.voided') countActivity(activity, ledger, row, monthOf(recordedMs, timeZone));
  }
  const sortedActivity = [...activity.values()].sort((a, b) => (a.month === b.month ? b.corrections + b.voids - (a.corrections + a.voids) : a.month < b.month ? 1 : -1));
  return { ledger, events, backdated: backdated.sort((a, b) => b.lagMs - a.lagMs), regressions, activity: sortedActivity };
}

/** Gaps and duplicates in one ledger's register numbers. */
export type RegisterSeriesFinding = { readonly ledger: string; readonly gaps: readonly RegisterGap[]; readonly duplicates: readonly number[] };

/** The register series of each ledger, those with something wrong only. */
export function registerSeriesFindings(state: CustodyState, ledgers: readonly string[]): RegisterSeriesFinding[] {
  return ledgers.flatMap((ledger) => {
    const { gaps, duplicates } = registerSeriesAudit(state, ledger);
    return gaps.length === 0 && duplicates.length === 0 ? [] : [{ ledger, gaps, duplicates }];
  });
}

/** What the bundle history shows about a sender. */
export type BundleFindingKind = 'fork' | 'conflicting-bundle' | 'broken-bundle-chain' | 'held' | 'out_of_sequence';

/** One finding about a received bundle. */
export type BundleFinding = {
  readonly kind: BundleFindingKind;
  readonly severity: 'critical' | 'warning';
  readonly senderLedger: string;
  readonly senderFacility: string;
  readonly bundleSeq: number;
  readonly manifestHash: string;
  /** When this installation received it (its own clock). */
  readonly at: string;
  /** A fork: the ledger and seq where two histories disagree. */
  readonly fork?: { readonly ledger: string; readonly seq: number };
  /** Held: what is missing. */
  readonly missing?: { readonly ledger: string; readonly from: number; readonly to: number; readonly bundleSeq: number | null };
};

/** Forks and refused chains (critical), bundles still held and bundles applied out of sequence (warnings), newest first. */
export function bundleFindings(history: BundleHistory): BundleFinding[] {
  const base = (entry: { sender: { ledger: string; facility: string }; bundleSeq: number; manifestHash: string; stamp: { at: string } }) => ({
    senderLedger: entry.sender.ledger, senderFacility: entry.sender.facility, bundleSeq: entry.bundleSeq, manifestHash: entry.manifestHash, at: entry.stamp.at,
  });
  const refused = history.refused.map((entry): BundleFinding => ({
    ...base(entry), kind: entry.code, severity: 'critical',
    ...(entry.fork === null ? {} : { fork: { ledger: entry.fork.ledger, seq: entry.fork.seq } }),
  }));
  const held = history.held.map((entry): BundleFinding => ({
    ...base(entry), kind: 'held', severity: 'warning',
    missing: { ledger: entry.missingLedger, from: entry.missingFrom, to: entry.missingTo, bundleSeq: entry.missingBundleSeq },
  }));
  const late = history.imports.filter((entry) => entry.wasHeld).map((entry): BundleFinding => ({ ...base(entry), kind: 'out_of_sequence', severity: 'warning' }));
  return [...refused, ...held, ...late].sort((a, b) => (a.severity === b.severity ? (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) : a.severity === 'critical' ? -1 : 1));
}
