import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { RebuildResult, VerifyProgress } from '../../ledger';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { Section } from '../../ui/Section';
import { useVault } from '../../vault/useVault';
import { rebuildPercent } from './rebuildProgress';

/**
 * Re-reads and re-verifies every stored page, then recomputes every view from the events
 * alone: proof that what the screens show is what the ledger says.
 */
export function VerifyRebuildSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { verifyAndRebuild } = useVault();
  const [progress, setProgress] = useState<VerifyProgress | null>(null);
  const [result, setResult] = useState<RebuildResult | 'error' | null>(null);
  const run = (): void => {
    setResult(null);
    setProgress({ ledger: '', ledgerIndex: 0, ledgerCount: 1, pagesDone: 0, pagesTotal: 0, eventsDone: 0 });
    verifyAndRebuild(setProgress).then(setResult, () => { setResult('error'); }).finally(() => { setProgress(null); });
  };
  return (
    <Section title={t('settings.verify.title')} hint={t('settings.verify.hint')}>
      {progress !== null ? (
        <ProgressBar label={t('settings.verify.progressLabel')} value={rebuildPercent(progress)} valueText={t('settings.verify.progressValue', { events: format.number(progress.eventsDone), ledger: format.number(progress.ledgerIndex + 1), ledgers: format.number(progress.ledgerCount) })} />
      ) : null}
      {result !== null && result !== 'error' && result.ok ? <Banner tone="info" title={t('settings.verify.done', { count: result.events, events: format.number(result.events) })} /> : null}
      {result !== null && result !== 'error' && !result.ok ? <Banner tone="error" title={t('settings.verify.failed', { seq: format.number(result.seq) })} /> : null}
      {result === 'error' ? <Banner tone="error" title={t('settings.verify.error')} /> : null}
      <Button variant="primary" isBusy={progress !== null} busyLabel={t('settings.verify.running')} onClick={run}>
        {t('settings.verify.run')}
      </Button>
    </Section>
  );
}
