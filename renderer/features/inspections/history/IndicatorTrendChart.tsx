import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import type { DatedInspection } from '@shared/inspection/trends';
import { SelectField } from '../../../ui/SelectField';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { StateBadge } from '../StateBadge';
import { useIndicatorText } from '../useIndicatorText';
import { CHART_HEIGHT_PX, SERIES_STYLES, TARGET_STROKE } from './chartStyle';
import type { IndicatorPoint } from './trendPoints';
import { niceAxis, useIndicatorPoints } from './trendPoints';

type ValueChartProps = { points: readonly IndicatorPoint[]; title: string; name: string; targetLabel: (target: number) => string };

function ValueChart({ points, title, name, targetLabel }: ValueChartProps) {
  const target = points.at(-1)?.target;
  // The standard stays in view even when every value is far from it, with room above the highest point.
  const axis = niceAxis(Math.max(target ?? 0, ...points.map((point) => point.value ?? 0)));
  return (
    <div className="trend-chart" dir="ltr">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
        <LineChart data={[...points]} title={title} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" interval="preserveStartEnd" minTickGap={12} />
          <YAxis domain={[0, axis.max]} ticks={axis.ticks} />
          <Tooltip />
          <Legend />
          {target === undefined ? null : <ReferenceLine y={target} stroke={TARGET_STROKE} strokeDasharray="8 4" label={targetLabel(target)} />}
          <Line type="linear" dataKey="value" name={name} isAnimationActive={false} connectNulls {...SERIES_STYLES[0]} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One chosen indicator's value per inspection against the standard it was held to, as a chart and as a table. */
export function IndicatorTrendChart({ inspections }: { inspections: readonly DatedInspection[] }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const [indicator, setIndicator] = useState<IndicatorId>('floor_space_dormitory');
  const points = useIndicatorPoints(inspections, indicator);
  const name = text.label(indicator);
  const title = t('inspections.trends.indicatorChart', { indicator: name });
  const columns: TableColumn<IndicatorPoint>[] = [
    { id: 'date', header: t('inspections.history.date'), isRowHeader: true, cell: (point) => point.date },
    { id: 'value', header: t('inspections.indicators.value'), cell: (point) => (point.value === null ? t('inspections.compare.noValue') : text.measured(indicator, point.value)) },
    { id: 'target', header: t('inspections.indicators.standard'), cell: (point) => text.number(point.target) },
    { id: 'state', header: t('inspections.indicators.state'), cell: (point) => <StateBadge state={point.state} /> },
  ];
  return (
    <figure className="trend-figure">
      <SelectField<IndicatorId> label={t('inspections.trends.indicator')} options={INDICATOR_IDS.map((id) => ({ value: id, label: text.label(id) }))} value={indicator} onValueChange={setIndicator} />
      <ValueChart points={points} title={title} name={name} targetLabel={(target) => t('inspections.trends.standardLine', { value: text.number(target) })} />
      <figcaption className="visually-hidden">{title}</figcaption>
      <Table caption={t('inspections.trends.dataCaption')} columns={columns} rows={points} rowKey={(point) => point.key} emptyMessage={t('inspections.history.empty')} />
    </figure>
  );
}
