import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { UnlockFeedback } from './UnlockFeedback';
import { usePassphraseUnlock } from './usePassphraseUnlock';

type PassphraseUnlockFormProps = { onUseRecoveryCode: () => void };

/** One field: the passphrase says who the person is, so no list of users is shown to whoever holds the laptop. */
export function PassphraseUnlockForm({ onUseRecoveryCode }: PassphraseUnlockFormProps) {
  const { t } = useTranslation();
  const { attempt, passphrase, setPassphrase, isEmptyShown, fieldRef, submit } = usePassphraseUnlock();
  return (
    <form noValidate className="lock-form" aria-label={t('lock.formLabel')} onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <TextField
        ref={fieldRef}
        label={t('lock.passphraseLabel')}
        error={isEmptyShown ? t('lock.errors.empty') : undefined}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        value={passphrase}
        onValueChange={setPassphrase}
      />
      <UnlockFeedback progress={attempt.progress} error={attempt.error} secondsLeft={attempt.secondsLeft} />
      <div className="button-row">
        <Button type="submit" variant="primary" isBusy={attempt.isBusy} busyLabel={t('lock.checkingShort')} aria-disabled={attempt.secondsLeft > 0 ? true : undefined}>
          {t('lock.unlock')}
        </Button>
        <Button onClick={onUseRecoveryCode}>{t('lock.useRecoveryCode')}</Button>
      </div>
    </form>
  );
}
