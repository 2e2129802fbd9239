/** Translation keys of validation problems: each says what is wrong and what to do. */
import type { ValidationCode } from '@shared/custody/validation';
import type { TranslationKey } from '../../i18n/translationKey';

/** Every code but `not-in-custody`, whose message names the person's status. */
export const PROBLEM_KEYS: Readonly<Record<Exclude<ValidationCode, 'not-in-custody'>, TranslationKey>> = {
  invalid: 'custody.problem.invalid',
  'unknown-type': 'custody.problem.unknown-type',
  'empty-reason': 'custody.problem.empty-reason',
  'future-date': 'custody.problem.future-date',
  'birth-after-arrest': 'custody.problem.birth-after-arrest',
  'arrest-after-admission': 'custody.problem.arrest-after-admission',
  'before-arrest': 'custody.problem.before-arrest',
  'age-estimate-conflict': 'custody.problem.age-estimate-conflict',
  'occurred-at-mismatch': 'custody.problem.occurred-at-mismatch',
  'register-number-used': 'custody.problem.register-number-used',
  'register-prefix-mismatch': 'custody.problem.register-prefix-mismatch',
  'unknown-record': 'custody.problem.unknown-record',
  'record-exists': 'custody.problem.record-exists',
  'before-admission': 'custody.problem.before-admission',
  'before-status-change': 'custody.problem.before-status-change',
  'end-before-start': 'custody.problem.end-before-start',
  'before-event': 'custody.problem.before-event',
  'episode-not-open': 'custody.problem.episode-not-open',
  'unknown-target': 'custody.problem.unknown-target',
  'target-voided': 'custody.problem.target-voided',
  'already-voided': 'custody.problem.already-voided',
  'void-pending': 'custody.problem.void-pending',
  'bad-path': 'custody.problem.bad-path',
  'correction-no-change': 'custody.problem.correction-no-change',
  'correction-stale': 'custody.problem.correction-stale',
  'correction-unknown-path': 'custody.problem.correction-unknown-path',
  'correction-invalid-value': 'custody.problem.correction-invalid-value',
  'confirmation-not-needed': 'custody.problem.confirmation-not-needed',
  'already-confirmed': 'custody.problem.already-confirmed',
  'self-confirmation': 'custody.problem.self-confirmation',
  'author-required': 'custody.problem.author-required',
  'not-permitted': 'custody.problem.not-permitted',
};
