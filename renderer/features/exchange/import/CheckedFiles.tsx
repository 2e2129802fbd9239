import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { ProgressBar } from '../../../ui/ProgressBar';
import { Section } from '../../../ui/Section';
import { FileChecksProgress } from './FileChecksProgress';
import { FileResult } from './FileResult';
import type { useImportFlow } from './useImportFlow';

/** The files opened, each with its verdict and preview, the progress, and the button that applies them. */
export function CheckedFiles({ flow }: { flow: ReturnType<typeof useImportFlow> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { progress } = flow;
  const applicable = flow.entries.filter((entry) => entry.status.kind === 'ready' || entry.status.kind === 'pending').length;
  const appliedHeld = flow.retried.filter((retry) => retry.result === 'applied').length;
  return (
    <Section title={t('exchange.import.checkedTitle')} hint={t('exchange.import.checkedHint')}>
      {progress !== null ? (
        <ProgressBar
          label={progress.step === 'checking' ? t('exchange.import.progress.checking') : t('exchange.import.progress.applying')}
          value={progress.done}
          max={progress.total}
          valueText={t('exchange.import.progress.value', { done: format.number(progress.done), total: format.number(progress.total) })}
        />
      ) : null}
      {flow.fileProgress !== null ? <FileChecksProgress progress={flow.fileProgress} /> : null}
      {appliedHeld > 0 ? <Banner tone="info" title={t('exchange.import.heldApplied', { count: appliedHeld })} /> : null}
      {flow.entries.map((entry) => (
        <FileResult key={entry.key} entry={entry} onPassphrase={(passphrase) => void flow.retryWithPassphrase(entry, passphrase)} />
      ))}
      <div className="button-row">
        {applicable > 0 ? (
          <Button variant="primary" isBusy={progress !== null} busyLabel={t('exchange.working')} onClick={() => void flow.applyAll()}>
            {t('exchange.import.apply', { count: applicable })}
          </Button>
        ) : null}
        <Button onClick={flow.clear}>{t('exchange.import.clear')}</Button>
      </div>
    </Section>
  );
}
