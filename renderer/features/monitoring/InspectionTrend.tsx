import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '@shared/monitoring/snapshot';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChartFigure } from '../../ui/ChartFigure';
import { AXIS_COLOUR, CHART_HEIGHT_PX, SERIES_COLOURS } from './chartStyle';
import type { MonitoringText } from './useMonitoringText';

const SCORE = { kind: 'inspection_score' } as const;
const BUNDLE_AGE = { kind: 'bundle_age' } as const;

/** Month by month: how many inspections, the latest score, and how old the newest bundle was at the month's end. */
export function InspectionTrend({ series, text }: { series: readonly SeriesPoint[]; text: MonitoringText }) {
  const { t } = useTranslation();
  const data = series.map((point) => ({ month: text.month(point.period), score: point.snapshot.score === null ? null : Math.round(point.snapshot.score * 100) }));
  const columns: TableColumn<SeriesPoint>[] = [
    { id: 'month', header: t('monitoring.charts.month'), isRowHeader: true, cell: (point) => text.month(point.period) },
    { id: 'inspections', header: t('monitoring.charts.inspections'), align: 'end', cell: (point) => text.number(point.snapshot.inspections) },
    { id: 'score', header: t('monitoring.charts.score'), align: 'end', cell: (point) => text.value(SCORE, point.snapshot.score === null ? { kind: 'none' } : { kind: 'value', value: point.snapshot.score }) },
    { id: 'bundle', header: text.indicator(BUNDLE_AGE), align: 'end', cell: (point) => text.value(BUNDLE_AGE, point.snapshot.bundleAgeDays === undefined ? { kind: 'none' } : { kind: 'value', value: point.snapshot.bundleAgeDays }) },
  ];
  const chart = (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" stroke={AXIS_COLOUR} minTickGap={12} />
        <YAxis domain={[0, 100]} tickFormatter={(value: number) => text.percent(value / 100)} stroke={AXIS_COLOUR} />
        <Line dataKey="score" name={t('monitoring.charts.score')} stroke={SERIES_COLOURS[0]} strokeWidth={2} connectNulls isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
  return (
    <ChartFigure caption={t('monitoring.charts.inspectionCaption')} chart={chart}>
      <Table caption={t('monitoring.charts.inspectionTable')} columns={columns} rows={series} rowKey={(point) => point.period.from} emptyMessage="–" />
    </ChartFigure>
  );
}
