import type { CategoryKey, PopulationStats } from '@shared/custody/population';
import { CUSTODY_STATUSES } from '@shared/custody/projection/types';
import type { CustodyStatus } from '@shared/custody/projection/types';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useCustodyLabels } from '../custody';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChartFigure } from '../../ui/ChartFigure';
import { AXIS_COLOUR, CATEGORY_COLOUR, LABEL_WIDTH_PX } from './chartStyle';
import type { PopulationFormat } from './usePopulationFormat';

type Row<K extends string> = { readonly key: K; readonly label: string; readonly count: number };

function CategoryChart({ rows }: { rows: readonly Row<CategoryKey>[] }) {
  const shown = rows.filter((row) => row.count > 0);
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, shown.length * 44 + 40)}>
      <BarChart data={[...shown]} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={AXIS_COLOUR} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH_PX} interval={0} stroke={AXIS_COLOUR} />
        <Bar dataKey="count" fill={CATEGORY_COLOUR} isAnimationActive={false} label={{ position: 'right', fill: AXIS_COLOUR }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** People held now by legal category (chart and table), and every entry by status (table). */
export function CategorySection({ stats, format }: { stats: PopulationStats; format: PopulationFormat }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const categoryLabel = (key: CategoryKey): string => (key === 'unknown' ? t('population.category.unknown') : labels.legalCategory(key));
  const categories = (Object.keys(stats.byCategory) as CategoryKey[]).map((key) => ({ key, label: categoryLabel(key), count: stats.byCategory[key] }));
  const statuses = CUSTODY_STATUSES.map((key) => ({ key, label: labels.status(key), count: stats.byStatus[key] }));
  const categoryColumns: TableColumn<Row<CategoryKey>>[] = [
    { id: 'category', header: t('population.category.column'), isRowHeader: true, cell: (row) => row.label },
    { id: 'people', header: t('population.category.people'), align: 'end', cell: (row) => format.number(row.count) },
    { id: 'share', header: t('population.category.share'), align: 'end', cell: (row) => (stats.held === 0 ? '–' : format.percent(row.count / stats.held)) },
  ];
  const statusColumns: TableColumn<Row<CustodyStatus>>[] = [
    { id: 'status', header: t('population.status.column'), isRowHeader: true, cell: (row) => row.label },
    { id: 'entries', header: t('population.status.entries'), align: 'end', cell: (row) => format.number(row.count) },
  ];
  return (
    <>
      <Section title={t('population.category.title')}>
        <ChartFigure caption={t('population.category.caption')} chart={stats.held === 0 ? null : <CategoryChart rows={categories} />}>
          <Table caption={t('population.category.tableCaption')} columns={categoryColumns} rows={stats.held === 0 ? [] : categories} rowKey={(row) => row.key} emptyMessage={t('population.category.empty')} />
        </ChartFigure>
      </Section>
      <Section title={t('population.status.title')}>
        <Table caption={t('population.status.caption')} columns={statusColumns} rows={stats.records === 0 ? [] : statuses} rowKey={(row) => row.key} emptyMessage={t('population.status.empty')} />
      </Section>
    </>
  );
}
