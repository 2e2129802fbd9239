import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { usePercent } from '../CategoryScoreTable';
import { useTemplateLanguage } from '../queries';
import { viewHref } from '../viewParams';
import type { HistoryRow } from './historyRows';

type HistoryTableProps = { rows: readonly HistoryRow[]; selected: readonly string[]; onToggle: (id: string, isChecked: boolean) => void };

export function HistoryTable({ rows, selected, onToggle }: HistoryTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const percent = usePercent();
  const dateOf = (row: HistoryRow) => format.dateTime(new Date(row.record.meta.occurredAt));
  const columns: TableColumn<HistoryRow>[] = [
    {
      id: 'select',
      header: t('inspections.history.select'),
      cell: (row) => (
        <input
          type="checkbox"
          className="choice-control"
          aria-label={t('inspections.history.selectOne', { date: dateOf(row), facility: row.record.payload.facility.name })}
          checked={selected.includes(row.record.id)}
          onChange={(event) => { onToggle(row.record.id, event.target.checked); }}
        />
      ),
    },
    { id: 'date', header: t('inspections.history.date'), isRowHeader: true, cell: dateOf },
    { id: 'facility', header: t('inspections.fields.facility'), cell: (row) => <bdi>{row.record.payload.facility.name}</bdi> },
    { id: 'template', header: t('inspections.fields.template'), cell: (row) => (row.template === undefined ? t('inspections.history.templateMissing') : t('inspections.history.templateVersion', { title: row.template.title[language], version: row.template.version })) },
    { id: 'inspector', header: t('inspections.fields.inspector'), cell: (row) => <bdi>{row.record.payload.inspector.name}</bdi> },
    { id: 'score', header: t('inspections.scores.overall'), align: 'end', cell: (row) => percent(row.summary?.overall.score ?? null) },
    { id: 'alerts', header: t('inspections.history.redIndicators'), align: 'end', cell: (row) => format.number(row.summary?.indicatorAlerts.filter((alert) => alert.state === 'red').length ?? 0) },
    { id: 'findings', header: t('inspections.history.findings'), align: 'end', cell: (row) => format.number(row.summary?.findings.length ?? 0) },
    {
      id: 'open',
      header: t('inspections.history.open'),
      cell: (row) => (
        <span className="link-row">
          <Link to={viewHref({ kind: 'inspection', id: row.record.id })} aria-label={t('inspections.history.viewOne', { date: dateOf(row) })}>{t('inspections.history.view')}</Link>
          <Link to={viewHref({ kind: 'report', id: row.record.id })} aria-label={t('inspections.history.reportOne', { date: dateOf(row) })}>{t('inspections.history.report')}</Link>
        </span>
      ),
    },
  ];
  return <Table caption={t('inspections.history.caption')} columns={columns} rows={rows} rowKey={(row) => row.record.id} emptyMessage={t('inspections.history.empty')} />;
}
