import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import { contactStatus } from '@shared/exchange/contacts';
import { Button } from '../../../ui/Button';
import type { ContactAction } from './contactAction';

type ContactActionButtonsProps = { contact: ContactRecord; onAction: (action: ContactAction) => void };

/** What can still be done with a contact; a revoked one keeps only its history. */
export function ContactActionButtons({ contact, onAction }: ContactActionButtonsProps) {
  const { t } = useTranslation();
  const status = contactStatus(contact);
  if (status === 'revoked') return null;
  const facility = contact.card.facility;
  return (
    <div className="button-row button-row-compact">
      {status === 'unconfirmed' ? (
        <Button variant="primary" aria-label={t('exchange.contacts.actions.confirmFor', { facility })} onClick={() => { onAction({ kind: 'confirm', ledger: contact.card.ledger }); }}>
          {t('exchange.contacts.actions.confirm')}
        </Button>
      ) : null}
      <Button aria-label={t('exchange.contacts.actions.rolesFor', { facility })} onClick={() => { onAction({ kind: 'roles', ledger: contact.card.ledger }); }}>
        {t('exchange.contacts.actions.roles')}
      </Button>
      <Button variant="danger" aria-label={t('exchange.contacts.actions.revokeFor', { facility })} onClick={() => { onAction({ kind: 'revoke', ledger: contact.card.ledger }); }}>
        {t('exchange.contacts.actions.revoke')}
      </Button>
    </div>
  );
}
