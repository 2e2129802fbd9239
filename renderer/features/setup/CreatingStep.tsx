import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import type { SetupProgress } from '../../vault/setup';
import { overallProgress } from './setupProgress';

type CreatingStepProps = { progress: SetupProgress; hasFailed: boolean; onRetry: () => void };

/** The keys being made: a few seconds on purpose, since each passphrase check must cost an attacker as much. */
export function CreatingStep({ progress, hasFailed, onRetry }: CreatingStepProps) {
  const { t } = useTranslation();
  if (hasFailed) {
    return (
      <Banner tone="error" title={t('setup.creating.failedTitle')}>
        <p>{t('setup.creating.failedBody')}</p>
        <Button variant="primary" onClick={onRetry}>
          {t('setup.creating.retry')}
        </Button>
      </Banner>
    );
  }
  const { percent, label } = overallProgress(progress);
  return (
    <div className="setup-step">
      <p>{t('setup.creating.intro')}</p>
      <ProgressBar label={t('setup.creating.label')} value={percent} max={100} valueText={t(label)} />
    </div>
  );
}
