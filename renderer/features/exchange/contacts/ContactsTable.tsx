import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import { contactStatus } from '@shared/exchange/contacts';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { FingerprintText } from '../FingerprintText';
import { ContactActionButtons } from './ContactActionButtons';
import type { ContactAction } from './contactAction';
import { CONTACT_STATUS_KEYS } from './statusLabels';

type ContactsTableProps = { contacts: readonly ContactRecord[]; onAction: (action: ContactAction) => void };

function StatusCell({ contact }: { contact: ContactRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = contactStatus(contact);
  return (
    <>
      <span className={`badge badge-${status}`}>{t(CONTACT_STATUS_KEYS[status])}</span>
      {contact.revoked !== null ? (
        <p className="cell-note">
          {t('exchange.contacts.revokedNote', { date: format.date(new Date(contact.revoked.at)), by: contact.revoked.by, reason: contact.revoked.reason })}
        </p>
      ) : null}
      {contact.trusted !== null && contact.revoked === null ? (
        <p className="cell-note">{t('exchange.contacts.trustedNote', { date: format.date(new Date(contact.trusted.at)), by: contact.trusted.by })}</p>
      ) : null}
    </>
  );
}

function RolesCell({ contact }: { contact: ContactRecord }) {
  const { t } = useTranslation();
  const roles = [contact.roles.recipient ? t('exchange.roles.recipient') : '', contact.roles.source ? t('exchange.roles.source') : ''];
  return <>{roles.filter((role) => role !== '').join(t('exchange.listSeparator'))}</>;
}

/** Every contact ever added: revoked ones stay listed, since the history still names them. */
export function ContactsTable({ contacts, onAction }: ContactsTableProps) {
  const { t } = useTranslation();
  const columns: TableColumn<ContactRecord>[] = [
    { id: 'facility', header: t('exchange.contacts.columns.facility'), isRowHeader: true, cell: (contact) => <bdi>{contact.card.facility}</bdi> },
    { id: 'fingerprint', header: t('exchange.contacts.columns.fingerprint'), cell: (contact) => <FingerprintText hex={contact.card.fingerprint} /> },
    { id: 'status', header: t('exchange.contacts.columns.status'), cell: (contact) => <StatusCell contact={contact} /> },
    { id: 'roles', header: t('exchange.contacts.columns.roles'), cell: (contact) => <RolesCell contact={contact} /> },
    { id: 'actions', header: t('exchange.contacts.columns.actions'), cell: (contact) => <ContactActionButtons contact={contact} onAction={onAction} /> },
  ];
  return (
    <Table
      caption={t('exchange.contacts.caption')}
      columns={columns}
      rows={contacts}
      rowKey={(contact) => contact.card.ledger}
      emptyMessage={t('exchange.contacts.empty')}
    />
  );
}
