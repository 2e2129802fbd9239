import { useTranslation } from 'react-i18next';
import type { IdentityCard } from '@shared/ledger/identity';
import { FingerprintText } from '../FingerprintText';

/** What a card says, for people to read and compare: the fingerprint stands out. */
export function CardDetails({ card }: { card: IdentityCard }) {
  const { t } = useTranslation();
  return (
    <dl className="card-details">
      <dt>{t('exchange.card.facility')}</dt>
      <dd>
        <bdi>{card.facility}</bdi>
      </dd>
      <dt>{t('exchange.card.fingerprint')}</dt>
      <dd className="card-fingerprint">
        <FingerprintText hex={card.fingerprint} />
      </dd>
      <dt>{t('exchange.card.ledger')}</dt>
      <dd>
        <FingerprintText hex={card.ledger} groups={16} />
      </dd>
      <dt>{t('exchange.card.signingKey')}</dt>
      <dd>
        <code dir="ltr" className="long-code">{card.signingKey}</code>
      </dd>
      <dt>{t('exchange.card.recipient')}</dt>
      <dd>
        <code dir="ltr" className="long-code">{card.recipient}</code>
      </dd>
    </dl>
  );
}
