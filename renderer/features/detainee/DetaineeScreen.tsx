import type { CustodyRecord } from '@shared/custody/projection/types';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCustodyRecord } from '../../custody';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { formatRegisterNumber } from '@shared/custody/registerNumbers';
import { useDetaineeStore } from './detaineeStore';
import { namesOf } from './fields/names';
import { GapsSection } from './GapsSection';
import { IdentityHeader } from './IdentityHeader';
import { PendingSection } from './PendingSection';
import { PrintToolbar } from './PrintToolbar';
import { PrintView } from './PrintView';
import { useRecordEvents } from './queries';
import { RecordDialogs } from './RecordDialogs';
import { RecordEventSection } from './RecordEventSection';
import { SafeguardsSection } from './SafeguardsSection';
import { TimelineSection } from './TimelineSection';
import './detainee.css';

function DetaineePage({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const events = useRecordEvents(record.id);
  const printing = useDetaineeStore((state) => state.printing);
  const closeDialogs = useDetaineeStore((state) => state.closeDialogs);
  // A dialog belongs to the record it was opened on: leaving the record closes it.
  useEffect(() => closeDialogs, [closeDialogs]);
  const names = namesOf(record);
  const number = formatRegisterNumber(record.registerNumber.prefix, record.registerNumber.number);
  const title = names.original ?? names.latin ?? t('detainee.page.unnamed', { number });
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: t('detainee.page.documentTitle', { number }) })}>
      <PrintToolbar recordId={record.id} isReady={!events.isLoading} />
      {record.isVoided ? <Banner tone="warning" title={t('detainee.page.voidedTitle')}>{t('detainee.page.voidedBody')}</Banner> : null}
      <div className="detainee-screen no-print">
        <IdentityHeader record={record} />
        <PendingSection record={record} />
        <GapsSection record={record} />
        <SafeguardsSection record={record} />
        <RecordEventSection record={record} />
        <TimelineSection record={record} events={events} />
        <RecordDialogs record={record} events={events} />
      </div>
      {printing === record.id ? <PrintView record={record} events={events} /> : null}
    </Page>
  );
}

/** A detainee's page: who and where they are, their safeguards, what to record next and the full history. */
export function DetaineeScreen() {
  const { t } = useTranslation();
  const { recordId = '' } = useParams();
  const record = useCustodyRecord(recordId);
  if (record === undefined) {
    return (
      <Page title={t('detainee.notFound.title')} documentTitle={t('frame.documentTitle', { page: t('detainee.notFound.title') })} intro={t('detainee.notFound.body')}>
        <Link to="/register" className="button button-secondary">
          {t('detainee.page.back')}
        </Link>
      </Page>
    );
  }
  return <DetaineePage key={record.id} record={record} />;
}
