import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PartnerSummary } from '@shared/partners/views';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { useCan } from '../../vault/useCan';
import { DECISION_KEYS } from './labels';
import { PartnerProfileDialog } from './PartnerProfileDialog';
import { usePartnerSummaries } from './queries';
import { RiskBadge } from './RiskBadge';
import { useCalendarDate } from './useCalendarDate';
import { partnerHref } from './routes';

function usePartnerColumns(): TableColumn<PartnerSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  return [
    { id: 'name', header: t('partners.list.name'), isRowHeader: true, cell: (row) => <Link to={partnerHref(row.id)}>{row.name ?? t('partners.list.unnamed')}</Link> },
    { id: 'risk', header: t('partners.list.risk'), cell: (row) => (row.risk === undefined ? t('partners.list.notAssessed') : <RiskBadge risk={row.risk} />) },
    { id: 'assessed', header: t('partners.list.assessedOn'), cell: (row) => (row.assessedOn === undefined ? '—' : calendarDate(row.assessedOn)) },
    { id: 'open', header: t('partners.list.openMeasures'), align: 'end', cell: (row) => format.number(row.openMeasures) },
    { id: 'overdue', header: t('partners.list.overdueMeasures'), align: 'end', cell: (row) => format.number(row.overdueMeasures) },
    { id: 'decision', header: t('partners.list.lastDecision'), cell: (row) => (row.lastDecision === undefined ? '—' : t(DECISION_KEYS[row.lastDecision].name)) },
  ];
}

/** Partner forces and authorities: their risk as last assessed, their plan's open measures and the last decision. */
export function PartnersScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('partners.write');
  const [isAdding, setIsAdding] = useState(false);
  const partners = usePartnerSummaries();
  const columns = usePartnerColumns();
  return (
    <Page title={t('partners.title')} documentTitle={t('frame.documentTitle', { page: t('partners.title') })} intro={t('partners.intro')}>
      <Section title={t('partners.list.title')}>
        {canWrite ? (
          <div className="button-row">
            <Button variant="primary" onClick={() => { setIsAdding(true); }}>{t('partners.list.add')}</Button>
          </div>
        ) : null}
        <Table caption={t('partners.list.caption')} columns={columns} rows={partners} rowKey={(row) => row.id} emptyMessage={t('partners.list.empty')} />
      </Section>
      {isAdding ? <PartnerProfileDialog onClose={() => { setIsAdding(false); }} onSaved={(id) => void navigate(partnerHref(id))} /> : null}
    </Page>
  );
}
