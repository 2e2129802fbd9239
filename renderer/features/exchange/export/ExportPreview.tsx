import { useTranslation } from 'react-i18next';
import type { LedgerSummary } from '@shared/exchange/plan';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { KindCounts } from '../KindCounts';
import { useFacilityNames } from '../queries';
import { shortLedger } from '../shortLedger';
import type { PreparedExport } from './commands';

/** What the bundle will carry: per ledger, the range of entries and how many of each kind. */
export function ExportPreview({ prepared }: { prepared: PreparedExport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = useFacilityNames();
  const columns: TableColumn<LedgerSummary>[] = [
    { id: 'facility', header: t('exchange.preview.facility'), isRowHeader: true, cell: (row) => <bdi>{row.facilityName ?? nameOf(row.ledger) ?? shortLedger(row.ledger)}</bdi> },
    { id: 'range', header: t('exchange.preview.range'), cell: (row) => t('exchange.preview.rangeValue', { from: format.number(row.fromSeq), to: format.number(row.toSeq) }) },
    { id: 'count', header: t('exchange.preview.count'), align: 'end', cell: (row) => format.number(row.count) },
    { id: 'kinds', header: t('exchange.preview.kinds'), cell: (row) => <KindCounts byKind={row.byKind} /> },
  ];
  const to =
    prepared.request.to.kind === 'passphrase'
      ? t('exchange.export.toPassphrase')
      : prepared.recipients.map((contact) => contact.card.facility).join(t('exchange.listSeparator'));
  return (
    <div className="export-preview">
      <p className="preview-summary">
        {t('exchange.export.summary', { bundleSeq: format.number(prepared.bundleSeq), count: prepared.events.lines.length, shown: format.number(prepared.events.lines.length), to })}
      </p>
      <Table caption={t('exchange.export.previewCaption')} columns={columns} rows={prepared.summaries} rowKey={(row) => row.ledger} emptyMessage={t('exchange.export.previewEmpty')} />
    </div>
  );
}
