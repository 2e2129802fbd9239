import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import type { NewPassphraseErrors } from './passphraseRules';
import { PassphraseStrength } from './PassphraseStrength';

export type PassphraseValues = { passphrase: string; confirmation: string; isShown: boolean };

export const EMPTY_PASSPHRASE_VALUES: PassphraseValues = { passphrase: '', confirmation: '', isShown: false };

type PassphraseFieldsProps = {
  values: PassphraseValues;
  onChange: (values: PassphraseValues) => void;
  /** Shown once the form has been submitted. */
  errors: NewPassphraseErrors;
  /** Names a guesser would try first: the meter counts them as weak. */
  context: readonly string[];
  label: string;
};

/** A new passphrase with its strength meter, a way to see what was typed, and its confirmation. */
export function PassphraseFields({ values, onChange, errors, context, label }: PassphraseFieldsProps) {
  const { t } = useTranslation();
  const type = values.isShown ? 'text' : 'password';
  return (
    <div className="passphrase-fields">
      <TextField
        label={label}
        hint={t('lock.passphrase.hint')}
        error={errors.passphrase ? t(errors.passphrase) : undefined}
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        value={values.passphrase}
        onValueChange={(passphrase) => { onChange({ ...values, passphrase }); }}
      />
      <PassphraseStrength passphrase={values.passphrase} context={context} />
      <Checkbox label={t('lock.passphrase.show')} checked={values.isShown} onCheckedChange={(isShown) => { onChange({ ...values, isShown }); }} />
      <TextField
        label={t('lock.passphrase.confirmation')}
        error={errors.confirmation ? t(errors.confirmation) : undefined}
        type={type}
        autoComplete="new-password"
        spellCheck={false}
        value={values.confirmation}
        onValueChange={(confirmation) => { onChange({ ...values, confirmation }); }}
      />
    </div>
  );
}
