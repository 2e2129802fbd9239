import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../ledger';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ProgressBar } from '../../ui/ProgressBar';
import { useSession } from '../../vault/useSession';
import { EMPTY_PASSPHRASE_VALUES, hasPassphraseErrors, PassphraseFields, validateNewPassphrase } from '../lock';
import type { NewPassphraseErrors, PassphraseValues } from '../lock';
import { resetPassphrase } from './commands';
import { useFacilityName } from './useFacilityName';
import { useDialogCommand } from '../../stores/useDialogCommand';

type ResetPassphraseDialogProps = { user: UserRecord; onClose: () => void };

/** A new passphrase for a user who forgot theirs; the audit trail records who set it. */
export function ResetPassphraseDialog({ user, onClose }: ResetPassphraseDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const facilityName = useFacilityName();
  const command = useDialogCommand(onClose, 'users.failed');
  const [secret, setSecret] = useState<PassphraseValues>(EMPTY_PASSPHRASE_VALUES);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [progress, setProgress] = useState<number | null>(null);
  const confirm = (): void => {
    const found = validateNewPassphrase(secret.passphrase, secret.confirmation, [user.name, facilityName]);
    setErrors(found);
    if (!hasPassphraseErrors(found)) void command.run(() => resetPassphrase(session, user, secret.passphrase, setProgress), 'users.passphraseReset');
  };
  const footer = (
    <>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
      <Button variant="primary" isBusy={command.isBusy} busyLabel={t('users.add.saving')} onClick={confirm}>
        {t('users.passphrase.confirm')}
      </Button>
    </>
  );
  return (
    <Dialog isOpen title={t('users.passphrase.title', { name: user.name })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      <p>{t('users.passphrase.body')}</p>
      <PassphraseFields label={t('lock.newPassphrase.passphrase')} values={secret} onChange={setSecret} errors={errors} context={[user.name, facilityName]} />
      {command.isBusy && progress !== null ? <ProgressBar label={t('users.add.saving')} value={Math.round(progress * 100)} valueText={t('lock.checkingValue')} /> : null}
    </Dialog>
  );
}
