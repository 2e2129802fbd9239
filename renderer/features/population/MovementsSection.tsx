import type { DayFlow, FlowKind, PopulationStats } from '@shared/custody/population';
import { FLOW_KINDS } from '@shared/custody/population';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { TranslationKey } from '../../i18n/translationKey';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChartFigure } from '../../ui/ChartFigure';
import { FigureList } from './FigureList';
import { AXIS_COLOUR, CAPACITY_COLOUR, CHART_HEIGHT_PX, FLOW_COLOURS, HELD_COLOUR } from './chartStyle';
import type { PeriodChoice } from './period';
import type { PopulationFormat } from './usePopulationFormat';

export const FLOW_LABEL_KEYS: Readonly<Record<FlowKind, TranslationKey>> = {
  admissions: 'population.movements.kinds.admissions',
  transfersIn: 'population.movements.kinds.transfersIn',
  releases: 'population.movements.kinds.releases',
  transfersOut: 'population.movements.kinds.transfersOut',
  deaths: 'population.movements.kinds.deaths',
  escapes: 'population.movements.kinds.escapes',
};

const CAME_IN: ReadonlySet<FlowKind> = new Set(['admissions', 'transfersIn']);

type ChartProps = { days: readonly DayFlow[]; format: PopulationFormat };

function FlowChart({ days, format }: ChartProps) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <BarChart data={[...days]} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="key" tickFormatter={format.shortDay} minTickGap={16} stroke={AXIS_COLOUR} />
        <YAxis allowDecimals={false} stroke={AXIS_COLOUR} />
        <Legend itemSorter={(item) => FLOW_KINDS.indexOf(item.dataKey as FlowKind)} />
        {FLOW_KINDS.map((kind) => (
          <Bar key={kind} dataKey={kind} name={t(FLOW_LABEL_KEYS[kind])} stackId={CAME_IN.has(kind) ? 'in' : 'out'} fill={FLOW_COLOURS[kind]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

function HeldChart({ days, format, capacity }: ChartProps & { capacity: number }) {
  const { t } = useTranslation();
  const highest = Math.max(capacity, ...days.map((day) => day.heldAtEnd));
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <LineChart data={[...days]} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="key" tickFormatter={format.shortDay} minTickGap={16} stroke={AXIS_COLOUR} />
        <YAxis allowDecimals={false} domain={[0, Math.max(1, Math.ceil(highest * 1.1))]} stroke={AXIS_COLOUR} />
        <Legend />
        {capacity > 0 ? <ReferenceLine y={capacity} stroke={CAPACITY_COLOUR} strokeDasharray="8 4" label={{ value: t('population.movements.capacityLine', { capacity: format.number(capacity) }), position: 'insideTopRight', fill: CAPACITY_COLOUR }} /> : null}
        <Line type="stepAfter" dataKey="heldAtEnd" name={t('population.movements.heldAtEnd')} stroke={HELD_COLOUR} strokeWidth={2} dot={days.length <= 31} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

function useDayColumns(format: PopulationFormat): TableColumn<DayFlow>[] {
  const { t } = useTranslation();
  return [
    { id: 'day', header: t('population.movements.day'), isRowHeader: true, cell: (day) => format.day(day.key) },
    ...FLOW_KINDS.map((kind): TableColumn<DayFlow> => ({ id: kind, header: t(FLOW_LABEL_KEYS[kind]), align: 'end', cell: (day) => format.number(day[kind]) })),
    { id: 'held', header: t('population.movements.heldAtEnd'), align: 'end', cell: (day) => format.number(day.heldAtEnd) },
  ];
}

type MovementsProps = { stats: PopulationStats; period: PeriodChoice; format: PopulationFormat };

/** Who came in and who left each day of the period, and how many were held each evening. */
export function MovementsSection({ stats, period, format }: MovementsProps) {
  const { t } = useTranslation();
  const range = { from: format.day(period.from), to: format.day(period.to) };
  const totals = FLOW_KINDS.map((kind) => ({ id: kind, label: t(FLOW_LABEL_KEYS[kind]), value: format.number(stats.totals[kind]) }));
  const columns = useDayColumns(format);
  return (
    <Section title={t('population.movements.title')}>
      <ChartFigure caption={t('population.movements.flowCaption', range)} chart={<FlowChart days={stats.days} format={format} />}>
        <h3 className="population-subtitle">{t('population.movements.totals')}</h3>
        <FigureList figures={totals} />
      </ChartFigure>
      <ChartFigure caption={t('population.movements.heldCaption', range)} chart={<HeldChart days={stats.days} format={format} capacity={stats.capacity} />}>
        <Table caption={t('population.movements.tableCaption')} columns={columns} rows={[...stats.days].reverse()} rowKey={(day) => day.key} emptyMessage="–" />
      </ChartFigure>
    </Section>
  );
}
