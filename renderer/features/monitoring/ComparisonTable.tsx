import { useTranslation } from 'react-i18next';
import type { Change } from '@shared/monitoring/changes';
import type { ComparisonPeriods } from '@shared/monitoring/periods';
import { MIN_DENOMINATOR } from '@shared/monitoring/changes';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChangeCell } from './ChangeCell';
import type { MonitoringResult } from './queries';
import type { MonitoringText } from './useMonitoringText';

/** Rules nobody was assessed for, and inspection indicators never measured, fill no row. */
function isListed(change: Change): boolean {
  const { kind } = change.indicator;
  return change.verdict !== 'no_data' || (kind !== 'safeguard' && kind !== 'inspection_indicator');
}

type ComparisonTableProps = { result: MonitoringResult; periods: ComparisonPeriods; text: MonitoringText };

/** Every indicator in both periods and how it moved, with what was left out said in words. */
export function ComparisonTable({ result, periods, text }: ComparisonTableProps) {
  const { t } = useTranslation();
  const rows = result.changes.filter(isListed);
  const hiddenRules = result.changes.filter((change) => !isListed(change) && change.indicator.kind === 'safeguard').length;
  const hiddenIndicators = result.changes.filter((change) => !isListed(change) && change.indicator.kind === 'inspection_indicator').length;
  const columns: TableColumn<Change>[] = [
    { id: 'indicator', header: t('monitoring.table.indicator'), isRowHeader: true, cell: (change) => text.indicator(change.indicator) },
    { id: 'baseline', header: t('monitoring.table.baseline', { range: text.range(periods.baseline) }), align: 'end', cell: (change) => text.value(change.indicator, change.baseline) },
    { id: 'comparison', header: t('monitoring.table.comparison', { range: text.range(periods.comparison) }), align: 'end', cell: (change) => text.value(change.indicator, change.comparison) },
    { id: 'change', header: t('monitoring.table.change'), cell: (change) => <ChangeCell change={change} /> },
  ];
  return (
    <Section title={t('monitoring.table.title')} hint={t('monitoring.table.rates', { min: text.number(MIN_DENOMINATOR) })}>
      <Table caption={t('monitoring.table.caption')} columns={columns} rows={rows} rowKey={(change) => change.key} emptyMessage={t('monitoring.table.empty')} />
      <p className="monitoring-note">{t('monitoring.table.held', { a: text.number(result.baseline.heldAtEnd), b: text.number(result.comparison.heldAtEnd) })}</p>
      {hiddenRules === 0 ? null : <p className="monitoring-note">{t('monitoring.table.hiddenRules', { number: text.number(hiddenRules) })}</p>}
      {hiddenIndicators === 0 ? null : <p className="monitoring-note">{t('monitoring.table.hiddenIndicators', { number: text.number(hiddenIndicators) })}</p>}
    </Section>
  );
}
