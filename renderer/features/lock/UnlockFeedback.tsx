import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { TranslationKey } from '../../i18n/translationKey';
import { Banner } from '../../ui/Banner';
import { ProgressBar } from '../../ui/ProgressBar';

type UnlockFeedbackProps = {
  /** Fraction of the key derivation done, while checking. */
  progress: number | null;
  error: TranslationKey | null;
  secondsLeft: number;
};

/**
 * Progress while a passphrase or code is checked (about a second, on purpose), then why
 * it failed. The countdown sits outside the alert so it is not re-announced every second.
 */
export function UnlockFeedback({ progress, error, secondsLeft }: UnlockFeedbackProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {progress !== null ? (
        <ProgressBar label={t('lock.checking')} value={Math.round(progress * 100)} max={100} valueText={t('lock.checkingValue')} />
      ) : null}
      {error !== null ? (
        <Banner tone="error" title={t(error)}>
          <p>{t('lock.nothingDeleted')}</p>
        </Banner>
      ) : null}
      {secondsLeft > 0 ? <p className="lock-wait">{t('lock.waitSeconds', { count: secondsLeft, seconds: format.number(secondsLeft) })}</p> : null}
    </>
  );
}
