/**
 * The safeguard audit of every imported facility (shared/oversight/safeguardRates.ts),
 * recomputed when the records or the period change, and each minute (deadlines pass with
 * time), as the overview's counts are.
 */
import { useMemo } from 'react';
import type { SafeguardAudit } from '@shared/oversight/safeguardRates';
import { recentMonths, safeguardAudit } from '@shared/oversight/safeguardRates';
import { useCustodyRecords, useNow, useSafeguardProfile } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { useOversightFacilities } from './queries';

const MINUTE_MS = 60_000;

/** Periods an adviser may choose, in months up to the current one. */
export const MONTH_SPANS = ['3', '6', '12', '24'] as const;
export type MonthSpan = (typeof MONTH_SPANS)[number];

export type SafeguardAuditView = SafeguardAudit & { readonly nowMs: number };

/** The audit over the last `span` months, the current one included, as the adviser's calendar reads them. */
export function useSafeguardAudit(span: MonthSpan): SafeguardAuditView {
  const records = useCustodyRecords();
  const facilities = useOversightFacilities();
  const profile = useSafeguardProfile();
  const { timeZone } = useFormat();
  const minute = Math.floor(useNow().getTime() / MINUTE_MS);
  return useMemo(() => {
    const nowMs = minute * MINUTE_MS;
    const months = recentMonths(Number(span), nowMs, timeZone);
    const zones = facilities.map((facility) => ({ ledger: facility.ledger, timeZone: facility.timeZone }));
    return { ...safeguardAudit({ records, facilities: zones, ...months, now: new Date(nowMs), profile }), nowMs };
  }, [records, facilities, profile, timeZone, minute, span]);
}
