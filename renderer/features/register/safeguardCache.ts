/**
 * Safeguard results per record, kept until they could change: until the record changes
 * (a new record object) or its earliest pending deadline passes (resultsValidUntil). The
 * list badges, filters and sorts 100k records by their worst state, and the needs-action
 * view reads every result; after the first pass only changed records are evaluated again.
 */
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { SafeguardProfile, SafeguardResult, SafeguardState } from '@shared/custody/safeguards';
import { evaluateRecord, resultsValidUntil, worstState } from '@shared/custody/safeguards';

/** A record's results and the window of time they hold for. */
export type RecordSafeguards = {
  readonly results: readonly SafeguardResult[];
  readonly worst: SafeguardState;
  readonly profile: SafeguardProfile;
  readonly fromMs: number;
  readonly untilMs: number;
};

// Keyed by the record object: the projection replaces a record whenever one of its events
// arrives, so a stale entry can never be read, and dropped records free their entries.
const cache = new WeakMap<CustodyRecord, RecordSafeguards>();

/** The record's safeguards at `nowMs` under `profile`, evaluated only when the cached ones may have changed. */
export function safeguardsOf(record: CustodyRecord, nowMs: number, profile: SafeguardProfile): RecordSafeguards {
  const held = cache.get(record);
  if (held !== undefined && held.profile === profile && nowMs >= held.fromMs && nowMs <= held.untilMs) return held;
  const now = new Date(nowMs);
  const results = evaluateRecord(record, now, profile);
  const entry = { results, worst: worstState(results), profile, fromMs: nowMs, untilMs: resultsValidUntil(results, now) };
  cache.set(record, entry);
  return entry;
}

/**
 * The worst state to order the list by: the cached one while it is not past its window
 * (an hourly order need not follow each minute), else evaluated at `nowMs`.
 */
export function worstForOrder(record: CustodyRecord, nowMs: number, profile: SafeguardProfile): SafeguardState {
  const held = cache.get(record);
  if (held !== undefined && held.profile === profile && nowMs <= held.untilMs) return held.worst;
  return safeguardsOf(record, nowMs, profile).worst;
}

/** How urgent a state is, most urgent first (the order of the list badge). */
export const STATE_URGENCY: Readonly<Record<SafeguardState, number>> = { overdue: 0, unknown: 1, due: 2, met: 3, not_applicable: 4 };

/** States that call for someone to act. */
export const ACTION_STATES: ReadonlySet<SafeguardState> = new Set(['overdue', 'unknown', 'due']);

/** The result that makes the record's badge: the first of the most urgent state, soonest deadline first. */
export function worstResult(safeguards: RecordSafeguards): SafeguardResult | undefined {
  let pick: SafeguardResult | undefined;
  for (const result of safeguards.results) {
    if (result.state !== safeguards.worst) continue;
    if (pick === undefined || (result.dueMs ?? Infinity) < (pick.dueMs ?? Infinity)) pick = result;
  }
  return pick;
}

/** How many rules call for action on the record. */
export function actionCount(safeguards: RecordSafeguards): number {
  return safeguards.results.filter((result) => ACTION_STATES.has(result.state)).length;
}
