import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { UnlockFeedback } from './UnlockFeedback';
import { useRecoveryUnlock } from './useRecoveryUnlock';

type RecoveryUnlockFormProps = { onUsePassphrase: () => void };

/** The printed recovery code, for when every passphrase is forgotten; a new passphrase must be chosen next. */
export function RecoveryUnlockForm({ onUsePassphrase }: RecoveryUnlockFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { attempt, code, setCode, codeError, fieldRef, submit } = useRecoveryUnlock();
  const count = codeError?.count ?? 0;
  const errorText = codeError === null ? undefined : t(codeError.key, { position: format.number(codeError.position ?? 0), count, typed: format.number(count) });
  return (
    <form noValidate className="lock-form" aria-label={t('lock.recovery.formLabel')} onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <p>{t('lock.recovery.intro')}</p>
      <TextField
        ref={fieldRef}
        label={t('lock.recovery.code')}
        hint={t('lock.recovery.codeHint')}
        error={errorText}
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="code-input"
        value={code}
        onValueChange={setCode}
      />
      <UnlockFeedback progress={attempt.progress} error={attempt.error} secondsLeft={attempt.secondsLeft} />
      <div className="button-row">
        <Button type="submit" variant="primary" isBusy={attempt.isBusy} busyLabel={t('lock.checkingShort')}>
          {t('lock.recovery.submit')}
        </Button>
        <Button onClick={onUsePassphrase}>{t('lock.recovery.usePassphrase')}</Button>
      </div>
    </form>
  );
}
