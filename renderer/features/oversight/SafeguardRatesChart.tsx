import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import { SAFEGUARD_RULE_IDS } from '@shared/custody/safeguards';
import type { FacilityRates } from '@shared/oversight/safeguardRates';
import { metShare } from '@shared/sharing/aggregate';
import { ChartFigure } from '../../ui/ChartFigure';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import type { TableColumn } from '../../ui/tableTypes';
import { AuditTable } from './AuditTable';
import { useCustodyLabels } from '../custody';
import type { OversightFacility } from './queries';
import type { AuditFormat } from './useAuditFormat';

const CHART_HEIGHT_PX = 280;
const AXIS_COLOUR = '#4a5260';
/** Line colours from the design tokens; lines also differ in dash, so no facility is told apart by colour alone. */
const LINE_STYLES = [
  { stroke: '#1d4f73', dash: undefined },
  { stroke: '#8a5a00', dash: '8 4' },
  { stroke: '#1e6b34', dash: '2 3' },
  { stroke: '#a12a2a', dash: '12 3 3 3' },
  { stroke: '#5b3e8c', dash: '4 4' },
] as const;

type ChartProps = { facilities: readonly OversightFacility[]; rates: readonly FacilityRates[]; format: AuditFormat };
type Row = { readonly month: string } & Readonly<Record<string, number | string | null>>;

/** One row per month: each facility's share met in time, in percent; null where nobody was assessed. */
function chartRows(rates: readonly FacilityRates[], ruleId: SafeguardRuleId): Row[] {
  const months = rates[0]?.months.map((month) => month.month) ?? [];
  return months.map((month, index) => {
    const shares = rates.map((facility) => {
      const tally = facility.months[index]?.safeguards.find((candidate) => candidate.ruleId === ruleId);
      const share = tally === undefined ? undefined : metShare(tally);
      return [facility.ledger, share === undefined ? null : Math.round(share * 1000) / 10] as const;
    });
    return { month, ...Object.fromEntries(shares) };
  });
}

function RateChart({ rows, facilities, format }: { rows: readonly Row[]; facilities: readonly OversightFacility[]; format: AuditFormat }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
      <LineChart data={[...rows]} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={format.shortMonth} stroke={AXIS_COLOUR} />
        <YAxis domain={[0, 100]} tickFormatter={(value: number) => format.percent(value / 100)} stroke={AXIS_COLOUR} />
        <Legend />
        {facilities.map((facility, index) => {
          const style = LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0];
          return <Line key={facility.ledger} dataKey={facility.ledger} name={facility.name} stroke={style.stroke} strokeDasharray={style.dash} strokeWidth={2} dot isAnimationActive={false} connectNulls={false} />;
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** One rule's rate month by month, one line per facility, with the same figures (and their counts) in a table. */
export function SafeguardRatesChart({ facilities, rates, format }: ChartProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const [ruleId, setRuleId] = useState<SafeguardRuleId>('judge-appearance');
  const rows = chartRows(rates, ruleId);
  const rule = labels.safeguardRule(ruleId);
  const columns: TableColumn<Row>[] = [
    { id: 'month', header: t('oversight.safeguards.column.month'), isRowHeader: true, cell: (row) => format.month(row.month) },
    ...facilities.map((facility): TableColumn<Row> => ({
      id: facility.ledger, header: facility.name, align: 'end',
      cell: (row) => {
        const tally = rates.find((candidate) => candidate.ledger === facility.ledger)?.months.find((month) => month.month === row.month)?.safeguards.find((candidate) => candidate.ruleId === ruleId);
        return tally === undefined ? null : format.rate(tally);
      },
    })),
  ];
  return (
    <Section title={t('oversight.safeguards.chartTitle')}>
      <SelectField<SafeguardRuleId> label={t('oversight.safeguards.filter.chartRule')} value={ruleId} onValueChange={setRuleId}
        options={SAFEGUARD_RULE_IDS.map((id) => ({ value: id, label: labels.safeguardRule(id) }))} />
      <ChartFigure caption={t('oversight.safeguards.chartCaption', { rule })} chart={<RateChart rows={rows} facilities={facilities} format={format} />}>
        <AuditTable caption={t('oversight.safeguards.chartTableCaption', { rule })} columns={columns} rows={[...rows].reverse()} rowKey={(row) => row.month} emptyMessage={t('oversight.safeguards.noMonths')} />
      </ChartFigure>
    </Section>
  );
}
