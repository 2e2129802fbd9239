import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ProgressBar } from '../../../ui/ProgressBar';
import type { ExportPhase } from './useExportFlow';

/** How far the export is: entries read, then signing and encrypting, then saving and checking the file. */
export function ExportProgress({ phase }: { phase: ExportPhase }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (phase.kind === 'preparing') {
    return (
      <ProgressBar
        label={t('exchange.export.progress.reading')}
        value={phase.total === 0 ? undefined : phase.done}
        max={Math.max(phase.total, 1)}
        valueText={t('exchange.export.progress.readingValue', { done: format.number(phase.done), total: format.number(phase.total) })}
      />
    );
  }
  if (phase.kind === 'writing') return <ProgressBar label={t('exchange.export.progress.writing')} valueText={t('exchange.export.progress.writingValue')} />;
  if (phase.kind === 'saving') return <ProgressBar label={t('exchange.export.progress.saving')} valueText={t('exchange.export.progress.savingValue')} />;
  return null;
}
