import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { PassphraseFields } from '../lock';
import { roleOptions } from './roleOptions';
import { useAddUserForm } from './useAddUserForm';

/** A new user with their own passphrase, which wraps the same data key as everyone else's. */
export function AddUserForm() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useAddUserForm(formRef);
  return (
    <form ref={formRef} noValidate aria-label={t('users.add.title')} onSubmit={(event) => { event.preventDefault(); void form.submit(); }}>
      <TextField
        label={t('users.add.name')}
        hint={t('users.add.nameHint')}
        error={form.errors.name ? t(form.errors.name) : undefined}
        autoComplete="off"
        dir="auto"
        value={form.name}
        onValueChange={form.setName}
      />
      <SelectField<UserRole> label={t('users.add.role')} hint={t('users.add.roleHint')} options={roleOptions(t)} value={form.role} onValueChange={form.setRole} />
      <PassphraseFields label={t('users.add.passphrase')} values={form.secret} onChange={form.setSecret} errors={form.errors} context={[form.name, form.facilityName]} />
      {form.progress !== null ? <ProgressBar label={t('users.add.saving')} value={Math.round(form.progress * 100)} valueText={t('lock.checkingValue')} /> : null}
      <Button type="submit" variant="primary" isBusy={form.progress !== null} busyLabel={t('users.add.saving')}>
        {t('users.add.submit')}
      </Button>
    </form>
  );
}
