/**
 * Safeguard rules as data (design §7): each rule names its source, its legal force and a
 * threshold per legal regime, and evaluates to met / due / overdue / unknown / not
 * applicable. Missing data is itself a finding (domain.md §2 computation notes).
 */
import type { LegalRegime } from '../events/common';
import type { LegalForce, StandardRef } from '../standards/refs';

/** Outcomes of a rule for one record. */
export const SAFEGUARD_STATES = ['met', 'due', 'overdue', 'unknown', 'not_applicable'] as const;
/** One of SAFEGUARD_STATES. */
export type SafeguardState = (typeof SAFEGUARD_STATES)[number];

/** Units a threshold is counted in; months are calendar months. */
export const THRESHOLD_UNITS = ['hours', 'days', 'months'] as const;
/** A time limit. */
export type Threshold = { readonly amount: number; readonly unit: (typeof THRESHOLD_UNITS)[number] };

/** The rule ids. */
export const SAFEGUARD_RULE_IDS = [
  'registration-delay',
  'reasons-told',
  'judge-appearance',
  'lawyer-access',
  'family-notified',
  'family-notified-transfer',
  'consular-notification',
  'medical-exam',
  'capture-card',
  'information-bureau',
  'icrc-notified',
  'internment-review',
  'solitary-duration',
  'solitary-protected-groups',
  'child-separation',
  'women-separation',
  'child-visits',
  'ill-treatment-referral',
  'death-reporting',
] as const;
/** One of SAFEGUARD_RULE_IDS. */
export type SafeguardRuleId = (typeof SAFEGUARD_RULE_IDS)[number];

/** Thresholds per legal regime; null where the rule does not apply. */
export type RegimeThresholds = Readonly<Record<LegalRegime, Threshold | null>>;

/** A rule's definition. */
export type SafeguardRule = {
  readonly id: SafeguardRuleId;
  /** Row of the safeguard table in domain.md §2 (T1 …), or the §1.2 row it rests on. */
  readonly domainRef: string;
  readonly sources: readonly StandardRef[];
  readonly force: LegalForce;
  readonly thresholds: RegimeThresholds;
  /** A stricter limit for children, where a source gives one. */
  readonly childThreshold?: Threshold;
  /** Whether the number is the source's or a configurable design default (the source says "promptly"). */
  readonly thresholdBasis: 'source' | 'design';
  /** domain.md marks the rule's number or source unconfirmed. */
  readonly toVerify?: true;
};

/** Why a result reads as it does, beyond its state. */
export const SAFEGUARD_NOTES = [
  'completed_late',
  'declined_by_detainee',
  'custody_ended',
  'start_from_admission',
  'not_physically_present',
  'no_decision_recorded',
  'previously_late',
  'family_unit',
] as const;
/** One of SAFEGUARD_NOTES. */
export type SafeguardNote = (typeof SAFEGUARD_NOTES)[number];

/** A rule's outcome for one record. */
export type SafeguardResult = {
  readonly ruleId: SafeguardRuleId;
  readonly state: SafeguardState;
  /** When the duty falls (or fell) due, epoch ms (numbers: the list badges 100k records). */
  readonly dueMs?: number;
  /** When it was done, epoch ms. */
  readonly doneMs?: number;
  /** Events the outcome rests on. */
  readonly evidence: readonly string[];
  /** Admission fields whose absence makes the outcome unknown. */
  readonly missing?: readonly string[];
  readonly notes?: readonly SafeguardNote[];
};

/** A profile: per rule, thresholds that replace the defaults (a stricter national profile). */
export type SafeguardProfile = {
  readonly id: string;
  readonly name: string;
  readonly overrides: Readonly<Partial<Record<SafeguardRuleId, RuleOverride>>>;
};

/** Replacement thresholds for one rule: per regime, and for children. */
export type RuleOverride = Readonly<Partial<Record<LegalRegime, Threshold | null>>> & { readonly child?: Threshold };
