import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { MessageScreen } from './MessageScreen';

type WriterBusyScreenProps = { onRetry: () => void };

/** Another window or tab already has Habeas open: two writers to one register would fight over its entries. */
export function WriterBusyScreen({ onRetry }: WriterBusyScreenProps) {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('lock.busy.title')}>
      <p>{t('lock.busy.body')}</p>
      <p>{t('lock.busy.next')}</p>
      <Button variant="primary" onClick={onRetry}>
        {t('lock.busy.retry')}
      </Button>
    </MessageScreen>
  );
}
