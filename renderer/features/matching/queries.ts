/**
 * Reads of person matching, derived from projections already in memory: the custody
 * records of every register held here, the facility profiles and the advisers' decisions.
 * Candidates are recomputed only when records or decisions change.
 */
import { useMemo } from 'react';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { MatchCandidate } from '@shared/oversight/matching';
import { candidatePairs, matchPersonOfRecord } from '@shared/oversight/matching';
import type { MatchDecision, MatchLinksState } from '@shared/oversight/matchLinks';
import { linkedGroups, matchLinksProjection, standingDecisions } from '@shared/oversight/matchLinks';
import { useCustodyRecords } from '../../custody';
import { facilityProjection, useProjection } from '../../ledger';

export function useMatchLinks(): MatchLinksState {
  return useProjection(matchLinksProjection, (state) => state);
}

/** Every record held here by id (voided admissions left out: they describe no one). */
export function useRecordsById(): ReadonlyMap<string, CustodyRecord> {
  const records = useCustodyRecords();
  return useMemo(() => new Map(records.filter((record) => !record.isVoided).map((record) => [record.id, record])), [records]);
}

/** Facility names by ledger, this installation's own included. */
export function useFacilityNames(): ReadonlyMap<string, string> {
  const facilities = useProjection(facilityProjection, (state) => state.byLedger);
  return useMemo(() => new Map([...facilities.values()].map((record) => [record.ledger, record.profile.name])), [facilities]);
}

/** Pairs proposed for a decision, best first; pairs with a standing decision are left out. */
export function useMatchCandidates(): readonly MatchCandidate[] {
  const records = useRecordsById();
  const links = useMatchLinks();
  return useMemo(() => {
    const skip = new Set(standingDecisions(links).keys());
    return candidatePairs([...records.values()].map(matchPersonOfRecord), { skip });
  }, [records, links]);
}

/** Standing decisions, newest first. */
export function useStandingDecisions(): readonly MatchDecision[] {
  const links = useMatchLinks();
  return useMemo(() => [...standingDecisions(links).values()].sort((x, y) => Date.parse(y.meta.occurredAt) - Date.parse(x.meta.occurredAt)), [links]);
}

/** The records linked to this one by confirmed pairs, itself included; just itself when none. */
export function useLinkedRecordIds(recordId: string): readonly string[] {
  const links = useMatchLinks();
  return useMemo(() => linkedGroups(links).get(recordId) ?? [recordId], [links, recordId]);
}
