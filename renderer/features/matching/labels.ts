/** Translation keys chosen by value: each map names every value's key as a literal. */
import type { BirthAgreement, MatchReasons, NameAgreement, PartAgreement } from '@shared/oversight/matching';
import type { MatchDecision } from '@shared/oversight/matchLinks';
import type { TranslationKey } from '../../i18n/translationKey';

export const NAME_KEYS: Readonly<Record<NameAgreement | 'none', TranslationKey>> = {
  exact: 'matching.reason.name.exact',
  spelling: 'matching.reason.name.spelling',
  'across-scripts': 'matching.reason.name.acrossScripts',
  similar: 'matching.reason.name.similar',
  none: 'matching.reason.name.none',
};

export const ORDER_KEYS: Readonly<Record<MatchReasons['order'], TranslationKey | undefined>> = {
  same: undefined,
  reordered: 'matching.reason.order.reordered',
  unknown: undefined,
};

export const FATHER_KEYS: Readonly<Record<PartAgreement, TranslationKey>> = {
  same: 'matching.reason.father.same',
  different: 'matching.reason.father.different',
  unknown: 'matching.reason.father.unknown',
};

export const BIRTH_KEYS: Readonly<Record<BirthAgreement, TranslationKey>> = {
  'same-date': 'matching.reason.birth.sameDate',
  'same-year': 'matching.reason.birth.sameYear',
  'close-estimate': 'matching.reason.birth.closeEstimate',
  different: 'matching.reason.birth.different',
  unknown: 'matching.reason.birth.unknown',
};

export const PLACE_KEYS: Readonly<Record<PartAgreement, TranslationKey>> = {
  same: 'matching.reason.place.same',
  different: 'matching.reason.place.different',
  unknown: 'matching.reason.place.unknown',
};

export const DECISION_KEYS: Readonly<Record<Exclude<MatchDecision['kind'], 'withdrawn'>, TranslationKey>> = {
  confirmed: 'matching.decided.kind.confirmed',
  rejected: 'matching.decided.kind.rejected',
};

/** Whether a part counts for the pair, against it, or says nothing: shown by a word, never by colour alone. */
export type ReasonTone = 'for' | 'against' | 'neutral';

export function partTone(agreement: PartAgreement | BirthAgreement): ReasonTone {
  if (agreement === 'unknown') return 'neutral';
  return agreement === 'different' ? 'against' : 'for';
}
