import { useTranslation } from 'react-i18next';
import type { BundleFinding } from '@shared/oversight/integrity';
import { useFormat } from '../../i18n/useFormat';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { BUNDLE_FINDING_KEYS, SEVERITY_KEYS } from './labels';

/** What a finding is about, in words: where a fork is, what a held bundle waits for. */
function useDetail(): (finding: BundleFinding) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (finding) => {
    if (finding.fork !== undefined) return t('oversight.integrity.forkAt', { seq: format.number(finding.fork.seq) });
    if (finding.missing !== undefined) return t('oversight.integrity.missing', { from: format.number(finding.missing.from), to: format.number(finding.missing.to) });
    return t('oversight.integrity.appliedLater');
  };
}

/** Forks, conflicting or broken chains, held and late bundles, gravest first. */
export function BundleFindingsTable({ rows }: { rows: readonly BundleFinding[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = useDetail();
  const columns: TableColumn<BundleFinding>[] = [
    { id: 'sender', header: t('oversight.integrity.column.sender'), isRowHeader: true, cell: (row) => <bdi>{row.senderFacility}</bdi> },
    {
      id: 'kind', header: t('oversight.integrity.column.finding'),
      cell: (row) => <><span className={`oversight-severity oversight-severity-${row.severity === 'critical' ? 'critical' : 'warning'}`}>{t(SEVERITY_KEYS[row.severity])}</span> {t(BUNDLE_FINDING_KEYS[row.kind])}</>,
    },
    { id: 'bundle', header: t('oversight.integrity.column.bundle'), align: 'end', cell: (row) => format.number(row.bundleSeq) },
    { id: 'detail', header: t('oversight.integrity.column.detail'), cell: (row) => detail(row) },
    { id: 'manifest', header: t('oversight.evidence.manifest'), cell: (row) => <code className="oversight-hash" dir="ltr" translate="no">{row.manifestHash.slice(0, 16)}</code> },
    { id: 'received', header: t('oversight.integrity.column.received'), cell: (row) => format.dateTime(new Date(row.at)) },
  ];
  return <Table caption={t('oversight.integrity.bundlesCaption')} columns={columns} rows={rows} rowKey={(row) => `${row.kind}:${row.manifestHash}`} emptyMessage={t('oversight.integrity.noBundleFindings')} />;
}
