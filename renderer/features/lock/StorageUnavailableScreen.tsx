import { useTranslation } from 'react-i18next';
import { MessageScreen } from './MessageScreen';

/** IndexedDB did not open: nothing could be kept, so nothing is offered. */
export function StorageUnavailableScreen() {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('lock.unavailable.title')}>
      <p>{t('lock.unavailable.body')}</p>
      <p>{t('lock.unavailable.next')}</p>
    </MessageScreen>
  );
}
