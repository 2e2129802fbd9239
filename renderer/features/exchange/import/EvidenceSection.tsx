import { useTranslation } from 'react-i18next';
import type { RefusedEntry } from '@shared/exchange/history';
import type { TranslationKey } from '../../../i18n/translationKey';
import type { EvidenceCode } from '@shared/exchange/eventTypes';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { FingerprintText } from '../FingerprintText';
import { useBundleHistory, useFacilityNames } from '../queries';
import { shortLedger } from '../shortLedger';

const EVIDENCE_KEYS = {
  fork: 'exchange.evidence.fork',
  'conflicting-bundle': 'exchange.evidence.conflictingBundle',
  'broken-bundle-chain': 'exchange.evidence.brokenChain',
} as const satisfies Record<EvidenceCode, TranslationKey>;

/**
 * Bundles refused as possible tampering, shown first and in red: the signed sender gave two
 * different histories, or two different bundles under one number. The files are kept,
 * encrypted, for whoever investigates; nothing of them was applied.
 */
export function EvidenceSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { refused } = useBundleHistory();
  const nameOf = useFacilityNames();
  if (refused.length === 0) return null;
  const columns: TableColumn<RefusedEntry>[] = [
    { id: 'sender', header: t('exchange.history.from'), isRowHeader: true, cell: (row) => <bdi>{nameOf(row.sender.ledger) ?? row.sender.facility}</bdi> },
    { id: 'bundle', header: t('exchange.history.bundle'), align: 'end', cell: (row) => format.number(row.bundleSeq) },
    {
      id: 'what',
      header: t('exchange.evidence.what'),
      cell: (row) =>
        t(EVIDENCE_KEYS[row.code], { ledger: row.fork === null ? '' : (nameOf(row.fork.ledger) ?? shortLedger(row.fork.ledger)), seq: format.number(row.fork?.seq ?? 0) }),
    },
    { id: 'file', header: t('exchange.evidence.file'), cell: (row) => <FingerprintText hex={row.fileSha256} groups={4} /> },
    { id: 'when', header: t('exchange.history.when'), cell: (row) => format.dateTime(new Date(row.stamp.at)) },
  ];
  return (
    <section className="evidence" aria-label={t('exchange.evidence.title')}>
      <Banner tone="error" title={t('exchange.evidence.banner', { count: refused.length })}>
        {t('exchange.evidence.body')}
      </Banner>
      <Table caption={t('exchange.evidence.caption')} columns={columns} rows={refused} rowKey={(row) => row.manifestHash} emptyMessage={t('exchange.evidence.caption')} />
    </section>
  );
}
