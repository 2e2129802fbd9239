/**
 * Translation keys chosen by value (ratings, legal force, indicator states …), as typed
 * maps of literal keys: every key stays findable in the code and a new value without a
 * label is a compile error.
 */
import type { ActionStatus } from '@shared/inspection/actionViews';
import type { AssessmentRating } from '@shared/inspection/answers';
import type { ComparisonOutcome } from '@shared/inspection/comparison';
import type { ActionPriority } from '@shared/inspection/events';
import type { IndicatorReason, IndicatorState } from '@shared/inspection/indicatorStates';
import type { AreaUnit, UnitKind } from '@shared/inspection/measurements';
import type { LegalForce } from '@shared/inspection/sources';
import type { LegalRegime } from '@shared/inspection/template';
import type { TranslationKey } from '../../i18n/translationKey';
import type { FieldProblemCode } from './draftConversion';

export const RATING_KEYS: Readonly<Record<AssessmentRating, TranslationKey>> = {
  compliant: 'inspections.rating.compliant',
  partly: 'inspections.rating.partly',
  not_compliant: 'inspections.rating.not_compliant',
  not_applicable: 'inspections.rating.not_applicable',
  not_assessed: 'inspections.rating.not_assessed',
};

export const FORCE_KEYS: Readonly<Record<LegalForce, TranslationKey>> = {
  binding: 'inspections.force.binding',
  standard: 'inspections.force.standard',
  recommendation: 'inspections.force.recommendation',
};

/** Each state in words, because colour alone says nothing to many readers (and nothing on paper). */
export const STATE_KEYS: Readonly<Record<IndicatorState, TranslationKey>> = {
  green: 'inspections.state.green',
  amber: 'inspections.state.amber',
  red: 'inspections.state.red',
  unknown: 'inspections.state.unknown',
  not_applicable: 'inspections.state.not_applicable',
};

export const REASON_KEYS: Readonly<Record<IndicatorReason, TranslationKey>> = {
  'not-measured': 'inspections.reason.notMeasured',
  'zero-area': 'inspections.reason.zeroArea',
  'no-capacity': 'inspections.reason.noCapacity',
  'nobody-present': 'inspections.reason.nobodyPresent',
  'no-working-fixture': 'inspections.reason.noWorkingFixture',
  'no-units-of-kind': 'inspections.reason.noUnitsOfKind',
};

export const OUTCOME_KEYS: Readonly<Record<ComparisonOutcome, TranslationKey>> = {
  improved: 'inspections.outcome.improved',
  worse: 'inspections.outcome.worse',
  unchanged: 'inspections.outcome.unchanged',
  changed: 'inspections.outcome.changed',
  not_comparable: 'inspections.outcome.not_comparable',
};

export const PRIORITY_KEYS: Readonly<Record<ActionPriority, TranslationKey>> = {
  high: 'inspections.priority.high',
  medium: 'inspections.priority.medium',
  low: 'inspections.priority.low',
};

export const STATUS_KEYS: Readonly<Record<ActionStatus, TranslationKey>> = {
  open: 'inspections.actions.status.open',
  closed: 'inspections.actions.status.closed',
};

export const REGIME_KEYS: Readonly<Record<LegalRegime, TranslationKey>> = {
  iac: 'inspections.regime.iac',
  niac: 'inspections.regime.niac',
  criminal: 'inspections.regime.criminal',
};

export const UNIT_KIND_KEYS: Readonly<Record<UnitKind, TranslationKey>> = {
  dormitory: 'inspections.units.kind.dormitory',
  single_cell: 'inspections.units.kind.single_cell',
};

export const AREA_UNIT_KEYS: Readonly<Record<AreaUnit, TranslationKey>> = {
  m2: 'inspections.units.areaUnit.m2',
  ft2: 'inspections.units.areaUnit.ft2',
};

/** What is wrong with a typed value and what to do, said the same way wherever it shows. */
export const PROBLEM_KEYS: Readonly<Record<FieldProblemCode, TranslationKey>> = {
  'not-a-number': 'inspections.problem.notANumber',
  'not-whole': 'inspections.problem.notWhole',
  negative: 'inspections.problem.negative',
  'too-big': 'inspections.problem.tooBig',
  required: 'inspections.problem.required',
  'too-long': 'inspections.problem.tooLong',
  'invalid-text': 'inspections.problem.invalidText',
  'rating-required': 'inspections.problem.ratingRequired',
  'not-recordable': 'inspections.problem.notRecordable',
};
