import type { CustodyRecord } from '@shared/custody/projection/types';
import { useSafeguardProfile } from '../../custody';
import { SafeguardBadge, StatusBadge } from '../custody';
import type { RegisterColumnId } from './columns';
import { NUMERIC_COLUMNS } from './columnLabels';
import { PersonNames } from './PersonNames';
import { daysInCustody, locationOf } from './recordFields';
import { actionCount, ACTION_STATES, safeguardsOf, worstResult } from './safeguardCache';
import { useRowText } from './rowText';

type CellProps = { record: CustodyRecord; nowMs: number };

/** The record's worst safeguard state, and under it the rule concerned and how many more call for action. */
function SafeguardsCell({ record, nowMs }: CellProps) {
  const { t, labels } = useRowText();
  const profile = useSafeguardProfile();
  const safeguards = safeguardsOf(record, nowMs, profile);
  const worst = worstResult(safeguards);
  const others = actionCount(safeguards) - 1;
  const needsAction = ACTION_STATES.has(safeguards.worst) && worst !== undefined;
  return (
    <>
      <SafeguardBadge state={safeguards.worst} />
      {needsAction ? (
        <span className="register-rule">
          {labels.safeguardRule(worst.ruleId)}
          {others > 0 ? ` ${t('register.row.moreSafeguards', { count: others })}` : ''}
        </span>
      ) : null}
    </>
  );
}

function CellContent({ column, record, nowMs }: CellProps & { column: RegisterColumnId }) {
  const { t, labels, list } = useRowText();
  switch (column) {
    case 'registerNumber':
    case 'names':
      return <PersonNames record={record} unknownLabel={t('register.row.nameUnknown')} />;
    case 'status':
      return <StatusBadge status={record.status} isVoided={record.isVoided} />;
    case 'legalCategory':
      return <>{record.legalCategory === undefined ? labels.unknownReason('unknown') : labels.legalCategory(record.legalCategory)}</>;
    case 'admitted':
      return (
        <time className="register-when" dateTime={new Date(record.admittedMs).toISOString()}>
          <span>{list.day(record.admittedMs)}</span> <span>{list.time(record.admittedMs)}</span>
        </time>
      );
    case 'daysInCustody':
      return <>{list.number(daysInCustody(record, nowMs))}</>;
    case 'location':
      return <bdi>{locationOf(record)}</bdi>;
    case 'safeguards':
      return <SafeguardsCell record={record} nowMs={nowMs} />;
    case 'gaps':
      return <>{record.gaps.length === 0 ? t('register.row.noGaps') : list.number(record.gaps.length)}</>;
  }
}

/** One cell of a register row (the register number cell, the row's header, is RegisterRow's own). */
const TEXT_COLUMNS: ReadonlySet<RegisterColumnId> = new Set(['legalCategory', 'location']);

function cellClass(column: RegisterColumnId): string {
  if (NUMERIC_COLUMNS.has(column)) return 'register-cell register-cell-end';
  return TEXT_COLUMNS.has(column) ? 'register-cell register-cell-text' : 'register-cell';
}

export function RegisterCell({ column, record, nowMs }: CellProps & { column: RegisterColumnId }) {
  return (
    <div role="cell" className={cellClass(column)}>
      <CellContent column={column} record={record} nowMs={nowMs} />
    </div>
  );
}
