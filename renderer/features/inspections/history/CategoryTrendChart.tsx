import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InspectionCategory } from '@shared/inspection/categories';
import { CATEGORY_LABELS } from '@shared/inspection/categories';
import type { DatedInspection } from '@shared/inspection/trends';
import { SelectField } from '../../../ui/SelectField';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { usePercent } from '../CategoryScoreTable';
import { useTemplateLanguage } from '../queries';
import { CHART_HEIGHT_PX, SERIES_STYLES } from './chartStyle';
import type { ScorePoint } from './trendPoints';
import { lowestLatest, useCategoryTrends, useScorePoints } from './trendPoints';

type ScoreChartProps = { points: readonly ScorePoint[]; title: string; overallName: string; categoryName: string };

function ScoreChart({ points, title, overallName, categoryName }: ScoreChartProps) {
  return (
    <div className="trend-chart" dir="ltr">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
        <LineChart data={[...points]} title={title} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" interval="preserveStartEnd" minTickGap={12} />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          <Line type="linear" dataKey="overall" name={overallName} isAnimationActive={false} connectNulls {...SERIES_STYLES[0]} />
          <Line type="linear" dataKey="category" name={categoryName} isAnimationActive={false} connectNulls {...SERIES_STYLES[1]} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The overall score and one chosen category's score per inspection, as a chart and as a table. */
export function CategoryTrendChart({ inspections }: { inspections: readonly DatedInspection[] }) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const percent = usePercent();
  const [category, setCategory] = useState<InspectionCategory | ''>('');
  const trends = useCategoryTrends(inspections);
  const chosen = category === '' ? lowestLatest(trends) : category;
  const points = useScorePoints(inspections, trends, chosen);
  const categoryName = chosen === undefined ? '' : CATEGORY_LABELS[chosen][language];
  const title = t('inspections.trends.categoriesChart', { category: categoryName });
  const share = (value: number | null) => percent(value === null ? null : value / 100);
  const columns: TableColumn<ScorePoint>[] = [
    { id: 'date', header: t('inspections.history.date'), isRowHeader: true, cell: (point) => point.date },
    { id: 'overall', header: t('inspections.scores.overall'), align: 'end', cell: (point) => share(point.overall) },
    { id: 'category', header: categoryName, align: 'end', cell: (point) => share(point.category) },
  ];
  return (
    <figure className="trend-figure">
      <SelectField<InspectionCategory | ''>
        label={t('inspections.trends.category')}
        options={trends.map((trend) => ({ value: trend.category, label: CATEGORY_LABELS[trend.category][language] }))}
        value={chosen ?? ''}
        onValueChange={setCategory}
      />
      <ScoreChart points={points} title={title} overallName={t('inspections.scores.overall')} categoryName={categoryName} />
      <figcaption className="visually-hidden">{title}</figcaption>
      <Table caption={t('inspections.trends.dataCaption')} columns={columns} rows={points} rowKey={(point) => point.key} emptyMessage={t('inspections.history.empty')} />
    </figure>
  );
}
