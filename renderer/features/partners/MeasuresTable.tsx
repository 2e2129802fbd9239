import { useTranslation } from 'react-i18next';
import type { MeasureView } from '@shared/partners/views';
import { Button } from '../../ui/Button';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { MEASURE_KIND_KEYS, MEASURE_STATUS_KEYS } from './labels';
import { useCalendarDate } from './useCalendarDate';

type MeasuresTableProps = {
  measures: readonly MeasureView[];
  /** Offered to those who may update measures. */
  onUpdate?: (measure: MeasureView) => void;
};

function useColumns(onUpdate: MeasuresTableProps['onUpdate']): TableColumn<MeasureView>[] {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const columns: TableColumn<MeasureView>[] = [
    { id: 'kind', header: t('partners.plan.kind'), cell: (row) => t(MEASURE_KIND_KEYS[row.kind]) },
    { id: 'description', header: t('partners.plan.description'), isRowHeader: true, cell: (row) => <span className="preserve-lines" dir="auto">{row.description}</span> },
    { id: 'owner', header: t('partners.plan.owner'), cell: (row) => row.owner },
    {
      id: 'due',
      header: t('partners.plan.dueDate'),
      cell: (row) => (row.isOverdue ? <span className="partners-badge partners-flag">{t('partners.plan.overdue', { date: calendarDate(row.dueDate) })}</span> : calendarDate(row.dueDate)),
    },
    {
      id: 'review',
      header: t('partners.plan.reviewDate'),
      cell: (row) => (row.isReviewDue ? <span className="partners-badge partners-flag">{t('partners.plan.reviewDue', { date: calendarDate(row.reviewDate) })}</span> : calendarDate(row.reviewDate)),
    },
    { id: 'status', header: t('partners.plan.status'), cell: (row) => <span className={`partners-badge partners-status-${row.status}`}>{t(MEASURE_STATUS_KEYS[row.status])}</span> },
    { id: 'last', header: t('partners.plan.lastNote'), cell: (row) => <span className="preserve-lines" dir="auto">{row.updates.at(-1)?.payload.note ?? '—'}</span> },
  ];
  if (onUpdate === undefined) return columns;
  const update: TableColumn<MeasureView> = {
    id: 'update',
    header: t('partners.plan.actions'),
    cell: (row) => (
      <Button onClick={() => { onUpdate(row); }} aria-label={t('partners.plan.updateNamed', { description: row.description.slice(0, 80) })}>
        {t('partners.plan.update')}
      </Button>
    ),
  };
  return [...columns, update];
}

/** The measures of a plan, soonest due first; overdue ones and those due for review marked in words. */
export function MeasuresTable({ measures, onUpdate }: MeasuresTableProps) {
  const { t } = useTranslation();
  const columns = useColumns(onUpdate);
  return <Table caption={t('partners.plan.caption')} columns={columns} rows={measures} rowKey={(row) => row.id} emptyMessage={t('partners.plan.empty')} />;
}
