/**
 * The shared statistics of one facility over a period, computed from the custody records
 * held here (this installation's register or an imported one) and suppressed under the
 * chosen policy; the same figures feed the screen, the CSV file and the printed report.
 */
import { useMemo } from 'react';
import type { FacilityAggregate } from '@shared/sharing/aggregate';
import { facilityAggregate } from '@shared/sharing/aggregate';
import type { CalendarPeriod } from '@shared/sharing/period';
import { calendarPeriodProblem, periodBounds } from '@shared/sharing/period';
import type { StatLine } from '@shared/sharing/publish';
import { publishAggregate } from '@shared/sharing/publish';
import type { SuppressionPolicy } from '@shared/sharing/suppression';
import { isValidThreshold } from '@shared/sharing/suppression';
import { cachedMovements, recordsOf, useCustodyState, useNow, useSafeguardProfile } from '../../custody';

export type FacilityStatistics = { readonly aggregate: FacilityAggregate; readonly lines: readonly StatLine[] };

/** The statistics of a facility's register, or undefined while the period or the policy is not valid. */
export function useFacilityStatistics(facility: { ledger: string; timeZone: string } | undefined, period: CalendarPeriod, policy: SuppressionPolicy): FacilityStatistics | undefined {
  const state = useCustodyState();
  const now = useNow();
  const profile = useSafeguardProfile();
  const { threshold, hideZeros } = policy;
  const { from, to } = period;
  const ledger = facility?.ledger;
  const timeZone = facility?.timeZone;
  return useMemo(() => {
    if (ledger === undefined || timeZone === undefined || calendarPeriodProblem({ from, to }) !== undefined || !isValidThreshold(threshold)) return undefined;
    const { startMs, endMs } = periodBounds({ from, to }, timeZone);
    const aggregate = facilityAggregate({ records: recordsOf(state), ledger, startMs, endMs, now, profile, movementsOf: cachedMovements });
    return { aggregate, lines: publishAggregate(aggregate, { threshold, hideZeros }) };
  }, [state, now, profile, ledger, timeZone, from, to, threshold, hideZeros]);
}
