import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { MatchDecision } from '@shared/oversight/matchLinks';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { useSession } from '../../vault/useSession';
import { withdrawDecision } from './commands';
import { DecisionDialog } from './DecisionDialog';
import { DECISION_KEYS } from './labels';
import { linkedHref } from './routes';

type DecidedSectionProps = {
  decisions: readonly MatchDecision[];
  records: ReadonlyMap<string, CustodyRecord>;
  facilityNames: ReadonlyMap<string, string>;
  canDecide: boolean;
};

/** "NP-000012 (North Prison)", or the bare id when the record is not held here. */
function useRecordLabel(records: ReadonlyMap<string, CustodyRecord>, facilityNames: ReadonlyMap<string, string>): (id: string) => string {
  const { t } = useTranslation();
  return (id) => {
    const record = records.get(id);
    if (record === undefined) return t('matching.decided.recordNotHeld', { id: id.slice(0, 8) });
    return t('matching.decided.record', { number: record.registerLabel, facility: facilityNames.get(record.ledger) ?? t('matching.record.unknownFacility') });
  };
}

/** Pairs with a standing decision: confirmed links and rejected pairs, each reversible. */
export function DecidedSection({ decisions, records, facilityNames, canDecide }: DecidedSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const label = useRecordLabel(records, facilityNames);
  const [withdrawing, setWithdrawing] = useState<MatchDecision | undefined>(undefined);
  const pairText = (decision: MatchDecision) => `${label(decision.records[0])} — ${label(decision.records[1])}`;
  const columns: TableColumn<MatchDecision>[] = [
    { id: 'pair', header: t('matching.decided.pair'), isRowHeader: true, cell: (decision) => <bdi>{pairText(decision)}</bdi> },
    { id: 'decision', header: t('matching.decided.decision'), cell: (decision) => (decision.kind === 'withdrawn' ? null : t(DECISION_KEYS[decision.kind])) },
    { id: 'when', header: t('matching.decided.when'), cell: (decision) => format.dateTime(new Date(decision.meta.occurredAt)) },
    { id: 'by', header: t('matching.decided.by'), cell: (decision) => <bdi>{decision.meta.author.name}</bdi> },
    { id: 'note', header: t('matching.decided.note'), cell: (decision) => (decision.note === undefined ? '' : <bdi className="matching-note">{decision.note}</bdi>) },
    {
      id: 'actions',
      header: t('matching.decided.actions'),
      cell: (decision) => (
        <div className="matching-row-actions">
          {decision.kind === 'confirmed' ? <Link to={linkedHref(decision.records[0])}>{t('matching.decided.history', { pair: pairText(decision) })}</Link> : null}
          {canDecide ? <Button onClick={() => { setWithdrawing(decision); }} aria-label={t('matching.decided.withdrawLabel', { pair: pairText(decision) })}>{t('matching.decided.withdraw')}</Button> : null}
        </div>
      ),
    },
  ];
  return (
    <Section title={t('matching.decided.title')} hint={t('matching.decided.hint')}>
      <Table caption={t('matching.decided.caption')} columns={columns} rows={decisions} rowKey={(decision) => decision.records.join(':')} emptyMessage={t('matching.decided.empty')} />
      {withdrawing === undefined ? null : (
        <DecisionDialog
          title={t('matching.dialog.withdrawTitle')}
          explanation={t('matching.dialog.withdrawExplanation', { pair: pairText(withdrawing) })}
          actionLabel={t('matching.dialog.withdrawAction')}
          variant="danger"
          onDecide={(note) => withdrawDecision(session, { a: withdrawing.records[0], b: withdrawing.records[1] }, note)}
          onClose={() => { setWithdrawing(undefined); }}
        />
      )}
    </Section>
  );
}
