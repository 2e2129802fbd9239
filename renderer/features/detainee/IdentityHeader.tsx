import type { CustodyRecord } from '@shared/custody/projection/types';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { RegisterNumber, StatusBadge, useCustodyLabels } from '../custody';
import { namesOf } from './fields/names';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detainee-summary-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Flags({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const flags = [
    ...(record.childStatus === 'adult' ? [] : [labels.childStatus(record.childStatus)]),
    ...(record.isWoman ? [t('detainee.header.woman')] : []),
    ...(record.isForeignNational ? [t('detainee.header.foreign')] : []),
  ];
  if (flags.length === 0) return <>{t('detainee.header.noFlags')}</>;
  return (
    <ul className="detainee-flags">
      {flags.map((flag) => (
        <li key={flag} className="custody-badge detainee-flag">
          {flag}
        </li>
      ))}
    </ul>
  );
}

function Location({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const { location } = record;
  const parts = [
    location.place,
    location.placement,
    location.hospital === undefined ? undefined : t('detainee.header.inHospital', { hospital: location.hospital }),
    location.destination === undefined ? undefined : t('detainee.header.transferredTo', { place: location.destination }),
  ].filter((part): part is string => part !== undefined && part !== '');
  return <span dir="auto">{parts.join(' · ')}</span>;
}

/** Who the person is and where they stand: names in both scripts, number, status, place, category and protections. */
export function IdentityHeader({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  const names = namesOf(record);
  return (
    <dl className="detainee-summary">
      <Item term={t('detainee.header.originalScript')}>{names.original === undefined ? labels.unknownReason('unknown') : <bdi dir="auto">{names.original}</bdi>}</Item>
      <Item term={t('detainee.header.latin')}>{names.latin === undefined ? labels.unknownReason('unknown') : <bdi dir="ltr">{names.latin}</bdi>}</Item>
      <Item term={labels.field('registerNumber')}>
        <RegisterNumber value={record.registerNumber} />
      </Item>
      <Item term={t('detainee.header.status')}>
        <StatusBadge status={record.status} isVoided={record.isVoided} /> {t('detainee.header.since', { time: format.dateTime(new Date(record.statusSinceMs)) })}
      </Item>
      <Item term={t('detainee.header.location')}>
        <Location record={record} />
      </Item>
      <Item term={labels.field('status.legalCategory')}>{record.legalCategory === undefined ? labels.unknownReason('unknown') : labels.legalCategory(record.legalCategory)}</Item>
      <Item term={labels.field('status.legalRegime')}>{labels.legalRegime(record.legalRegime)}</Item>
      <Item term={labels.field('admission.at')}>{format.dateTime(new Date(record.admittedMs))}</Item>
      <Item term={t('detainee.header.protections')}>
        <Flags record={record} />
      </Item>
    </dl>
  );
}
