import type { CustodyRecord } from '@shared/custody/projection/types';
import type { SafeguardResult } from '@shared/custody/safeguards';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { useRecordSafeguards } from '../../custody';
import { RuleSources, SafeguardBadge, useCustodyLabels } from '../custody';

function useColumns(): TableColumn<SafeguardResult>[] {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  const when = (ms: number | undefined) => (ms === undefined ? t('detainee.safeguards.noDate') : format.dateTime(new Date(ms)));
  return [
    { id: 'rule', header: t('detainee.safeguards.rule'), isRowHeader: true, cell: (row) => labels.safeguardRule(row.ruleId) },
    { id: 'state', header: t('detainee.safeguards.state'), cell: (row) => <SafeguardBadge state={row.state} /> },
    { id: 'due', header: t('detainee.safeguards.due'), cell: (row) => when(row.dueMs) },
    { id: 'done', header: t('detainee.safeguards.done'), cell: (row) => when(row.doneMs) },
    {
      id: 'notes',
      header: t('detainee.safeguards.notes'),
      cell: (row) => [...(row.notes ?? []).map((note) => labels.safeguardNote(note)), ...(row.missing ?? []).map((field) => t('detainee.safeguards.missing', { field: labels.field(field) }))].join(' · '),
    },
    { id: 'sources', header: t('detainee.safeguards.sources'), cell: (row) => <RuleSources ruleId={row.ruleId} isCollapsed /> },
  ];
}

/** Every safeguard rule that applies to the record, with its state now, its deadline, and the law behind it. */
export function SafeguardsSection({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const results = useRecordSafeguards(record);
  const columns = useColumns();
  const applicable = results.filter((result) => result.state !== 'not_applicable');
  const notApplicable = results.length - applicable.length;
  return (
    <Section title={t('detainee.safeguards.title')} hint={t('detainee.safeguards.hint')}>
      <Table caption={t('detainee.safeguards.caption')} columns={columns} rows={applicable} rowKey={(row) => row.ruleId} emptyMessage={t('detainee.safeguards.empty')} />
      {notApplicable === 0 ? null : <p className="detainee-safeguards-na">{t('detainee.safeguards.notApplicable', { count: notApplicable })}</p>}
    </Section>
  );
}
