import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import type { Measured, MonitoringIndicator } from '@shared/monitoring/changes';
import { MIN_DENOMINATOR } from '@shared/monitoring/changes';
import type { SeriesPoint } from '@shared/monitoring/snapshot';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChartFigure } from '../../ui/ChartFigure';
import { AXIS_COLOUR, CHART_HEIGHT_PX, SERIES_COLOURS, SERIES_DASHES } from './chartStyle';
import type { MonitoringText } from './useMonitoringText';

/** Rules charted: those most people were assessed for. */
const CHARTED_RULES = 4;

type Tally = { met: number; assessed: number };

function tallyOf(point: SeriesPoint, ruleId: SafeguardRuleId): Tally {
  const tally = point.snapshot.safeguards.find((item) => item.ruleId === ruleId);
  return tally === undefined ? { met: 0, assessed: 0 } : { met: tally.met, assessed: tally.met + tally.overdue + tally.unknown };
}

function busiestRules(series: readonly SeriesPoint[]): SafeguardRuleId[] {
  const totals = new Map<SafeguardRuleId, number>();
  for (const point of series) {
    for (const tally of point.snapshot.safeguards) totals.set(tally.ruleId, (totals.get(tally.ruleId) ?? 0) + tally.met + tally.overdue + tally.unknown);
  }
  return [...totals].filter(([, assessed]) => assessed > 0).sort((a, b) => b[1] - a[1]).slice(0, CHARTED_RULES).map(([ruleId]) => ruleId);
}

type Serie = { id: string; indicator: MonitoringIndicator; ruleId: SafeguardRuleId };

/** Month by month, the share of people admitted whose safeguards were met in time, for the rules most people were assessed for. */
export function SafeguardTrend({ series, text }: { series: readonly SeriesPoint[]; text: MonitoringText }) {
  const { t } = useTranslation();
  const lines = busiestRules(series).map((ruleId): Serie => ({ id: ruleId, indicator: { kind: 'safeguard', ruleId }, ruleId }));
  if (lines.length === 0) return <p>{t('monitoring.charts.noSafeguards')}</p>;
  const data = series.map((point) => ({
    key: point.period.from,
    month: text.month(point.period),
    ...Object.fromEntries(lines.map((serie) => {
      const tally = tallyOf(point, serie.ruleId);
      return [serie.id, tally.assessed < MIN_DENOMINATOR ? null : Math.round((tally.met / tally.assessed) * 100)];
    })),
  }));
  const cellOf = (point: SeriesPoint, serie: Serie): string => {
    const tally = tallyOf(point, serie.ruleId);
    const measured: Measured = { kind: 'rate', ...tally };
    return tally.assessed > 0 && tally.assessed < MIN_DENOMINATOR ? t('monitoring.values.tooFewMonth', { assessed: text.number(tally.assessed) }) : text.value(serie.indicator, measured);
  };
  const columns: TableColumn<SeriesPoint>[] = [
    { id: 'month', header: t('monitoring.charts.month'), isRowHeader: true, cell: (point) => text.month(point.period) },
    ...lines.map((serie): TableColumn<SeriesPoint> => ({ id: serie.id, header: text.indicator(serie.indicator), align: 'end', cell: (point) => cellOf(point, serie) })),
  ];
  const chart = (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" stroke={AXIS_COLOUR} minTickGap={12} />
        <YAxis domain={[0, 100]} tickFormatter={(value: number) => text.percent(value / 100)} stroke={AXIS_COLOUR} />
        <Legend />
        {lines.map((serie, index) => (
          <Line key={serie.id} dataKey={serie.id} name={text.indicator(serie.indicator)} stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]} strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length]} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
  return (
    <ChartFigure caption={t('monitoring.charts.safeguardsCaption')} chart={chart}>
      <Table caption={t('monitoring.charts.safeguardsTable')} columns={columns} rows={series} rowKey={(point) => point.period.from} emptyMessage="–" />
    </ChartFigure>
  );
}
