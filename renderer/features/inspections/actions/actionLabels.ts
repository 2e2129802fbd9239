import type { TranslationKey } from '../../../i18n/translationKey';
import { PROBLEM_KEYS } from '../labels';
import type { ActionProblem } from './actionForms';

export const ACTION_PROBLEM_KEYS: Readonly<Record<ActionProblem, TranslationKey>> = {
  required: PROBLEM_KEYS.required,
  'too-long': PROBLEM_KEYS['too-long'],
  'invalid-text': PROBLEM_KEYS['invalid-text'],
  'bad-date': 'inspections.problem.badDate',
};
