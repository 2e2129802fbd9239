import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '@shared/monitoring/snapshot';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChartFigure } from '../../ui/ChartFigure';
import { AXIS_COLOUR, CHART_HEIGHT_PX, SERIES_COLOURS } from './chartStyle';
import type { MonitoringText } from './useMonitoringText';

type Measure = 'openActions' | 'overdueActions' | 'alerts';
const MEASURES: readonly Measure[] = ['openActions', 'overdueActions', 'alerts'];
const INDICATORS = { openActions: { kind: 'open_actions' }, overdueActions: { kind: 'overdue_actions' }, alerts: { kind: 'alerts' } } as const;

/** Month by month: corrective actions open and overdue at the month's end, and alerts about events of the month. */
export function ActivityTrend({ series, text }: { series: readonly SeriesPoint[]; text: MonitoringText }) {
  const { t } = useTranslation();
  const data = series.map((point) => ({ month: text.month(point.period), openActions: point.snapshot.openActions, overdueActions: point.snapshot.overdueActions, alerts: point.snapshot.alerts }));
  const columns: TableColumn<SeriesPoint>[] = [
    { id: 'month', header: t('monitoring.charts.month'), isRowHeader: true, cell: (point) => text.month(point.period) },
    ...MEASURES.map((measure): TableColumn<SeriesPoint> => ({ id: measure, header: text.indicator(INDICATORS[measure]), align: 'end', cell: (point) => text.number(point.snapshot[measure]) })),
  ];
  const chart = (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" stroke={AXIS_COLOUR} minTickGap={12} />
        <YAxis allowDecimals={false} tickFormatter={(value: number) => text.number(value)} stroke={AXIS_COLOUR} />
        <Legend />
        {MEASURES.map((measure, index) => (
          <Bar key={measure} dataKey={measure} name={text.indicator(INDICATORS[measure])} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
  return (
    <ChartFigure caption={t('monitoring.charts.activityCaption')} chart={chart}>
      <Table caption={t('monitoring.charts.activityTable')} columns={columns} rows={series} rowKey={(point) => point.period.from} emptyMessage="–" />
    </ChartFigure>
  );
}
