import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { useUiStore } from '../../stores/uiStore';
import { EndpointDialog } from './EndpointDialog';
import type { OutboxRunner } from './outboxRunner';
import { useEndpoints, useRecipients } from './queries';

/** Each confirmed recipient and the inbox address its bundles are uploaded to. */
export function EndpointsSection({ runner }: { runner: OutboxRunner | null }) {
  const { t } = useTranslation();
  const recipients = useRecipients();
  const endpoints = useEndpoints();
  const showToast = useUiStore((state) => state.showToast);
  const [editing, setEditing] = useState<ContactRecord | null>(null);
  const columns: TableColumn<ContactRecord>[] = [
    { id: 'contact', header: t('outbox.endpoints.columns.contact'), isRowHeader: true, cell: (contact) => <bdi>{contact.card.facility}</bdi> },
    {
      id: 'address',
      header: t('outbox.endpoints.columns.address'),
      cell: (contact) => {
        const endpoint = endpoints[contact.card.ledger];
        return endpoint === undefined ? <span className="outbox-muted">{t('outbox.endpoints.notSet')}</span> : <span dir="ltr" className="outbox-address">{endpoint}</span>;
      },
    },
    {
      id: 'actions',
      header: t('outbox.endpoints.columns.actions'),
      cell: (contact) => {
        const isSet = endpoints[contact.card.ledger] !== undefined;
        const label = isSet ? t('outbox.endpoints.changeLabel', { facility: contact.card.facility }) : t('outbox.endpoints.setLabel', { facility: contact.card.facility });
        return <Button aria-label={label} disabled={runner === null} onClick={() => { setEditing(contact); }}>{isSet ? t('outbox.endpoints.change') : t('outbox.endpoints.set')}</Button>;
      },
    },
  ];
  const save = async (contact: ContactRecord, endpoint: string | null) => {
    await runner?.setEndpoint(contact.card.ledger, endpoint);
    showToast('success', endpoint === null ? 'outbox.endpoints.removed' : 'outbox.endpoints.saved');
  };
  return (
    <Section title={t('outbox.endpoints.title')} hint={t('outbox.endpoints.hint')}>
      <Table caption={t('outbox.endpoints.caption')} columns={columns} rows={recipients} rowKey={(contact) => contact.card.ledger} emptyMessage={t('outbox.endpoints.empty')} />
      {editing === null ? null : (
        <EndpointDialog contact={editing} current={endpoints[editing.card.ledger]} onSave={(endpoint) => save(editing, endpoint)} onClose={() => { setEditing(null); }} />
      )}
    </Section>
  );
}
