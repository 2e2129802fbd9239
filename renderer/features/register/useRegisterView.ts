import { useDeferredValue, useMemo } from 'react';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { SafeguardProfile } from '@shared/custody/safeguards';
import { useCustodyRecords, useNow, useSafeguardProfile } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { endOfDayMs, startOfDayMs } from './dayBounds';
import { filterMask } from './registerFilter';
import type { RegisterRows } from './registerSearch';
import { searchRecords, selectRows } from './registerSearch';
import type { RegisterSort } from './registerStore';
import { useRegisterStore } from './registerStore';
import { safeguardsOf, STATE_URGENCY, worstForOrder } from './safeguardCache';
import { hasNameIndex, nameIndexOf, prepareNameIndex } from './searchIndex';
import { sortOrder } from './sortOrders';
import type { PassProgress } from './useSlicedPass';
import { useSlicedPass } from './useSlicedPass';

const HOUR_MS = 3_600_000;

/** What the list waits for before it can show rows: every safeguard checked, or every name read. */
export type RegisterPending = { readonly kind: 'safeguards' | 'search'; readonly done: number; readonly total: number };

export type RegisterView = {
  readonly records: readonly CustodyRecord[];
  readonly rows: RegisterRows;
  readonly pending: RegisterPending | null;
  /** The rows shown are for an older query, filter or order; newer ones are being computed. */
  readonly isStale: boolean;
};

/** Ranks records by legal category in the reader's language. */
export type CategoryRank = (record: CustodyRecord) => number;

const NO_ROWS: RegisterRows = { positions: new Int32Array(0), count: 0 };

/** Every record's safeguards, checked in slices while `isWanted`; afterwards the cache answers at once. */
export function useSafeguardSweep(records: readonly CustodyRecord[], isWanted: boolean, nowMs: number, profile: SafeguardProfile): PassProgress {
  return useSlicedPass(records, isWanted, (list, from, to) => {
    for (let position = from; position < Math.min(to, list.length); position++) {
      const record = list[position];
      if (record !== undefined) safeguardsOf(record, nowMs, profile);
    }
  });
}

/** Reads every name in slices as soon as the list shows, then builds the search index. */
function useNameIndexPass(records: readonly CustodyRecord[]): PassProgress {
  const isBuilt = hasNameIndex(records);
  const pass = useSlicedPass(records, !isBuilt, (list, from, to) => {
    prepareNameIndex(list, from, to);
    if (to >= list.length) nameIndexOf(list);
  });
  return isBuilt ? { isDone: true, done: records.length, total: records.length } : pass;
}

/** Positions sorted by the chosen column. Orders that depend on time follow the hour, not every minute. */
function useOrder(records: readonly CustodyRecord[], sort: RegisterSort, categoryRank: CategoryRank, isSwept: boolean): Int32Array {
  const profile = useSafeguardProfile();
  const hourMs = useNow(HOUR_MS).getTime();
  const column = sort.column === 'safeguards' && !isSwept ? 'registerNumber' : sort.column;
  const clockMs = column === 'daysInCustody' || column === 'safeguards' ? hourMs : 0;
  return useMemo(() => {
    const safeguardRank = (record: CustodyRecord) => STATE_URGENCY[worstForOrder(record, clockMs, profile)];
    return sortOrder(records, column, { nowMs: clockMs, categoryRank, safeguardRank });
  }, [records, column, clockMs, categoryRank, profile]);
}

/**
 * The register list as the filters, search and order choose it. Typing and choosing stay
 * immediate: the rows follow through deferred values, and the slow first passes (reading
 * every name, checking every safeguard) run in slices before the rows that need them.
 */
export function useRegisterView(categoryRank: CategoryRank): RegisterView {
  const records = useCustodyRecords();
  const query = useDeferredValue(useRegisterStore((state) => state.query));
  const filter = useDeferredValue(useRegisterStore((state) => state.filter));
  const sort = useDeferredValue(useRegisterStore((state) => state.sort));
  const isStale = useRegisterStore((state) => state.query !== query || state.filter !== filter || state.sort !== sort);
  const nowMs = useNow().getTime();
  const profile = useSafeguardProfile();
  const { timeZone } = useFormat();
  const sweep = useSafeguardSweep(records, filter.safeguard !== '' || sort.column === 'safeguards', nowMs, profile);
  const names = useNameIndexPass(records);
  const order = useOrder(records, sort, categoryRank, sweep.isDone);
  const fromMs = startOfDayMs(filter.admittedFrom, timeZone);
  const toMs = endOfDayMs(filter.admittedTo, timeZone);
  // Until every safeguard is checked, a safeguard filter waits rather than checking them all at once.
  const canMask = filter.safeguard === '' || sweep.isDone;
  const maskNowMs = filter.safeguard === '' ? 0 : nowMs;
  const mask = useMemo(() => {
    if (!canMask) return null;
    const worstOf = (record: CustodyRecord) => safeguardsOf(record, maskNowMs, profile).worst;
    return filterMask(records, filter, { fromMs, toMs, worstOf });
  }, [records, filter, fromMs, toMs, maskNowMs, profile, canMask]);
  const canSearch = query.trim() === '' || names.isDone;
  const scores = useMemo(() => (canSearch ? searchRecords(records, query) : null), [records, query, canSearch]);
  const rows = useMemo(() => (mask === null || !canSearch ? NO_ROWS : selectRows(order, sort.direction === 'descending', mask, scores)), [order, sort.direction, mask, scores, canSearch]);
  if (!canMask) return { records, rows, pending: { kind: 'safeguards', done: sweep.done, total: sweep.total }, isStale };
  if (!canSearch) return { records, rows, pending: { kind: 'search', done: names.done, total: names.total }, isStale };
  return { records, rows, pending: null, isStale };
}
