import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { useAdmissionStore } from './admissionStore';

/** Says that the admission on screen was found sealed from earlier (after a crash, a reload or a lock). */
export function RestoredBanner() {
  const { t } = useTranslation();
  const format = useFormat();
  const isRestored = useAdmissionStore((state) => state.isRestored);
  const startedAt = useAdmissionStore((state) => state.draft?.startedAt);
  if (!isRestored || startedAt === undefined) return null;
  return (
    <Banner tone="info" title={t('admission.restored.title')}>
      <p>{t('admission.restored.body', { time: format.dateTime(new Date(startedAt)) })}</p>
    </Banner>
  );
}
