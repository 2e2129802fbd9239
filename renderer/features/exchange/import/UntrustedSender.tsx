import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BundleProblemParams } from '@shared/bundle/errors';
import { contactOf } from '@shared/exchange/contacts';
import { useContacts } from '../queries';

/**
 * A bundle from a sender not trusted here: never applied. Says whether the sender is a
 * contact still to be confirmed, or unknown, and where to go to settle it.
 */
export function UntrustedSender({ params }: { params: BundleProblemParams['untrusted-sender'] }) {
  const { t } = useTranslation();
  const contact = contactOf(useContacts(), params.ledger);
  let advice = t('exchange.import.untrusted.unknown');
  if (contact?.revoked === null && contact.trusted === null) advice = t('exchange.import.untrusted.unconfirmed', { facility: contact.card.facility });
  else if (contact?.revoked === null && !contact.roles.source) advice = t('exchange.import.untrusted.notSource', { facility: contact.card.facility });
  return (
    <div className="untrusted-sender">
      <p>{advice}</p>
      <Link to="/contacts">{t('exchange.import.untrusted.goToContacts')}</Link>
    </div>
  );
}
