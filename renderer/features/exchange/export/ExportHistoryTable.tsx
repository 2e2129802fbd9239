import { useTranslation } from 'react-i18next';
import type { ExportEntry } from '@shared/exchange/history';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { useBundleHistory, useFacilityNames } from '../queries';
import { shortLedger } from '../shortLedger';

/** Every bundle this installation sent: when, to whom, its number, what it carried, and the saved file's hash. */
export function ExportHistoryTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useBundleHistory();
  const nameOf = useFacilityNames();
  const rows = [...history.exports].reverse();
  const columns: TableColumn<ExportEntry>[] = [
    { id: 'bundle', header: t('exchange.history.bundle'), isRowHeader: true, align: 'end', cell: (row) => format.number(row.bundleSeq) },
    { id: 'when', header: t('exchange.history.when'), cell: (row) => format.dateTime(new Date(row.createdAt)) },
    {
      id: 'to',
      header: t('exchange.history.to'),
      cell: (row) => (row.to.kind === 'passphrase' ? t('exchange.export.toPassphrase') : row.to.ledgers.map((ledger) => nameOf(ledger) ?? shortLedger(ledger)).join(t('exchange.listSeparator'))),
    },
    {
      id: 'range',
      header: t('exchange.history.range'),
      cell: (row) =>
        row.segments
          .map((segment) => t('exchange.history.segment', { facility: nameOf(segment.ledger) ?? shortLedger(segment.ledger), from: format.number(segment.fromSeq), to: format.number(segment.toSeq) }))
          .join(t('exchange.listSeparator')),
    },
    { id: 'count', header: t('exchange.history.count'), align: 'end', cell: (row) => format.number(row.eventCount) },
    { id: 'file', header: t('exchange.history.file'), cell: (row) => <FileCell name={row.fileName} sha256={row.fileSha256} /> },
    { id: 'by', header: t('exchange.history.by'), cell: (row) => <bdi>{row.stamp.by}</bdi> },
  ];
  return <Table caption={t('exchange.history.exportsCaption')} columns={columns} rows={rows} rowKey={(row) => row.manifestHash} emptyMessage={t('exchange.history.noExports')} />;
}

/** A file's name and the start of its SHA-256, enough to match it against the file on a USB stick. */
export function FileCell({ name, sha256 }: { name: string; sha256: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span dir="ltr" className="file-name">{name}</span>
      <br />
      <span className="cell-note">
        {t('exchange.history.sha256')} <code dir="ltr">{sha256.slice(0, 16)}</code>
      </span>
    </>
  );
}
