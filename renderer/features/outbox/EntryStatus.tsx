import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { OutboxEntry } from './outboxModel';
import { FAILURE_KEYS } from './outboxText';

/** Where an entry stands, in words: waiting, sending, when it will be tried again and why the last try failed, or when it arrived. */
export function EntryStatus({ entry, isSending }: { entry: OutboxEntry; isSending: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (isSending) return <strong className="outbox-status outbox-status-sending">{t('outbox.status.sending')}</strong>;
  if (entry.status === 'sent') {
    return <span className="outbox-status outbox-status-sent">{t('outbox.status.sent', { time: format.dateTime(new Date(entry.sentAt ?? entry.queuedAt)) })}</span>;
  }
  const failure = entry.lastFailure;
  const reason = failure === null ? null : t('outbox.status.lastTry', { reason: t(FAILURE_KEYS[failure.reason]) });
  const answer = failure?.httpStatus == null ? null : t('outbox.status.answer', { status: failure.httpStatus });
  let headline: string;
  if (entry.status === 'failed') headline = t('outbox.status.failed');
  else if (entry.nextAttemptAt === null) headline = t('outbox.status.waiting');
  else headline = t('outbox.status.retrying', { time: format.dateTime(new Date(entry.nextAttemptAt)) });
  return (
    <span className={`outbox-status outbox-status-${entry.status}`}>
      <strong>{headline}</strong>
      {reason === null ? null : <span className="outbox-reason">{reason}{answer === null ? null : ` ${answer}`}</span>}
    </span>
  );
}
