/**
 * Checking a new passphrase and its confirmation: long enough, not too easy to guess
 * (vault/passphraseStrength.ts), and typed the same twice. Messages say what to do.
 */
import type { TranslationKey } from '../../i18n/translationKey';
import { assessPassphrase } from '../../vault/passphraseStrength';
import type { PassphraseProblem } from '../../vault/passphraseStrength';

export type NewPassphraseErrors = { passphrase?: TranslationKey; confirmation?: TranslationKey };

export const PROBLEM_HINTS: Readonly<Record<Exclude<PassphraseProblem, 'too-short'>, TranslationKey>> = {
  'common-word': 'lock.passphrase.problems.commonWord',
  'personal-word': 'lock.passphrase.problems.personalWord',
  repeated: 'lock.passphrase.problems.repeated',
  sequence: 'lock.passphrase.problems.sequence',
};

/**
 * @param context - names a guesser would try first (the person's, the facility's)
 */
export function validateNewPassphrase(passphrase: string, confirmation: string, context: readonly string[]): NewPassphraseErrors {
  const assessment = assessPassphrase(passphrase, context);
  const errors: NewPassphraseErrors = {};
  if (assessment.problems.includes('too-short')) errors.passphrase = 'lock.passphrase.errors.tooShort';
  else if (!assessment.isAcceptable) errors.passphrase = 'lock.passphrase.errors.tooWeak';
  if (confirmation === '') errors.confirmation = 'lock.passphrase.errors.confirmationRequired';
  else if (confirmation.normalize('NFC') !== passphrase.normalize('NFC')) errors.confirmation = 'lock.passphrase.errors.mismatch';
  return errors;
}

export function hasPassphraseErrors(errors: NewPassphraseErrors): boolean {
  return errors.passphrase !== undefined || errors.confirmation !== undefined;
}
