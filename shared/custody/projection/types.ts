/**
 * Shapes of the custody projection. A record keeps only what the register list, the
 * safeguard rules and search need (a compact admission summary, one small entry per
 * event); the detail page reads full payloads from the ledger pages on demand.
 */
import type { JsonValue } from '../../crypto/canonicalJson';
import type { LegalCategory, LegalRegime, Separation } from '../events/common';
import type { CustodyEventType } from '../eventTypes';
import type { RegisterNumber } from '../registerNumbers';
import type { ChildStatus } from './ages';

/** Where a person stands in custody. */
export const CUSTODY_STATUSES = ['in_custody', 'hospital', 'transferred', 'released', 'escaped', 'deceased'] as const;
/** One of CUSTODY_STATUSES. */
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];
/** Statuses after which the facility no longer holds the person. */
export const CLOSED_STATUSES: ReadonlySet<CustodyStatus> = new Set(['transferred', 'released', 'escaped', 'deceased']);

/** Selected admission fields by payload path, corrections applied (see summary.ts). */
export type AdmissionSummary = Readonly<Record<string, JsonValue | undefined>>;

/** One event of a record, compact: its place, times and the payload members rules need. */
export type TimelineEntry = {
  readonly id: string;
  readonly type: CustodyEventType;
  readonly ledger: string;
  readonly seq: number;
  readonly occurredMs: number;
  readonly recordedMs: number;
  /** Top-level payload members kept for status and safeguards (see facts.ts). */
  readonly facts: Readonly<Record<string, JsonValue>>;
};

/** An audit event (correction, void, confirmation) as the projection keeps it. */
export type AuditEntry = {
  readonly id: string;
  readonly type: 'custody.corrected' | 'custody.voided' | 'custody.confirmed';
  readonly ledger: string;
  readonly seq: number;
  readonly recordedMs: number;
  readonly authorId: string;
  readonly targetEventId: string;
  /** Corrections only. */
  readonly path?: string;
  readonly from?: JsonValue;
  readonly to?: JsonValue;
  /** Corrections and voids. */
  readonly reason?: string;
};

/** Where a correction stands. */
export type CorrectionState = 'applied' | 'pending_confirmation' | 'voided' | 'rejected';

/** A correction with its state; `isStale` when `from` differed from the value it replaced. */
export type CorrectionView = AuditEntry & { readonly state: CorrectionState; readonly isStale: boolean };

/** A void with its state. */
export type VoidView = AuditEntry & { readonly state: 'effective' | 'pending_confirmation' | 'rejected' };

/** A void or identity correction waiting for a second user. */
export type PendingConfirmation = {
  readonly eventId: string;
  readonly kind: 'void' | 'correction';
  readonly authorId: string;
  readonly targetEventId: string;
};

/** Codes of inconsistencies the projection found in the events (never thrown: the ledger is what it is). */
export const RECORD_PROBLEM_CODES = [
  'self-confirmation',
  'confirmation-not-needed',
  'bad-audit-target',
  'duplicate-admission',
] as const;
/** One of RECORD_PROBLEM_CODES. */
export type RecordProblemCode = (typeof RECORD_PROBLEM_CODES)[number];
/** An inconsistency, naming the event it concerns. */
export type RecordProblem = { readonly code: RecordProblemCode; readonly eventId: string };

/** Where the person is. */
export type CustodyLocation = {
  readonly place: string;
  readonly placement?: string;
  readonly separation?: Separation;
  readonly hospital?: string;
  readonly destination?: string;
};

/** One custody record: a person's stay in one installation's register. */
export type CustodyRecord = {
  readonly id: string;
  readonly ledger: string;
  readonly admissionEventId: string;
  readonly registerNumber: RegisterNumber;
  readonly registerLabel: string;
  readonly admission: AdmissionSummary;
  readonly legalRegime: LegalRegime;
  readonly legalCategory: LegalCategory | undefined;
  readonly admittedMs: number;
  readonly admissionRecordedMs: number;
  readonly arrestMs: number | undefined;
  readonly status: CustodyStatus;
  readonly statusSinceMs: number;
  /** When the facility stopped holding the person (transfer, release, escape, death). */
  readonly custodyEndMs: number | undefined;
  readonly location: CustodyLocation;
  readonly childStatus: ChildStatus;
  readonly isWoman: boolean;
  readonly isForeignNational: boolean;
  /** Required admission fields still unknown (domain.md §1.2), by field id. */
  readonly gaps: readonly string[];
  /** Every non-audit event except the admission, by (occurredMs, ledger, seq); voided ones included. */
  readonly timeline: readonly TimelineEntry[];
  readonly voidedEventIds: ReadonlySet<string>;
  readonly corrections: readonly CorrectionView[];
  readonly voids: readonly VoidView[];
  readonly pendingConfirmations: readonly PendingConfirmation[];
  readonly problems: readonly RecordProblem[];
  /** The admission itself was voided (e.g. a duplicate entry); its number stays used. */
  readonly isVoided: boolean;
  /** Name search keys (names.ts), precomputed. */
  readonly searchKeys: readonly string[];
};
