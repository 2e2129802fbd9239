import type { UserRole } from '@shared/ledger/coreEventTypes';
import { cleanText, textProblem } from '@shared/util/text';
import type { TextProblem } from '@shared/util/text';
import type { TranslationKey } from '../../i18n/translationKey';
import { hasPassphraseErrors, validateNewPassphrase } from '../lock';
import type { NewPassphraseErrors } from '../lock';

export type NewUserValues = { name: string; role: UserRole; passphrase: string; confirmation: string };
export type NewUserErrors = NewPassphraseErrors & { name?: TranslationKey };

const NAME_MAX = 200;

const NAME_MESSAGES: Readonly<Record<TextProblem, TranslationKey>> = {
  required: 'users.errors.nameRequired',
  'too-long': 'users.errors.nameTooLong',
  control: 'setup.errors.control',
};

/** The errors, or the cleaned name when there are none. */
export function validateNewUser(values: NewUserValues, facilityName: string): { errors: NewUserErrors; name?: string } {
  const nameProblem = textProblem(values.name, NAME_MAX);
  const errors: NewUserErrors = {
    ...(nameProblem === null ? {} : { name: NAME_MESSAGES[nameProblem] }),
    ...validateNewPassphrase(values.passphrase, values.confirmation, [values.name, facilityName]),
  };
  return nameProblem === null && !hasPassphraseErrors(errors) ? { errors, name: cleanText(values.name) } : { errors };
}
