/**
 * Reads of person matching, derived from projections already in memory: the custody
 * records of every register held here, the facility profiles and the advisers' decisions.
 * Candidates are recomputed, in a worker, only when records change.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { MatchPerson } from '@shared/oversight/matching';
import { matchPersonOfRecord } from '@shared/oversight/matching';
import type { MatchDecision, MatchLinksState } from '@shared/oversight/matchLinks';
import { linkedGroups, matchLinksProjection, standingDecisions } from '@shared/oversight/matchLinks';
import { useCustodyRecords } from '../../custody';
import { facilityProjection, useProjection } from '../../ledger';
import type { CandidatesOutcome } from './candidatesProtocol';
import { readCandidatesProgress, readCandidatesReply, scorerInput, undecided } from './candidatesProtocol';
import { startCandidates } from './candidatesWorker';

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

/** The candidate pairs as the screen shows them: being computed (how many records compared, of how many), found, or not found. */
export type CandidatesView = { readonly status: 'computing'; readonly done: number; readonly records: number } | CandidatesOutcome;

let lastRequest = 0;

/**
 * Pairs proposed for a decision, best first, found off the UI thread whenever the records
 * change (a computation under way is stopped); pairs with a standing decision are left out
 * here, so deciding a pair is seen at once without computing again.
 */
export function useMatchCandidates(): CandidatesView {
  const records = useRecordsById();
  const links = useMatchLinks();
  const people = useMemo(() => [...records.values()].map((record) => scorerInput(matchPersonOfRecord(record))), [records]);
  const [result, setResult] = useState<{ people: readonly MatchPerson[]; outcome: CandidatesOutcome }>();
  const [progress, setProgress] = useState<{ people: readonly MatchPerson[]; done: number }>();
  useEffect(() => {
    lastRequest += 1;
    const id = lastRequest;
    return startCandidates({ kind: 'compute', id, people }, (reply) => {
      const done = readCandidatesProgress(reply, id)?.done;
      if (done !== undefined) setProgress({ people, done });
      const outcome = readCandidatesReply(reply, id);
      if (outcome !== undefined) setResult({ people, outcome });
    });
  }, [people]);
  const decided = useMemo(() => new Set(standingDecisions(links).keys()), [links]);
  return useMemo((): CandidatesView => {
    if (result?.people !== people) return { status: 'computing', done: progress?.people === people ? progress.done : 0, records: people.length };
    const { outcome } = result;
    return outcome.status === 'ready' ? { status: 'ready', candidates: undecided(outcome.candidates, decided) } : outcome;
  }, [result, progress, people, decided]);
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
