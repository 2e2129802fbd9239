import { useTranslation } from 'react-i18next';
import { MessageScreen } from './MessageScreen';

/** Register data without its keys: setting up again would bury it, so the app stops and says why. */
export function KeysMissingScreen() {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('lock.keysMissing.title')}>
      <p>{t('lock.keysMissing.body')}</p>
      <p>{t('lock.keysMissing.next')}</p>
    </MessageScreen>
  );
}
