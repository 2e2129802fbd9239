/**
 * Checks of corrections, voids and confirmations against the record they concern. The
 * confirmer of a void or identity correction must differ from its author: the rule that
 * keeps one person from silently rewriting who a detainee is.
 */
import type { JsonObject, JsonValue } from '../../crypto/canonicalJson';
import { offsetDateTimeSchema } from '../../ledger/envelope';
import type { AdmissionPayload } from '../events/admission';
import { OCCURRED_AT_PATH } from '../events/audit';
import type { CustodyEventType, CustodyPayloads } from '../eventTypes';
import { custodyEventRegistry } from '../eventTypes';
import { getAtPath, jsonEqual, setAtPath } from '../jsonPath';
import { correctionNeedsConfirmation } from '../projection/audit';
import type { CustodyRecord } from '../projection/types';
import { admissionProblems } from './admission';
import type { ValidationProblem } from './problems';
import { problem } from './problems';

/** The corrected event as it currently reads (its applied corrections included; see effectiveEvent). */
export type CorrectionTarget = { readonly type: CustodyEventType; readonly occurredAt: string; readonly payload: JsonObject };

function isHeld(record: CustodyRecord, eventId: string): boolean {
  return eventId === record.admissionEventId || record.timeline.some((entry) => entry.id === eventId);
}

function correctedTarget(target: CorrectionTarget, path: string, to: JsonValue): CorrectionTarget | undefined {
  if (path === OCCURRED_AT_PATH) {
    return typeof to === 'string' && offsetDateTimeSchema.safeParse(to).success ? { ...target, occurredAt: to } : undefined;
  }
  const payload = setAtPath(target.payload, path, to);
  if (payload === undefined || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  return custodyEventRegistry.definitions.get(target.type)?.payload.safeParse(payload).success ? { ...target, payload } : undefined;
}

function targetProblems(correction: CustodyPayloads['custody.corrected'], target: CorrectionTarget, record: CustodyRecord) {
  const { path, from, to } = correction;
  const current = path === OCCURRED_AT_PATH ? target.occurredAt : getAtPath(target.payload, path);
  if (path !== OCCURRED_AT_PATH && setAtPath(target.payload, path, null) === undefined) {
    return [problem('correction-unknown-path', 'path')];
  }
  const problems: ValidationProblem[] = [];
  const sameInstant = path === OCCURRED_AT_PATH && typeof from === 'string' && Date.parse(from) === Date.parse(target.occurredAt);
  if (!sameInstant && !jsonEqual(current ?? null, from)) problems.push(problem('correction-stale', 'from'));
  const corrected = correctedTarget(target, path, to);
  if (corrected === undefined) return [...problems, problem('correction-invalid-value', 'to')];
  if (corrected.type === 'custody.admitted') {
    const crossField = admissionProblems(corrected.payload as AdmissionPayload, corrected.occurredAt, {});
    problems.push(...crossField.filter((p) => p.code !== 'occurred-at-mismatch').map((p) => problem(p.code, 'to', p.path)));
  } else if (Date.parse(corrected.occurredAt) < record.admittedMs) {
    problems.push(problem('before-admission', 'to'));
  }
  return problems;
}

/** Problems of a correction. Without `target` only the checks that need no payload run. */
export function correctionProblems(
  correction: CustodyPayloads['custody.corrected'],
  record: CustodyRecord,
  target: CorrectionTarget | undefined,
): ValidationProblem[] {
  const { targetEventId, path, from, to } = correction;
  if (!isHeld(record, targetEventId)) return [problem('unknown-target', 'targetEventId')];
  if (record.voidedEventIds.has(targetEventId)) return [problem('target-voided', 'targetEventId')];
  if (targetEventId === record.admissionEventId && path === OCCURRED_AT_PATH) {
    return [problem('bad-path', 'path', 'the admission time is admission.at')];
  }
  if (jsonEqual(from, to)) return [problem('correction-no-change', 'to')];
  return target === undefined ? [] : targetProblems(correction, target, record);
}

/** Problems of a void. */
export function voidProblems(payload: CustodyPayloads['custody.voided'], record: CustodyRecord): ValidationProblem[] {
  const { targetEventId } = payload;
  const isCorrection = record.corrections.some((c) => c.id === targetEventId);
  if (!isHeld(record, targetEventId) && !isCorrection) return [problem('unknown-target', 'targetEventId')];
  if (record.voidedEventIds.has(targetEventId)) return [problem('already-voided', 'targetEventId')];
  const pending = record.voids.some((v) => v.targetEventId === targetEventId && v.state === 'pending_confirmation');
  return pending ? [problem('void-pending', 'targetEventId')] : [];
}

/** Problems of a confirmation by `authorId`. */
export function confirmationProblems(
  payload: CustodyPayloads['custody.confirmed'],
  record: CustodyRecord,
  authorId: string | undefined,
): ValidationProblem[] {
  const { targetEventId } = payload;
  const pending = record.pendingConfirmations.find((p) => p.eventId === targetEventId);
  if (pending === undefined) {
    if (record.voids.some((v) => v.id === targetEventId && v.state === 'effective')) {
      return [problem('already-confirmed', 'targetEventId')];
    }
    const correction = record.corrections.find((c) => c.id === targetEventId && c.state === 'applied');
    if (correction === undefined) return [problem('unknown-target', 'targetEventId')];
    const needed = correctionNeedsConfirmation(correction.targetEventId === record.admissionEventId, correction.path ?? '');
    return [problem(needed ? 'already-confirmed' : 'confirmation-not-needed', 'targetEventId')];
  }
  if (authorId === undefined) return [problem('author-required', 'author')];
  return authorId === pending.authorId ? [problem('self-confirmation', 'targetEventId')] : [];
}
