/**
 * The facilities overview (issue P6 item 1): one row per facility whose register was
 * imported, with what an adviser checks first. A facility that has sent nothing for a
 * while is itself a warning: registers that stop arriving are how oversight goes blind.
 * Held bundles (something missing in between) and forks (two histories) are counted
 * per facility so the screen can show them before anything else.
 */
import type { CustodyRecord } from '../custody/projection/types';
import { CLOSED_STATUSES } from '../custody/projection/types';
import type { SafeguardProfile } from '../custody/safeguards';
import { evaluateRecord } from '../custody/safeguards';
import type { BundleHistory, ImportEntry } from '../exchange/history';
import type { ActionCounts } from '../inspection/actionViews';
import type { InspectionsState } from '../inspection/inspectionsProjection';
import { datedInspection, inspectionsOfFacility } from '../inspection/inspectionsProjection';
import { scoreInspection } from '../inspection/scoring';

/** Default: warn when a facility has sent nothing for this many days. */
export const DEFAULT_STALE_DAYS = 14;
const DAY_MS = 86_400_000;

/** People held and open safeguard breaches of one ledger. */
export type CustodyCounts = {
  /** In custody or at hospital. */
  readonly population: number;
  /** People held with at least one overdue safeguard. */
  readonly breachedPeople: number;
  /** Overdue safeguards of the people held. */
  readonly breaches: number;
};

/** Counts per ledger; safeguards judged at `now` for the people still held. */
export function custodyCountsByLedger(records: readonly CustodyRecord[], now: Date, profile?: SafeguardProfile): Map<string, CustodyCounts> {
  const counts = new Map<string, CustodyCounts>();
  for (const record of records) {
    if (record.isVoided || CLOSED_STATUSES.has(record.status)) continue;
    const overdue = evaluateRecord(record, now, profile).filter((result) => result.state === 'overdue').length;
    const current = counts.get(record.ledger) ?? { population: 0, breachedPeople: 0, breaches: 0 };
    counts.set(record.ledger, {
      population: current.population + 1,
      breachedPeople: current.breachedPeople + Number(overdue > 0),
      breaches: current.breaches + overdue,
    });
  }
  return counts;
}

/** The latest bundle applied here that carried events of `ledger` (relayed ones included). */
export function lastBundleCarrying(history: BundleHistory, ledger: string): ImportEntry | undefined {
  let last: ImportEntry | undefined;
  for (const entry of history.imports) {
    if (!entry.segments.some((segment) => segment.ledger === ledger)) continue;
    if (last === undefined || entry.stamp.at > last.stamp.at) last = entry;
  }
  return last;
}

/** The latest inspection of a facility (by its code) and its overall score (null if nothing was scored or its template is not held). */
export function latestInspection(state: InspectionsState, facilityCode: string): { readonly id: string; readonly occurredAt: string; readonly score: number | null } | undefined {
  const record = inspectionsOfFacility(state, facilityCode).at(-1);
  if (record === undefined) return undefined;
  const dated = datedInspection(state, record);
  const score = dated === undefined ? null : scoreInspection(dated.template, dated.answers).overall.score;
  return { id: record.id, occurredAt: record.meta.occurredAt, score };
}

/** What the overview knows of one facility. */
export type FacilityOverviewInput = {
  readonly ledger: string;
  readonly name: string;
  readonly code: string;
  /** The last event held of its ledger. */
  readonly newestEvent?: { readonly seq: number; readonly occurredAt: string; readonly recordedAt: string };
  readonly custody?: CustodyCounts;
  readonly actions?: ActionCounts;
  readonly inspection?: { readonly id: string; readonly occurredAt: string; readonly score: number | null };
};

/** One row of the overview. */
export type FacilityOverviewRow = FacilityOverviewInput & {
  readonly lastBundle?: { readonly bundleSeq: number; readonly manifestHash: string; readonly receivedAt: string; readonly createdAt: string; readonly senderFacility: string };
  /** Whole days since the last bundle was received; undefined if none was. */
  readonly daysSinceBundle?: number;
  /** Nothing received for longer than the staleness limit, or never. */
  readonly isStale: boolean;
  /** Bundles of this sender kept until a missing one arrives. */
  readonly held: number;
  /** Bundles refused as a fork or a broken chain, from this sender or about this ledger. */
  readonly forks: number;
};

/** The overview row of one facility, judged at `now` against a staleness limit in days. */
export function facilityOverviewRow(input: FacilityOverviewInput, history: BundleHistory, now: Date, staleDays: number): FacilityOverviewRow {
  const last = lastBundleCarrying(history, input.ledger);
  const held = history.held.filter((entry) => entry.sender.ledger === input.ledger || entry.missingLedger === input.ledger).length;
  const forks = history.refused.filter((entry) => entry.sender.ledger === input.ledger || entry.fork?.ledger === input.ledger).length;
  if (last === undefined) return { ...input, isStale: true, held, forks };
  const daysSinceBundle = Math.max(0, Math.floor((now.getTime() - Date.parse(last.stamp.at)) / DAY_MS));
  return {
    ...input,
    lastBundle: { bundleSeq: last.bundleSeq, manifestHash: last.manifestHash, receivedAt: last.stamp.at, createdAt: last.createdAt, senderFacility: last.sender.facility },
    daysSinceBundle,
    isStale: daysSinceBundle > staleDays,
    held,
    forks,
  };
}

/** Rows needing attention first (forks, held bundles, stale), then by name. */
export function sortOverviewRows(rows: readonly FacilityOverviewRow[], compareNames: (a: string, b: string) => number): FacilityOverviewRow[] {
  const weight = (row: FacilityOverviewRow) => (row.forks > 0 ? 4 : 0) + (row.held > 0 ? 2 : 0) + (row.isStale ? 1 : 0);
  return [...rows].sort((a, b) => weight(b) - weight(a) || compareNames(a.name, b.name));
}
