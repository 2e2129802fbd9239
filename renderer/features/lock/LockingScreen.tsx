import { useTranslation } from 'react-i18next';
import { MessageScreen } from './MessageScreen';

/** Shown for the moment between a lock and the reload that follows it: nothing here takes input. */
export function LockingScreen() {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('lock.locking.title')}>
      <p role="status">{t('lock.locking.body')}</p>
    </MessageScreen>
  );
}
