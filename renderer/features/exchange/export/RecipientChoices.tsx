import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactRecord } from '@shared/exchange/contacts';
import { Banner } from '../../../ui/Banner';
import { Checkbox } from '../../../ui/Checkbox';
import { fingerprintGroups } from '@shared/ledger/identity';

type RecipientChoicesProps = {
  recipients: readonly ContactRecord[];
  chosen: ReadonlySet<string>;
  onToggle: (ledger: string, isChosen: boolean) => void;
  error?: string;
};

/** Confirmed recipients to send to, several at once; each can open the same file with its own key. */
export function RecipientChoices({ recipients, chosen, onToggle, error }: RecipientChoicesProps) {
  const { t } = useTranslation();
  if (recipients.length === 0) {
    return (
      <Banner tone="info" title={t('exchange.export.noRecipients')}>
        <Link to="/contacts">{t('exchange.export.goToContacts')}</Link>
      </Banner>
    );
  }
  return (
    <fieldset className="field" aria-describedby={undefined}>
      <legend className="field-label">{t('exchange.export.recipients')}</legend>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {recipients.map((contact) => (
        <Checkbox
          key={contact.card.ledger}
          label={contact.card.facility}
          hint={t('exchange.export.recipientHint', { fingerprint: fingerprintGroups(contact.card.fingerprint, { groups: 2 }) })}
          checked={chosen.has(contact.card.ledger)}
          onCheckedChange={(isChosen) => { onToggle(contact.card.ledger, isChosen); }}
        />
      ))}
    </fieldset>
  );
}
