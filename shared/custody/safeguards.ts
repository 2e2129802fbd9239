/**
 * Safeguard status of a custody record (design §7, domain.md §2): every rule evaluated
 * against the record's events at an injected `now`, under a threshold profile. Pure and
 * cheap (a scan of a few entries per rule), so the register list can badge 100k records.
 */
import type { RuleContext } from './safeguards/timing';
import { indexByType } from './safeguards/timing';
import type { CustodyRecord, TimelineEntry } from './projection/types';
import {
  checkCaptureCard,
  checkConsularNotification,
  checkFamilyNotified,
  checkFamilyNotifiedTransfer,
  checkIcrcNotified,
  checkInformationBureau,
  checkJudgeAppearance,
  checkLawyerAccess,
  checkMedicalExam,
  checkReasonsTold,
  checkRegistrationDelay,
} from './safeguards/checksTimed';
import {
  checkChildSeparation,
  checkChildVisits,
  checkDeathReporting,
  checkIllTreatmentReferral,
  checkInternmentReview,
  checkSolitaryDuration,
  checkSolitaryProtectedGroups,
  checkWomenSeparation,
} from './safeguards/checksRegime';
import { DEFAULT_SAFEGUARD_PROFILE, thresholdFor } from './safeguards/profiles';
import { SAFEGUARD_RULES } from './safeguards/rules';
import type { SafeguardProfile, SafeguardResult, SafeguardRuleId, SafeguardState } from './safeguards/types';
import { SAFEGUARD_RULE_IDS } from './safeguards/types';

export type {
  RuleOverride,
  SafeguardNote,
  SafeguardProfile,
  SafeguardResult,
  SafeguardRule,
  SafeguardRuleId,
  SafeguardState,
  Threshold,
} from './safeguards/types';
export { SAFEGUARD_NOTES, SAFEGUARD_RULE_IDS, SAFEGUARD_STATES } from './safeguards/types';
export { SAFEGUARD_RULES } from './safeguards/rules';
export type { ProfileProblem } from './safeguards/profiles';
export { addThreshold, createSafeguardProfile, DEFAULT_SAFEGUARD_PROFILE, thresholdFor } from './safeguards/profiles';

const CHECKS: Readonly<Record<SafeguardRuleId, (ctx: RuleContext) => SafeguardResult>> = {
  'registration-delay': checkRegistrationDelay,
  'reasons-told': checkReasonsTold,
  'judge-appearance': checkJudgeAppearance,
  'lawyer-access': checkLawyerAccess,
  'family-notified': checkFamilyNotified,
  'family-notified-transfer': checkFamilyNotifiedTransfer,
  'consular-notification': checkConsularNotification,
  'medical-exam': checkMedicalExam,
  'capture-card': checkCaptureCard,
  'information-bureau': checkInformationBureau,
  'icrc-notified': checkIcrcNotified,
  'internment-review': checkInternmentReview,
  'solitary-duration': checkSolitaryDuration,
  'solitary-protected-groups': checkSolitaryProtectedGroups,
  'child-separation': checkChildSeparation,
  'women-separation': checkWomenSeparation,
  'child-visits': checkChildVisits,
  'ill-treatment-referral': checkIllTreatmentReferral,
  'death-reporting': checkDeathReporting,
};

/**
 * Every rule's outcome for a record. `events` are the record's entries (normally
 * `record.timeline`; voided ones are skipped here). A voided admission has no safeguards.
 */
export function evaluate(
  record: CustodyRecord,
  events: readonly TimelineEntry[],
  now: Date,
  profile: SafeguardProfile = DEFAULT_SAFEGUARD_PROFILE,
): SafeguardResult[] {
  const entries = record.voidedEventIds.size === 0 ? events : events.filter((entry) => !record.voidedEventIds.has(entry.id));
  const byType = indexByType(entries);
  const nowMs = now.getTime();
  const isChild = record.childStatus === 'child';
  return SAFEGUARD_RULE_IDS.map((ruleId) => {
    const threshold = thresholdFor(SAFEGUARD_RULES[ruleId], record.legalRegime, isChild, profile);
    if (threshold === null || record.isVoided) return { ruleId, state: 'not_applicable', evidence: [] };
    return CHECKS[ruleId]({ ruleId, record, byType, nowMs, threshold });
  });
}

/** `evaluate` over the record's own timeline. */
export function evaluateRecord(record: CustodyRecord, now: Date, profile?: SafeguardProfile): SafeguardResult[] {
  return evaluate(record, record.timeline, now, profile);
}

const BADGE_ORDER: readonly SafeguardState[] = ['overdue', 'unknown', 'due', 'met', 'not_applicable'];

/** The most urgent state among results, for a list badge ("needs action" = overdue, unknown or due). */
export function worstState(results: readonly SafeguardResult[]): SafeguardState {
  return BADGE_ORDER.find((state) => results.some((result) => result.state === state)) ?? 'not_applicable';
}

/**
 * The last instant (epoch ms) at which these results still hold without a new event of
 * the record: the earliest deadline not yet passed. The register list can cache each
 * record's results until then, or until the record changes. Infinity if time alone
 * changes nothing.
 */
export function resultsValidUntil(results: readonly SafeguardResult[], now: Date): number {
  const nowMs = now.getTime();
  let until = Number.POSITIVE_INFINITY;
  for (const result of results) {
    if (result.dueMs !== undefined && result.dueMs >= nowMs && result.state !== 'overdue') until = Math.min(until, result.dueMs);
  }
  return until;
}
