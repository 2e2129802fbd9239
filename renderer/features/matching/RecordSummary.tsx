import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useFormat } from '../../i18n/useFormat';
import { personFacts } from './personFacts';

type RecordSummaryProps = { record: CustodyRecord; facilityName: string | undefined };

/** One record of a pair: where it is registered and what identifies the person there. */
export function RecordSummary({ record, facilityName }: RecordSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = personFacts(record);
  const unknown = t('matching.record.unknown');
  return (
    <div className="matching-record">
      <p className="matching-record-where">
        <strong><bdi>{facilityName ?? t('matching.record.unknownFacility')}</bdi></strong>{' '}
        <Link to={`/register/${encodeURIComponent(record.id)}`} aria-label={t('matching.record.open', { number: record.registerLabel })}>
          <bdi className="register-number" dir="ltr" translate="no">{record.registerLabel}</bdi>
        </Link>
      </p>
      <dl className="matching-facts">
        <dt>{t('matching.record.names')}</dt>
        <dd>{facts.names.length === 0 ? unknown : facts.names.map((name) => <bdi key={name} className="matching-name">{name}</bdi>)}</dd>
        <dt>{t('matching.record.father')}</dt>
        <dd>{facts.father === undefined ? unknown : <bdi>{facts.father}</bdi>}</dd>
        <dt>{t('matching.record.birth')}</dt>
        <dd>{facts.birth ?? (facts.estimatedAge === undefined ? unknown : t('matching.record.estimatedAge', { years: format.number(facts.estimatedAge) }))}</dd>
        <dt>{t('matching.record.place')}</dt>
        <dd>{facts.place === undefined ? unknown : <bdi>{facts.place}</bdi>}</dd>
        <dt>{t('matching.record.admitted')}</dt>
        <dd>{format.dateTime(new Date(record.admittedMs))}</dd>
      </dl>
    </div>
  );
}
