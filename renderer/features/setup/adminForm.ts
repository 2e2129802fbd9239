/** The first administrator: a name and a passphrase, checked before any key is made. */
import type { TranslationKey } from '../../i18n/translationKey';
import { hasPassphraseErrors, validateNewPassphrase } from '../lock';
import type { NewPassphraseErrors } from '../lock';
import { cleanText, textProblem } from '@shared/util/text';
import type { TextProblem } from '@shared/util/text';

export type AdminFormValues = { name: string; passphrase: string; confirmation: string };
export type AdminErrors = NewPassphraseErrors & { name?: TranslationKey };

const NAME_MAX = 200;

const NAME_MESSAGES: Readonly<Record<TextProblem, TranslationKey>> = {
  required: 'setup.admin.errors.nameRequired',
  'too-long': 'setup.admin.errors.nameTooLong',
  control: 'setup.errors.control',
};

/** The errors, or the cleaned name when there are none. */
export function validateAdmin(values: AdminFormValues, facilityName: string): { errors: AdminErrors; name?: string } {
  const nameProblem = textProblem(values.name, NAME_MAX);
  const errors: AdminErrors = {
    ...(nameProblem === null ? {} : { name: NAME_MESSAGES[nameProblem] }),
    ...validateNewPassphrase(values.passphrase, values.confirmation, [values.name, facilityName]),
  };
  const isValid = nameProblem === null && !hasPassphraseErrors(errors);
  return isValid ? { errors, name: cleanText(values.name) } : { errors };
}
