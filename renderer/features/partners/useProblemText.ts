import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import type { FieldErrors, FieldProblem } from './forms';

const PROBLEM_KEYS: Readonly<Record<FieldProblem, TranslationKey>> = {
  required: 'partners.problem.required',
  'too-long': 'partners.problem.tooLong',
  'invalid-text': 'partners.problem.invalidText',
  'bad-date': 'partners.problem.badDate',
  'evidence-needed': 'partners.problem.evidenceNeeded',
  'choose-rating': 'partners.problem.chooseRating',
  'choose-risk': 'partners.problem.chooseRisk',
  'choose-decision': 'partners.problem.chooseDecision',
};

/** The message of a field's problem (what is wrong and what to do), or undefined when it has none. */
export function useProblemText(errors: FieldErrors): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const problem = errors[field];
    return problem === undefined ? undefined : t(PROBLEM_KEYS[problem]);
  };
}
