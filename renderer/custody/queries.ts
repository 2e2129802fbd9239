/**
 * Reads of the register for React. Records come from the in-memory custody projection;
 * lists derived from a state are cached per state object, so every screen reading the
 * same state shares one array and re-renders only when an event changed it.
 */
import type { CustodyState } from '@shared/custody/custodyProjection';
import { custodyRecords, recordOf, registerSeriesAudit } from '@shared/custody/custodyProjection';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { SafeguardProfile, SafeguardResult } from '@shared/custody/safeguards';
import { DEFAULT_SAFEGUARD_PROFILE, evaluateRecord } from '@shared/custody/safeguards';
import { todayIn } from '@shared/sharing/period';
import { useEffect, useMemo, useState } from 'react';
import { useFormat } from '../i18n/useFormat';
import { useProjection } from '../ledger';
import { custodyProjection } from './projection';

const recordLists = new WeakMap<CustodyState, readonly CustodyRecord[]>();

/** Every admitted record of a state (voided admissions included), cached per state. */
export function recordsOf(state: CustodyState): readonly CustodyRecord[] {
  let list = recordLists.get(state);
  if (list === undefined) {
    list = [...custodyRecords(state)];
    recordLists.set(state, list);
  }
  return list;
}

export function useCustodyState(): CustodyState {
  return useProjection(custodyProjection, (state) => state);
}

/** Every custody record, in no particular order (sort where shown). */
export function useCustodyRecords(): readonly CustodyRecord[] {
  return useProjection(custodyProjection, recordsOf);
}

export function useCustodyRecord(recordId: string): CustodyRecord | undefined {
  return useProjection(custodyProjection, (state) => recordOf(state, recordId));
}

/** Gaps and duplicates in one ledger's register numbers (design §4.3). */
export function useRegisterSeriesAudit(ledger: string): ReturnType<typeof registerSeriesAudit> {
  const state = useCustodyState();
  return useMemo(() => registerSeriesAudit(state, ledger), [state, ledger]);
}

/**
 * The thresholds safeguards are judged by. One default profile, per legal regime, from
 * domain.md §2; national profiles will be chosen here.
 */
export function useSafeguardProfile(): SafeguardProfile {
  return DEFAULT_SAFEGUARD_PROFILE;
}

/**
 * The current time, refreshed every `everyMs` while mounted, so a safeguard turns overdue
 * on screen when its deadline passes (tests move the browser's clock).
 */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
    }, everyMs);
    return () => {
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}

/** Today (`YYYY-MM-DD`) in the given time zone, or where the user works: the last day a period may cover. */
export function useToday(timeZone?: string): string {
  const format = useFormat();
  return todayIn(useNow().getTime(), timeZone ?? format.timeZone);
}

/** A record's safeguards now; re-evaluated when the record changes or the earliest deadline passes. */
export function useRecordSafeguards(record: CustodyRecord): readonly SafeguardResult[] {
  const profile = useSafeguardProfile();
  const now = useNow();
  return useMemo(() => evaluateRecord(record, now, profile), [record, now, profile]);
}

