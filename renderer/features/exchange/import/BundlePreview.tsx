import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifiedBundle } from '@shared/bundle/read';
import type { LedgerSummary } from '@shared/exchange/plan';
import { summarizeEvents } from '@shared/exchange/plan';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { KindCounts } from '../KindCounts';
import { useFacilityNames } from '../queries';
import { shortLedger } from '../shortLedger';
import { BundleWarnings } from './BundleWarnings';

/** What applying a verified bundle adds: new entries per facility, by kind, and anything to watch. */
export function BundlePreview({ verified }: { verified: VerifiedBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = useFacilityNames();
  const rows = useMemo(() => summarizeEvents(verified.segments.flatMap((outcome) => (outcome.status === 'applied' ? outcome.newEvents : []))), [verified]);
  const senderLedger = verified.manifest.sender.ledger;
  const facilityOf = (row: LedgerSummary): string =>
    row.facilityName ?? nameOf(row.ledger) ?? (row.ledger === senderLedger ? verified.sender.name : shortLedger(row.ledger));
  const columns: TableColumn<LedgerSummary>[] = [
    { id: 'facility', header: t('exchange.preview.facility'), isRowHeader: true, cell: (row) => <bdi>{facilityOf(row)}</bdi> },
    { id: 'range', header: t('exchange.preview.range'), cell: (row) => t('exchange.preview.rangeValue', { from: format.number(row.fromSeq), to: format.number(row.toSeq) }) },
    { id: 'count', header: t('exchange.preview.newCount'), align: 'end', cell: (row) => format.number(row.count) },
    { id: 'kinds', header: t('exchange.preview.kinds'), cell: (row) => <KindCounts byKind={row.byKind} /> },
  ];
  return (
    <>
      <Table caption={t('exchange.import.previewCaption')} columns={columns} rows={rows} rowKey={(row) => row.ledger} emptyMessage={t('exchange.import.nothingNew')} />
      <BundleWarnings verified={verified} nameOf={(ledger) => nameOf(ledger) ?? shortLedger(ledger)} />
    </>
  );
}
