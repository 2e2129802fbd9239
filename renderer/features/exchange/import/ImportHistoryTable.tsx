import { useTranslation } from 'react-i18next';
import type { ImportEntry } from '@shared/exchange/history';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { FileCell } from '../export/ExportHistoryTable';
import { useBundleHistory, useFacilityNames } from '../queries';

/** Every bundle applied here, newest first: from whom, its number, how many entries were new, and its file's hash. */
export function ImportHistoryTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const { imports } = useBundleHistory();
  const nameOf = useFacilityNames();
  const rows = [...imports].reverse();
  const columns: TableColumn<ImportEntry>[] = [
    { id: 'sender', header: t('exchange.history.from'), isRowHeader: true, cell: (row) => <bdi>{nameOf(row.sender.ledger) ?? row.sender.facility}</bdi> },
    { id: 'bundle', header: t('exchange.history.bundle'), align: 'end', cell: (row) => format.number(row.bundleSeq) },
    { id: 'when', header: t('exchange.history.imported'), cell: (row) => format.dateTime(new Date(row.stamp.at)) },
    { id: 'new', header: t('exchange.history.newEntries'), align: 'end', cell: (row) => format.number(row.newEventCount) },
    { id: 'held', header: t('exchange.history.note'), cell: (row) => (row.wasHeld ? t('exchange.history.wasHeld') : '') },
    { id: 'file', header: t('exchange.history.file'), cell: (row) => <FileCell name={t('exchange.history.manifest', { hash: row.manifestHash.slice(0, 12) })} sha256={row.fileSha256} /> },
    { id: 'by', header: t('exchange.history.by'), cell: (row) => <bdi>{row.stamp.by}</bdi> },
  ];
  return <Table caption={t('exchange.history.importsCaption')} columns={columns} rows={rows} rowKey={(row) => row.manifestHash} emptyMessage={t('exchange.history.noImports')} />;
}
