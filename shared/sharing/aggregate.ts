/**
 * The figures of one facility's register over a period, counted without keeping anything
 * about any person: who was held when the period began and ended and in which legal
 * category, how people came and left (transfers and deaths included), how long the stays
 * that ended lasted, and how often each safeguard was met for people admitted in the
 * period. Built on the register's own counting (shared/custody/population.ts) and
 * safeguard rules (shared/custody/safeguards.ts), so these figures agree with the
 * population screen and the register's badges.
 */
import type { CategoryKey, FlowKind, Movement, StaySummary } from '../custody/population';
import { FLOW_KINDS, recordMovements, summariseStays } from '../custody/population';
import { LEGAL_CATEGORIES } from '../custody/events/common';
import type { CustodyRecord } from '../custody/projection/types';
import type { SafeguardProfile, SafeguardResult, SafeguardRuleId } from '../custody/safeguards';
import { evaluateRecord, SAFEGUARD_RULE_IDS } from '../custody/safeguards';

/** Every legal category key, `unknown` last. */
export const CATEGORY_KEYS: readonly CategoryKey[] = [...LEGAL_CATEGORIES, 'unknown'];

/**
 * Outcomes of one safeguard rule for the people admitted in the period. `met`, `overdue`
 * and `unknown` are the people assessed; `late` (done, but after the limit) is part of
 * `overdue`; `due` (limit not reached yet) is not assessed.
 */
export type SafeguardTally = {
  readonly ruleId: SafeguardRuleId;
  readonly met: number;
  readonly overdue: number;
  readonly unknown: number;
  readonly late: number;
  readonly due: number;
};

export type FacilityAggregate = {
  readonly heldAtStart: number;
  readonly heldAtEnd: number;
  readonly childrenAtEnd: number;
  readonly womenAtEnd: number;
  /** People held at the end, by legal category; adds up to heldAtEnd. */
  readonly byCategory: Readonly<Record<CategoryKey, number>>;
  /** Entries and exits during the period. */
  readonly flows: Readonly<Record<FlowKind, number>>;
  /** Stays ended during the period. */
  readonly endedStays: StaySummary;
  /** Every rule, in the order of SAFEGUARD_RULE_IDS; `due` and not applicable outcomes are not counted. */
  readonly safeguards: readonly SafeguardTally[];
};

export type AggregateInput = {
  readonly records: Iterable<CustodyRecord>;
  /** The facility's ledger: only its records count. */
  readonly ledger: string;
  readonly startMs: number;
  /** The instant the period ends (exclusive); a period ending later than now counts up to now. */
  readonly endMs: number;
  /** When safeguards are evaluated. */
  readonly now: Date;
  readonly profile?: SafeguardProfile;
  /** recordMovements, or a cached copy of it. */
  readonly movementsOf?: (record: CustodyRecord) => readonly Movement[];
};

/** Whether the record's person was held just before `ms`, from its movements in order. */
function isHeldBefore(movements: readonly Movement[], ms: number): boolean {
  let isHeld = false;
  for (const movement of movements) {
    if (movement.ms >= ms) break;
    isHeld = movement.change === 1;
  }
  return isHeld;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

type Tally = { -readonly [K in Exclude<keyof SafeguardTally, 'ruleId'>]: number };

/** NOTE: mutates `tally`. One person's outcome of one rule. */
function countResult(tally: Tally, result: SafeguardResult): void {
  if (result.state === 'met') tally.met += 1;
  else if (result.state === 'unknown') tally.unknown += 1;
  else if (result.state === 'due') tally.due += 1;
  else if (result.state === 'overdue') {
    tally.overdue += 1;
    if (result.notes?.includes('completed_late') === true) tally.late += 1;
  }
}

/**
 * Every rule's outcomes over a group of people (one list of results per person, as
 * evaluateRecord gives them), in the order of SAFEGUARD_RULE_IDS. Shared with the
 * oversight audit's monthly rates so both count alike.
 */
export function tallySafeguards(resultsPerPerson: Iterable<readonly SafeguardResult[]>): SafeguardTally[] {
  const tallies = new Map<SafeguardRuleId, Tally>(SAFEGUARD_RULE_IDS.map((ruleId) => [ruleId, { met: 0, overdue: 0, unknown: 0, late: 0, due: 0 }]));
  for (const results of resultsPerPerson) {
    for (const result of results) {
      const tally = tallies.get(result.ruleId);
      if (tally !== undefined) countResult(tally, result);
    }
  }
  return SAFEGUARD_RULE_IDS.map((ruleId) => ({ ruleId, ...(tallies.get(ruleId) ?? { met: 0, overdue: 0, unknown: 0, late: 0, due: 0 }) }));
}

/** The share of the people assessed for whom a rule was met in time; undefined when nobody was assessed (no rate, not 0 %). */
export function metShare(tally: SafeguardTally): number | undefined {
  const assessed = tally.met + tally.overdue + tally.unknown;
  return assessed === 0 ? undefined : tally.met / assessed;
}

type Counts = Omit<FacilityAggregate, 'byCategory' | 'flows' | 'endedStays' | 'safeguards'>;

/** NOTE: mutates `counts`, `byCategory` and `flows`. One record's movements and where it stood at both ends. */
function countRecord(record: CustodyRecord, movements: readonly Movement[], input: AggregateInput, into: { counts: { -readonly [K in keyof Counts]: number }; byCategory: Record<CategoryKey, number>; flows: Record<FlowKind, number> }): void {
  const { counts, byCategory, flows } = into;
  if (isHeldBefore(movements, input.startMs)) counts.heldAtStart += 1;
  if (isHeldBefore(movements, input.endMs)) {
    counts.heldAtEnd += 1;
    byCategory[record.legalCategory ?? 'unknown'] += 1;
    if (record.childStatus === 'child') counts.childrenAtEnd += 1;
    if (record.isWoman) counts.womenAtEnd += 1;
  }
  for (const movement of movements) {
    if (movement.ms >= input.startMs && movement.ms < input.endMs) flows[movement.kind] += 1;
  }
}

/** The figures of one facility over a period. Voided admissions count nowhere. */
export function facilityAggregate(input: AggregateInput): FacilityAggregate {
  const movementsOf = input.movementsOf ?? recordMovements;
  const into = {
    counts: { heldAtStart: 0, heldAtEnd: 0, childrenAtEnd: 0, womenAtEnd: 0 },
    byCategory: zeros(CATEGORY_KEYS),
    flows: zeros(FLOW_KINDS),
  };
  const stays: number[] = [];
  const admitted: SafeguardResult[][] = [];
  for (const record of input.records) {
    if (record.ledger !== input.ledger || record.isVoided) continue;
    countRecord(record, movementsOf(record), input, into);
    const end = record.custodyEndMs;
    if (end !== undefined && end >= input.startMs && end < input.endMs) stays.push(Math.max(0, end - record.admittedMs));
    if (record.admittedMs >= input.startMs && record.admittedMs < input.endMs) admitted.push(evaluateRecord(record, input.now, input.profile));
  }
  const safeguards = tallySafeguards(admitted);
  return { ...into.counts, byCategory: into.byCategory, flows: into.flows, endedStays: summariseStays(stays), safeguards };
}
