/**
 * The register list's filters, and the mask of records they keep. The mask is computed
 * once per change of filter (or of the records, or of the minute for safeguard states),
 * so a keystroke in the search box only reads it.
 */
import type { LegalCategory } from '@shared/custody/events/common';
import { CLOSED_STATUSES } from '@shared/custody/projection/types';
import type { CustodyRecord, CustodyStatus } from '@shared/custody/projection/types';
import type { SafeguardState } from '@shared/custody/safeguards';
import { ACTION_STATES } from './safeguardCache';

/** `held`: everyone the facility holds now (in custody or in hospital). */
export type StatusFilter = '' | 'held' | CustodyStatus;
/** `needs_action`: overdue, unknown or due. A state: records whose worst state it is. */
export type SafeguardFilter = '' | 'needs_action' | 'overdue' | 'unknown' | 'due' | 'met';

export type RegisterFilter = {
  readonly status: StatusFilter;
  readonly legalCategory: LegalCategory | '';
  readonly safeguard: SafeguardFilter;
  /** Calendar days in the facility's zone, `YYYY-MM-DD`, or ''. */
  readonly admittedFrom: string;
  readonly admittedTo: string;
  readonly showVoided: boolean;
};

export const NO_REGISTER_FILTER: RegisterFilter = {
  status: '',
  legalCategory: '',
  safeguard: '',
  admittedFrom: '',
  admittedTo: '',
  showVoided: false,
};

/** What the mask needs besides the filter: the admitted range as instants, and each record's worst state. */
export type FilterContext = {
  readonly fromMs: number | undefined;
  readonly toMs: number | undefined;
  readonly worstOf: (record: CustodyRecord) => SafeguardState;
};

/** Whether any filter narrows the list (voided entries hidden is the normal view, not a filter). */
export function isFiltering(filter: RegisterFilter): boolean {
  return (
    filter.status !== '' ||
    filter.legalCategory !== '' ||
    filter.safeguard !== '' ||
    filter.admittedFrom !== '' ||
    filter.admittedTo !== '' ||
    filter.showVoided
  );
}

function statusTest(status: StatusFilter): (record: CustodyRecord) => boolean {
  if (status === '') return () => true;
  if (status === 'held') return (record) => !CLOSED_STATUSES.has(record.status);
  return (record) => record.status === status;
}

function safeguardTest(filter: SafeguardFilter, worstOf: FilterContext['worstOf']): (record: CustodyRecord) => boolean {
  if (filter === '') return () => true;
  if (filter === 'needs_action') return (record) => ACTION_STATES.has(worstOf(record));
  return (record) => worstOf(record) === filter;
}

/** 1 for each record the filter keeps, 0 for the others, by position. */
export function filterMask(records: readonly CustodyRecord[], filter: RegisterFilter, context: FilterContext): Uint8Array {
  const hasStatus = statusTest(filter.status);
  const hasSafeguard = safeguardTest(filter.safeguard, context.worstOf);
  const { fromMs, toMs } = context;
  const mask = new Uint8Array(records.length);
  records.forEach((record, index) => {
    if (record.isVoided && !filter.showVoided) return;
    if (filter.legalCategory !== '' && record.legalCategory !== filter.legalCategory) return;
    if (fromMs !== undefined && record.admittedMs < fromMs) return;
    if (toMs !== undefined && record.admittedMs > toMs) return;
    if (!hasStatus(record)) return;
    // Last: a record's safeguards are evaluated only if every cheaper test kept it.
    if (hasSafeguard(record)) mask[index] = 1;
  });
  return mask;
}
