import { useTranslation } from 'react-i18next';
import type { FacilityOverviewRow } from '@shared/oversight/overview';
import { useFormat } from '../../i18n/useFormat';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';

/** Forks, held bundles and silence, in words (never colour alone). */
function StateCell({ row, staleDays }: { row: FacilityOverviewRow; staleDays: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notes: { key: string; tone: 'critical' | 'warning'; text: string }[] = [];
  if (row.forks > 0) notes.push({ key: 'forks', tone: 'critical', text: t('oversight.overview.state.forks', { shown: format.number(row.forks) }) });
  if (row.held > 0) notes.push({ key: 'held', tone: 'warning', text: t('oversight.overview.state.held', { shown: format.number(row.held) }) });
  if (row.isStale) {
    const text = row.daysSinceBundle === undefined ? t('oversight.overview.state.neverReceived') : t('oversight.overview.state.stale', { days: format.number(row.daysSinceBundle), limit: format.number(staleDays) });
    notes.push({ key: 'stale', tone: 'warning', text });
  }
  if (notes.length === 0) return <span>{t('oversight.overview.state.ok')}</span>;
  return (
    <ul className="oversight-notes">
      {notes.map((note) => (
        <li key={note.key} className={`oversight-note oversight-note-${note.tone}`}>{note.text}</li>
      ))}
    </ul>
  );
}

function useColumns(staleDays: number): TableColumn<FacilityOverviewRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | undefined) => (iso === undefined ? t('oversight.overview.none') : format.dateTime(new Date(iso)));
  return [
    { id: 'facility', header: t('oversight.overview.column.facility'), isRowHeader: true, cell: (row) => <><bdi>{row.name}</bdi> <span className="oversight-muted oversight-facility-code"><bdi dir="ltr">{row.code}</bdi></span></> },
    { id: 'state', header: t('oversight.overview.column.state'), cell: (row) => <StateCell row={row} staleDays={staleDays} /> },
    {
      id: 'bundle', header: t('oversight.overview.column.lastBundle'),
      cell: (row) => (row.lastBundle === undefined ? t('oversight.overview.never') : t('oversight.overview.bundleReceived', { seq: format.number(row.lastBundle.bundleSeq), date: when(row.lastBundle.receivedAt) })),
    },
    { id: 'newest', header: t('oversight.overview.column.newestEvent'), cell: (row) => when(row.newestEvent?.recordedAt) },
    { id: 'population', header: t('oversight.overview.column.population'), align: 'end', cell: (row) => format.number(row.custody?.population ?? 0) },
    {
      id: 'breaches', header: t('oversight.overview.column.breaches'), align: 'end',
      cell: (row) => t('oversight.overview.breaches', { people: format.number(row.custody?.breachedPeople ?? 0), breaches: format.number(row.custody?.breaches ?? 0) }),
    },
    {
      id: 'actions', header: t('oversight.overview.column.actions'), align: 'end',
      cell: (row) => (row.actions === undefined ? t('oversight.overview.none') : t('oversight.overview.actions', { open: format.number(row.actions.open), overdue: format.number(row.actions.overdue) })),
    },
    {
      id: 'inspection', header: t('oversight.overview.column.inspection'),
      cell: (row) => {
        if (row.inspection === undefined) return t('oversight.overview.none');
        const score = row.inspection.score === null ? t('oversight.overview.notScored') : format.number(row.inspection.score, { style: 'percent' });
        return t('oversight.overview.inspection', { score, date: format.date(new Date(row.inspection.occurredAt)) });
      },
    },
  ];
}

/** One row per facility, those needing attention first. */
export function FacilitiesTable({ rows, staleDays }: { rows: readonly FacilityOverviewRow[]; staleDays: number }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('oversight.overview.caption')} columns={useColumns(staleDays)} rows={rows} rowKey={(row) => row.ledger} emptyMessage={t('oversight.overview.empty')} />
  );
}
