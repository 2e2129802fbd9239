import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { TrainingEntry } from '../training';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { RestartSetupSection } from './RestartSetupSection';

type LockScreenProps = {
  /** Setup stopped after the keys were made: unlocking finishes it. */
  isSetupUnfinished: boolean;
};

/** The way in: a passphrase, or the recovery code. Wrong attempts slow down; they never delete anything. */
export function LockScreen({ isSetupUnfinished }: LockScreenProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery-code'>('passphrase');
  const title = isSetupUnfinished ? t('lock.unfinishedTitle') : t('lock.title');
  const intro = mode === 'recovery-code' ? t('lock.recovery.title') : isSetupUnfinished ? t('lock.unfinishedIntro') : t('lock.intro');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={intro}>
      <div className="section lock-card">
        {mode === 'passphrase' ? (
          <PassphraseUnlockForm onUseRecoveryCode={() => { setMode('recovery-code'); }} />
        ) : (
          <RecoveryUnlockForm onUsePassphrase={() => { setMode('passphrase'); }} />
        )}
      </div>
      {isSetupUnfinished ? <RestartSetupSection /> : null}
      <TrainingEntry />
    </Page>
  );
}
