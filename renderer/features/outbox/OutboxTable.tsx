import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { EntryStatus } from './EntryStatus';
import type { OutboxEntry } from './outboxModel';
import type { OutboxRunner } from './outboxRunner';
import { useContactNames, useOutboxEntries, useOutboxStatus } from './queries';

type RowActionsProps = { entry: OutboxEntry; facility: string; runner: OutboxRunner | null; isSending: boolean };

function RowActions({ entry, facility, runner, isSending }: RowActionsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = { bundleSeq: format.number(entry.bundleSeq), facility };
  if (entry.status === 'sent') return null;
  return (
    <div className="table-actions">
      <Button aria-label={t('outbox.list.retryLabel', names)} disabled={runner === null || isSending} onClick={() => void runner?.retry(entry.id)}>
        {t('outbox.list.retry')}
      </Button>
      <Button aria-label={t('outbox.list.removeLabel', names)} disabled={runner === null || isSending} onClick={() => void runner?.remove(entry.id)}>
        {t('outbox.list.remove')}
      </Button>
    </div>
  );
}

/** Every bundle in the outbox, newest first, with its status and what can be done about it. */
export function OutboxTable({ runner }: { runner: OutboxRunner | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = useOutboxEntries();
  const { sendingId } = useOutboxStatus();
  const nameOf = useContactNames();
  const facilityOf = (entry: OutboxEntry) => nameOf(entry.contact) ?? entry.contact.slice(0, 8);
  const columns: TableColumn<OutboxEntry>[] = [
    {
      id: 'bundle',
      header: t('outbox.list.columns.bundle'),
      isRowHeader: true,
      cell: (entry) => (
        <span className="outbox-bundle">
          {t('outbox.list.bundle', { bundleSeq: format.number(entry.bundleSeq) })}
          <span dir="ltr" className="outbox-muted outbox-file">{entry.fileName}</span>
          <span className="outbox-muted">{t('outbox.list.queuedBy', { time: format.dateTime(new Date(entry.queuedAt)), name: entry.queuedBy })}</span>
        </span>
      ),
    },
    { id: 'to', header: t('outbox.list.columns.to'), cell: (entry) => <bdi>{facilityOf(entry)}</bdi> },
    { id: 'status', header: t('outbox.list.columns.status'), cell: (entry) => <EntryStatus entry={entry} isSending={entry.id === sendingId} /> },
    { id: 'attempts', header: t('outbox.list.columns.attempts'), align: 'end', cell: (entry) => format.number(entry.attempts) },
    { id: 'actions', header: t('outbox.list.columns.actions'), cell: (entry) => <RowActions entry={entry} facility={facilityOf(entry)} runner={runner} isSending={entry.id === sendingId} /> },
  ];
  return <Table caption={t('outbox.list.caption')} columns={columns} rows={entries} rowKey={(entry) => entry.id} emptyMessage={t('outbox.list.empty')} />;
}
