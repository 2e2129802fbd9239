import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { EMPTY_PASSPHRASE_VALUES, PassphraseFields } from '../lock';
import type { PassphraseValues } from '../lock';
import type { AdminErrors } from './adminForm';
import { validateAdmin } from './adminForm';
import { useFocusFirstError } from '../../ui/useFocusFirstError';

type AdminStepProps = {
  facilityName: string;
  onBack: () => void;
  onCreate: (admin: { name: string; passphrase: string }) => void;
};

/** The first administrator. The passphrase lives only in this step's state and goes straight to key derivation. */
export function AdminStep({ facilityName, onBack, onCreate }: AdminStepProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<PassphraseValues>(EMPTY_PASSPHRASE_VALUES);
  const [errors, setErrors] = useState<AdminErrors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  const submit = (): void => {
    const result = validateAdmin({ name, passphrase: secret.passphrase, confirmation: secret.confirmation }, facilityName);
    setErrors(result.errors);
    setAttempt((count) => count + 1);
    if (result.name !== undefined) onCreate({ name: result.name, passphrase: secret.passphrase });
  };
  return (
    <form ref={formRef} noValidate className="setup-step" aria-label={t('setup.steps.admin')} onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <p>{t('setup.admin.intro')}</p>
      <TextField
        label={t('setup.admin.name')}
        hint={t('setup.admin.nameHint')}
        error={errors.name ? t(errors.name) : undefined}
        autoComplete="name"
        dir="auto"
        value={name}
        onValueChange={setName}
      />
      <PassphraseFields label={t('setup.admin.passphrase')} values={secret} onChange={setSecret} errors={errors} context={[name, facilityName]} />
      <div className="button-row">
        <Button onClick={onBack}>{t('setup.back')}</Button>
        <Button type="submit" variant="primary">
          {t('setup.create')}
        </Button>
      </div>
    </form>
  );
}
