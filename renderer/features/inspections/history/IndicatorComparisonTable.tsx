import { useTranslation } from 'react-i18next';
import type { IndicatorComparison } from '@shared/inspection/inspectionComparison';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { StateBadge } from '../StateBadge';
import { useIndicatorText } from '../useIndicatorText';
import { OutcomeBadge } from './OutcomeBadge';

type Labels = { before: string; after: string };
type Side = IndicatorComparison['before'];

export function IndicatorComparisonTable({ rows, labels }: { rows: readonly IndicatorComparison[]; labels: Labels }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const side = (row: IndicatorComparison, value: Side) => (
    <>
      {value.value === null ? t('inspections.compare.noValue') : text.measured(row.id, value.value)} <StateBadge state={value.state} />
    </>
  );
  const columns: TableColumn<IndicatorComparison>[] = [
    { id: 'indicator', header: t('inspections.indicators.indicator'), isRowHeader: true, cell: (row) => text.label(row.id) },
    { id: 'before', header: labels.before, cell: (row) => side(row, row.before) },
    { id: 'after', header: labels.after, cell: (row) => side(row, row.after) },
    { id: 'outcome', header: t('inspections.compare.outcome'), cell: (row) => <OutcomeBadge outcome={row.outcome} /> },
  ];
  return <Table caption={t('inspections.compare.indicatorsCaption')} columns={columns} rows={rows} rowKey={(row) => row.id} emptyMessage={t('inspections.indicators.none')} />;
}
