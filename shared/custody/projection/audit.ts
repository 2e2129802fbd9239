/**
 * Resolving a record's corrections, voids and confirmations. A void, or a correction of
 * an identity field (or of the register number), counts only once a different user has
 * confirmed it; a confirmation by the author is refused and reported (issue P3).
 */
import { isPathWithin } from '../jsonPath';
import type { RawRecord } from './raw';
import type {
  AuditEntry,
  CorrectionState,
  CorrectionView,
  PendingConfirmation,
  RecordProblem,
  VoidView,
} from './types';

/** Admission fields whose correction needs a second user: who the person is, and their number. */
export const CONFIRMED_CORRECTION_ROOTS = ['identity', 'registerNumber'] as const;

/** Whether a correction of `path` in an event of kind `target` needs a second user's confirmation. */
export function correctionNeedsConfirmation(targetIsAdmission: boolean, path: string): boolean {
  return targetIsAdmission && CONFIRMED_CORRECTION_ROOTS.some((root) => isPathWithin(path, root));
}

/** The resolved audit state of a record. */
export type AuditResolution = {
  readonly corrections: readonly CorrectionView[];
  /** Applied corrections, in the order they take effect: (recordedMs, ledger, seq). */
  readonly applied: readonly CorrectionView[];
  readonly voids: readonly VoidView[];
  readonly voidedIds: ReadonlySet<string>;
  readonly pending: readonly PendingConfirmation[];
  readonly problems: readonly RecordProblem[];
};

type Targets = { admissionIds: ReadonlySet<string>; entryIds: ReadonlySet<string>; audits: ReadonlyMap<string, AuditEntry> };

function targetsOf(raw: RawRecord): Targets {
  return {
    admissionIds: new Set(raw.admissions.map((admission) => admission.id)),
    entryIds: new Set(raw.entries.map((entry) => entry.id)),
    audits: new Map(raw.audits.map((audit) => [audit.id, audit])),
  };
}

function needsConfirmation(audit: AuditEntry, targets: Targets): boolean {
  if (audit.type === 'custody.voided') return true;
  if (audit.type !== 'custody.corrected' || audit.path === undefined) return false;
  return correctionNeedsConfirmation(targets.admissionIds.has(audit.targetEventId), audit.path);
}

function confirmedIdsOf(raw: RawRecord, targets: Targets, problems: RecordProblem[]): Set<string> {
  const confirmed = new Set<string>();
  for (const confirmation of raw.audits) {
    if (confirmation.type !== 'custody.confirmed') continue;
    const target = targets.audits.get(confirmation.targetEventId);
    if (target === undefined) problems.push({ code: 'bad-audit-target', eventId: confirmation.id });
    else if (!needsConfirmation(target, targets)) problems.push({ code: 'confirmation-not-needed', eventId: confirmation.id });
    else if (target.authorId === confirmation.authorId) problems.push({ code: 'self-confirmation', eventId: confirmation.id });
    else confirmed.add(target.id);
  }
  return confirmed;
}

function isVoidable(targetId: string, targets: Targets): boolean {
  const audit = targets.audits.get(targetId);
  if (audit !== undefined) return audit.type === 'custody.corrected';
  return targets.admissionIds.has(targetId) || targets.entryIds.has(targetId);
}

function resolveVoids(raw: RawRecord, targets: Targets, confirmed: ReadonlySet<string>, problems: RecordProblem[]) {
  const voids: VoidView[] = [];
  const voidedIds = new Set<string>();
  for (const audit of raw.audits) {
    if (audit.type !== 'custody.voided') continue;
    if (!isVoidable(audit.targetEventId, targets)) {
      problems.push({ code: 'bad-audit-target', eventId: audit.id });
      voids.push({ ...audit, state: 'rejected' });
    } else if (confirmed.has(audit.id)) {
      voids.push({ ...audit, state: 'effective' });
      voidedIds.add(audit.targetEventId);
    } else {
      voids.push({ ...audit, state: 'pending_confirmation' });
    }
  }
  return { voids, voidedIds };
}

function correctionState(audit: AuditEntry, targets: Targets, confirmed: ReadonlySet<string>, voidedIds: ReadonlySet<string>): CorrectionState {
  const target = audit.targetEventId;
  if (!targets.admissionIds.has(target) && !targets.entryIds.has(target)) return 'rejected';
  if (voidedIds.has(audit.id)) return 'voided';
  return needsConfirmation(audit, targets) && !confirmed.has(audit.id) ? 'pending_confirmation' : 'applied';
}

function byRecordedTime(a: AuditEntry, b: AuditEntry): number {
  if (a.recordedMs !== b.recordedMs) return a.recordedMs - b.recordedMs;
  if (a.ledger !== b.ledger) return a.ledger < b.ledger ? -1 : 1;
  return a.seq - b.seq;
}

const NOTHING_TO_RESOLVE: AuditResolution = Object.freeze({
  corrections: [],
  applied: [],
  voids: [],
  voidedIds: new Set<string>(),
  pending: [],
  problems: [],
});

/** The audit state of a record's ingredients. Staleness is filled in by derive.ts, which knows the values. */
export function resolveAudits(raw: RawRecord): AuditResolution {
  // Most records are never corrected: skip building the lookups.
  if (raw.audits.length === 0) return NOTHING_TO_RESOLVE;
  const targets = targetsOf(raw);
  const problems: RecordProblem[] = [];
  const confirmed = confirmedIdsOf(raw, targets, problems);
  const { voids, voidedIds } = resolveVoids(raw, targets, confirmed, problems);
  const corrections: CorrectionView[] = [];
  for (const audit of raw.audits) {
    if (audit.type !== 'custody.corrected') continue;
    const state = correctionState(audit, targets, confirmed, voidedIds);
    if (state === 'rejected') problems.push({ code: 'bad-audit-target', eventId: audit.id });
    corrections.push({ ...audit, state, isStale: false });
  }
  const pending: PendingConfirmation[] = [
    ...voids.filter((v) => v.state === 'pending_confirmation').map((v) => pendingOf(v, 'void')),
    ...corrections.filter((c) => c.state === 'pending_confirmation').map((c) => pendingOf(c, 'correction')),
  ];
  const applied = corrections.filter((c) => c.state === 'applied').sort(byRecordedTime);
  return { corrections, applied, voids, voidedIds, pending, problems };
}

function pendingOf(audit: AuditEntry, kind: PendingConfirmation['kind']): PendingConfirmation {
  return { eventId: audit.id, kind, authorId: audit.authorId, targetEventId: audit.targetEventId };
}
