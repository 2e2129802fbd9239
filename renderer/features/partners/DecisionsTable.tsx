import { useTranslation } from 'react-i18next';
import type { DecisionRecord } from '@shared/partners/projection';
import { useFormat } from '../../i18n/useFormat';
import { Table } from '../../ui/Table';
import { DECISION_KEYS } from './labels';
import { useCalendarDate } from './useCalendarDate';
import { isolate } from './isolate';

/** Decisions taken on a partner's support, newest first. */
export function DecisionsTable({ decisions }: { decisions: readonly DecisionRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  return (
    <Table<DecisionRecord>
      caption={t('partners.decisions.caption')}
      rows={decisions}
      rowKey={(row) => row.id}
      emptyMessage={t('partners.decisions.empty')}
      columns={[
        { id: 'date', header: t('partners.decisions.decidedOn'), isRowHeader: true, cell: (row) => calendarDate(row.payload.decidedOn) },
        { id: 'decision', header: t('partners.decisions.decision'), cell: (row) => <span className={`partners-badge partners-decision-${row.payload.decision}`}>{t(DECISION_KEYS[row.payload.decision].name)}</span> },
        { id: 'rationale', header: t('partners.decisions.rationale'), cell: (row) => <span className="preserve-lines" dir="auto">{row.payload.rationale}</span> },
        { id: 'author', header: t('partners.decisions.author'), cell: (row) => t('partners.assessment.authorAt', { name: isolate(row.meta.author.name), at: format.dateTime(new Date(row.meta.recordedAt)) }) },
      ]}
    />
  );
}
