import { useTranslation } from 'react-i18next';
import type { HeldEntry } from '@shared/exchange/history';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { useBundleHistory, useFacilityNames } from '../queries';
import { shortLedger } from '../shortLedger';

/** Bundles kept (encrypted) until the bundle or entries they follow arrive; they apply by themselves then. */
export function HeldTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const { held } = useBundleHistory();
  const nameOf = useFacilityNames();
  const columns: TableColumn<HeldEntry>[] = [
    { id: 'sender', header: t('exchange.history.from'), isRowHeader: true, cell: (row) => <bdi>{nameOf(row.sender.ledger) ?? row.sender.facility}</bdi> },
    { id: 'bundle', header: t('exchange.history.bundle'), align: 'end', cell: (row) => format.number(row.bundleSeq) },
    {
      id: 'waiting',
      header: t('exchange.held.waitingFor'),
      cell: (row) =>
        row.missingBundleSeq === null
          ? t('exchange.held.missingEntries', { facility: nameOf(row.missingLedger) ?? shortLedger(row.missingLedger), from: format.number(row.missingFrom), to: format.number(row.missingTo) })
          : t('exchange.held.missingBundle', { bundleSeq: format.number(row.missingBundleSeq) }),
    },
    { id: 'since', header: t('exchange.held.since'), cell: (row) => format.dateTime(new Date(row.stamp.at)) },
  ];
  return <Table caption={t('exchange.held.caption')} columns={columns} rows={held} rowKey={(row) => row.manifestHash} emptyMessage={t('exchange.held.empty')} />;
}
