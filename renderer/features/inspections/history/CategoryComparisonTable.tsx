import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '@shared/inspection/categories';
import type { CategoryComparison } from '@shared/inspection/inspectionComparison';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { usePercent } from '../CategoryScoreTable';
import { useTemplateLanguage } from '../queries';
import { OutcomeBadge } from './OutcomeBadge';

type Labels = { before: string; after: string };

export function CategoryComparisonTable({ rows, labels }: { rows: readonly CategoryComparison[]; labels: Labels }) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const percent = usePercent();
  const columns: TableColumn<CategoryComparison>[] = [
    { id: 'category', header: t('inspections.scores.category'), isRowHeader: true, cell: (row) => CATEGORY_LABELS[row.category][language] },
    { id: 'before', header: labels.before, align: 'end', cell: (row) => percent(row.before) },
    { id: 'after', header: labels.after, align: 'end', cell: (row) => percent(row.after) },
    { id: 'outcome', header: t('inspections.compare.outcome'), cell: (row) => <OutcomeBadge outcome={row.outcome} /> },
  ];
  return <Table caption={t('inspections.compare.categoriesCaption')} columns={columns} rows={rows} rowKey={(row) => row.category} emptyMessage={t('inspections.scores.none')} />;
}
