import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/uiStore';
import { Banner } from '../ui/Banner';

/** Says plainly, on every screen, that preferences will not be kept when IndexedDB could not be opened. */
export function StorageBanner() {
  const { t } = useTranslation();
  const isStorageAvailable = useUiStore((state) => state.isStorageAvailable);
  if (isStorageAvailable) return null;
  return (
    <Banner tone="warning" title={t('storage.title')}>
      <p>{t('storage.body')}</p>
    </Banner>
  );
}
