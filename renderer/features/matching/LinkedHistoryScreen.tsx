import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useFormat } from '../../i18n/useFormat';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { StatusBadge, useCustodyLabels } from '../custody';
import type { LinkedStep } from './linkedTimeline';
import { linkedTimeline } from './linkedTimeline';
import { useFacilityNames, useLinkedRecordIds, useRecordsById } from './queries';
import { MATCHING_PATH } from './routes';

function RecordLink({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  return (
    <Link to={`/register/${encodeURIComponent(record.id)}`} aria-label={t('matching.record.open', { number: record.registerLabel })}>
      <bdi className="register-number" dir="ltr" translate="no">{record.registerLabel}</bdi>
    </Link>
  );
}

/** The records of one person across facilities, linked by confirmed pairs, and their combined history. */
export function LinkedHistoryScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useCustodyLabels();
  const { recordId = '' } = useParams();
  const ids = useLinkedRecordIds(recordId);
  const byId = useRecordsById();
  const facilityNames = useFacilityNames();
  const records = useMemo(() => ids.map((id) => byId.get(id)).filter((record): record is CustodyRecord => record !== undefined).sort((a, b) => a.admittedMs - b.admittedMs), [ids, byId]);
  const steps = useMemo(() => linkedTimeline(records), [records]);
  const facility = (record: CustodyRecord) => <bdi>{facilityNames.get(record.ledger) ?? t('matching.record.unknownFacility')}</bdi>;
  const recordColumns: TableColumn<CustodyRecord>[] = [
    { id: 'number', header: t('matching.linked.number'), isRowHeader: true, cell: (record) => <RecordLink record={record} /> },
    { id: 'facility', header: t('matching.linked.facility'), cell: facility },
    { id: 'admitted', header: t('matching.linked.admitted'), cell: (record) => format.dateTime(new Date(record.admittedMs)) },
    { id: 'status', header: t('matching.linked.status'), cell: (record) => <StatusBadge status={record.status} isVoided={record.isVoided} /> },
  ];
  const stepColumns: TableColumn<LinkedStep>[] = [
    { id: 'when', header: t('matching.linked.when'), isRowHeader: true, cell: (step) => format.dateTime(new Date(step.occurredMs)) },
    { id: 'facility', header: t('matching.linked.facility'), cell: (step) => facility(step.record) },
    { id: 'number', header: t('matching.linked.number'), cell: (step) => <RecordLink record={step.record} /> },
    { id: 'event', header: t('matching.linked.event'), cell: (step) => (step.isVoided ? t('matching.linked.voided', { event: labels.eventType(step.type) }) : labels.eventType(step.type)) },
  ];
  const title = t('matching.linked.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('matching.linked.intro')}>
      <p><Link to={MATCHING_PATH}>{t('matching.linked.back')}</Link></p>
      {records.length < 2 ? <p role="status">{t('matching.linked.notLinked')}</p> : null}
      <Section title={t('matching.linked.recordsTitle')}>
        <Table caption={t('matching.linked.recordsCaption')} columns={recordColumns} rows={records} rowKey={(record) => record.id} emptyMessage={t('matching.linked.noRecord')} />
      </Section>
      <Section title={t('matching.linked.historyTitle')}>
        <Table caption={t('matching.linked.historyCaption')} columns={stepColumns} rows={steps} rowKey={(step) => step.key} emptyMessage={t('matching.linked.noRecord')} />
      </Section>
    </Page>
  );
}
