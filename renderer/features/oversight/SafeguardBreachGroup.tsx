import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import type { SafeguardBreach } from '@shared/oversight/safeguardRates';
import type { TableColumn } from '../../ui/tableTypes';
import { AuditTable } from './AuditTable';
import { RuleSources, StatusBadge, useCustodyLabels } from '../custody';
import { detaineeHref } from '../detainee';
import { personName } from './personName';
import type { AuditFormat } from './useAuditFormat';

/** Rows drawn per rule: the most urgent first; the count says how many more there are. */
export const BREACHES_SHOWN = 100;

type GroupProps = {
  ruleId: SafeguardRuleId;
  breaches: readonly SafeguardBreach[];
  recordsById: ReadonlyMap<string, CustodyRecord>;
  facilityName: (ledger: string) => string;
  nowMs: number;
  format: AuditFormat;
};

/** How long, or how, the duty was missed. */
function useHowLate(nowMs: number, format: AuditFormat): (breach: SafeguardBreach) => string {
  const { t } = useTranslation();
  return (breach) => {
    const { dueMs, doneMs } = breach;
    if (doneMs !== undefined && dueMs !== undefined) return t('oversight.safeguards.doneLate', { duration: format.duration(doneMs - dueMs), date: format.date(doneMs) });
    if (breach.isOpen) return dueMs === undefined ? t('oversight.safeguards.stillTheCase') : t('oversight.safeguards.overdueFor', { duration: format.duration(Math.max(0, nowMs - dueMs)) });
    return breach.isHeld ? t('oversight.safeguards.breachEnded') : t('oversight.safeguards.notDoneInCustody');
  };
}

function useColumns(props: GroupProps): TableColumn<SafeguardBreach>[] {
  const { t } = useTranslation();
  const howLate = useHowLate(props.nowMs, props.format);
  const recordOf = (breach: SafeguardBreach) => props.recordsById.get(breach.recordId);
  return [
    {
      id: 'number', header: t('oversight.safeguards.column.number'), isRowHeader: true,
      cell: (breach) => (
        <Link to={detaineeHref(breach.recordId)}>
          <bdi className="register-number" dir="ltr" translate="no">{recordOf(breach)?.registerLabel ?? breach.recordId.slice(0, 8)}</bdi>
        </Link>
      ),
    },
    { id: 'name', header: t('oversight.safeguards.column.name'), cell: (breach) => <bdi>{personName(recordOf(breach)) ?? t('oversight.safeguards.noName')}</bdi> },
    { id: 'facility', header: t('oversight.safeguards.column.facility'), cell: (breach) => <bdi>{props.facilityName(breach.ledger)}</bdi> },
    { id: 'status', header: t('oversight.safeguards.column.status'), cell: (breach) => { const record = recordOf(breach); return record === undefined ? null : <StatusBadge status={record.status} />; } },
    { id: 'due', header: t('oversight.safeguards.column.due'), cell: (breach) => (breach.dueMs === undefined ? t('oversight.safeguards.noDeadline') : props.format.date(breach.dueMs)) },
    { id: 'late', header: t('oversight.safeguards.column.late'), cell: howLate },
  ];
}

/** One rule: the standard it rests on with its legal force, then the people for whom it was breached. */
export function SafeguardBreachGroup(props: GroupProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const columns = useColumns(props);
  const { breaches, format } = props;
  const rule = labels.safeguardRule(props.ruleId);
  const open = breaches.filter((breach) => breach.isOpen).length;
  return (
    <section className="safeguard-audit-group" aria-label={rule}>
      <h3 className="safeguard-audit-rule">{rule}</h3>
      <p>{t('oversight.safeguards.groupCounts', { total: format.number(breaches.length), open: format.number(open) })}</p>
      <RuleSources ruleId={props.ruleId} />
      <AuditTable
        caption={t('oversight.safeguards.breachCaption', { rule })}
        columns={columns}
        rows={breaches.slice(0, BREACHES_SHOWN)}
        rowKey={(breach) => `${breach.recordId}:${breach.ruleId}`}
        emptyMessage={t('oversight.safeguards.noBreaches')}
      />
      {breaches.length > BREACHES_SHOWN ? <p className="field-hint">{t('oversight.safeguards.more', { shown: format.number(BREACHES_SHOWN), total: format.number(breaches.length) })}</p> : null}
    </section>
  );
}
