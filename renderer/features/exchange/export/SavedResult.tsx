import { useTranslation } from 'react-i18next';
import type { WrittenBundle } from '@shared/bundle/write';
import { Banner } from '../../../ui/Banner';
import { useBundleHistory } from '../queries';
import { useExportFollowUp } from './exportFollowUp';

/** The export just saved, and what else can be done with it (sending it now, when the app offers that). */
export function SavedResult({ fileName, written }: { fileName: string; written: WrittenBundle }) {
  const { t } = useTranslation();
  const followUp = useExportFollowUp();
  const exported = useBundleHistory().exports.findLast((entry) => entry.manifestHash === written.manifestHash);
  return (
    <>
      <Banner tone="info" title={t('exchange.export.saved', { fileName })}>{t('exchange.export.savedBody')}</Banner>
      {followUp !== null && exported !== undefined ? followUp({ exported, bytes: written.bytes }) : null}
    </>
  );
}
