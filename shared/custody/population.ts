/**
 * Population statistics of one register (Mandela Rule 10; issue P3 item 6): who is held
 * now and in which category, how many came in and left each day, how long people stay,
 * and occupancy against the official capacity. One pass over the records and their
 * movement entries, so 100k records with a million events take milliseconds; days are
 * given by the caller (their boundaries depend on the facility's time zone).
 */
import type { LegalCategory } from './events/common';
import { LEGAL_CATEGORIES } from './events/common';
import type { CustodyRecord, CustodyStatus } from './projection/types';
import { CUSTODY_STATUSES } from './projection/types';

const DAY_MS = 86_400_000;

/** One calendar day of the period: its label (`YYYY-MM-DD`) and first instant. */
export type PopulationDay = { readonly key: string; readonly startMs: number };

/** The days to count, in order, and the instant the last one ends. */
export type PopulationPeriod = { readonly days: readonly PopulationDay[]; readonly endMs: number };

/** Ways a person leaves, or comes back to, the facility's custody. */
export const FLOW_KINDS = ['admissions', 'transfersIn', 'releases', 'transfersOut', 'deaths', 'escapes'] as const;
/** One of FLOW_KINDS. */
export type FlowKind = (typeof FLOW_KINDS)[number];

/** Movements of one day, and how many were held when it ended. */
export type DayFlow = Readonly<Record<FlowKind, number>> & { readonly key: string; readonly startMs: number; readonly heldAtEnd: number };

/** Upper bounds (exclusive) of the length-of-stay bands; the last band is open. */
export const STAY_BAND_LIMITS_MS = [DAY_MS, 7 * DAY_MS, 30 * DAY_MS, 90 * DAY_MS, 365 * DAY_MS] as const;
/** Names of the bands, one more than the limits. */
export const STAY_BANDS = ['underDay', 'underWeek', 'underMonth', 'underQuarter', 'underYear', 'overYear'] as const;
/** One of STAY_BANDS. */
export type StayBand = (typeof STAY_BANDS)[number];

/** Lengths of stay: how many, the median, and how many in each band. */
export type StaySummary = { readonly count: number; readonly medianMs: number | undefined; readonly bands: Readonly<Record<StayBand, number>> };

/** The legal category of a held person, or `unknown` when the register does not say. */
export type CategoryKey = LegalCategory | 'unknown';

export type PopulationStats = {
  /** Held now: in custody or in hospital (the facility stays responsible for both). */
  readonly held: number;
  readonly inHospital: number;
  readonly children: number;
  readonly women: number;
  readonly foreignNationals: number;
  readonly byCategory: Readonly<Record<CategoryKey, number>>;
  /** Every record that counts (not voided), by where it stands now. */
  readonly byStatus: Readonly<Record<CustodyStatus, number>>;
  readonly records: number;
  /** Records whose admission was voided: never counted anywhere else. */
  readonly voided: number;
  readonly days: readonly DayFlow[];
  readonly totals: Readonly<Record<FlowKind, number>>;
  /** Stays still running at `now`, and stays that ended (release, transfer, death, escape). */
  readonly ongoingStay: StaySummary;
  readonly endedStay: StaySummary;
  readonly capacity: number;
  /** Held ÷ capacity; undefined when no capacity is declared (0). */
  readonly occupancy: number | undefined;
};

export type PopulationInput = {
  readonly records: Iterable<CustodyRecord>;
  /** Only this ledger's records (one facility's register); all when undefined. */
  readonly ledger?: string;
  readonly nowMs: number;
  readonly period: PopulationPeriod;
  readonly capacity: number;
  /** recordMovements, or a cached copy of it (the screen keeps one per record object). */
  readonly movementsOf?: (record: CustodyRecord) => readonly Movement[];
};

const EXITS: Readonly<Partial<Record<string, FlowKind>>> = {
  'custody.released': 'releases',
  'custody.transferred_out': 'transfersOut',
  'custody.died': 'deaths',
  'custody.escaped': 'escapes',
};

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The index of the day holding `ms`: -1 before the period, `days.length` at or after its end. */
export function dayIndexOf(period: PopulationPeriod, ms: number): number {
  const { days } = period;
  if (days.length === 0 || ms < (days[0]?.startMs ?? 0)) return -1;
  if (ms >= period.endMs) return days.length;
  let low = 0;
  let high = days.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((days[middle]?.startMs ?? 0) <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Counters filled during the pass. */
type Tally = {
  readonly flows: Record<FlowKind, number>[];
  /** Change in the number held during each day. */
  readonly deltas: Int32Array;
  baseline: number;
  readonly ongoing: number[];
  readonly ended: number[];
};

/** NOTE: mutates `tally`. One movement: in the period's day, or in the baseline before it. */
function count(tally: Tally, period: PopulationPeriod, ms: number, kind: FlowKind, change: 1 | -1): void {
  const index = dayIndexOf(period, ms);
  if (index < 0) tally.baseline += change;
  else if (index < period.days.length) {
    const flow = tally.flows[index];
    if (flow !== undefined) flow[kind] += 1;
    tally.deltas[index] = (tally.deltas[index] ?? 0) + change;
  }
}

/** One change in whether a record's person is held. */
export type Movement = { readonly ms: number; readonly kind: FlowKind; readonly change: 1 | -1 };

/**
 * A record's admission and the effective (not voided) movements after it. A transfer in
 * after a transfer out brings the person back; exits of someone not held (which
 * validation refuses, but imports may carry) change nothing. Records are immutable, so
 * callers may cache this per record object.
 */
export function recordMovements(record: CustodyRecord): readonly Movement[] {
  const movements: Movement[] = [{ ms: record.admittedMs, kind: 'admissions', change: 1 }];
  let isHeld = true;
  for (const entry of record.timeline) {
    const exit = EXITS[entry.type];
    if (exit === undefined && entry.type !== 'custody.transferred_in') continue;
    if (record.voidedEventIds.has(entry.id)) continue;
    if (exit !== undefined && isHeld) {
      movements.push({ ms: entry.occurredMs, kind: exit, change: -1 });
      isHeld = false;
    } else if (exit === undefined && !isHeld) {
      movements.push({ ms: entry.occurredMs, kind: 'transfersIn', change: 1 });
      isHeld = true;
    }
  }
  return movements;
}

/** The median of lengths, sorted in place as a typed array (fast for 100k values). */
export function medianOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function bandOf(lengthMs: number): StayBand {
  const index = STAY_BAND_LIMITS_MS.findIndex((limit) => lengthMs < limit);
  return STAY_BANDS[index === -1 ? STAY_BANDS.length - 1 : index] ?? 'overYear';
}

/** Lengths of stay as a summary. */
export function summariseStays(lengthsMs: readonly number[]): StaySummary {
  const bands = zeros(STAY_BANDS);
  for (const length of lengthsMs) bands[bandOf(length)] += 1;
  return { count: lengthsMs.length, medianMs: medianOf(lengthsMs), bands };
}

type Snapshot = { -readonly [K in 'held' | 'inHospital' | 'children' | 'women' | 'foreignNationals' | 'records' | 'voided']: number } & {
  byCategory: Record<CategoryKey, number>;
  byStatus: Record<CustodyStatus, number>;
};

/** NOTE: mutates `snapshot`. Where one counted record stands now. */
function countNow(snapshot: Snapshot, record: CustodyRecord): void {
  snapshot.records += 1;
  snapshot.byStatus[record.status] += 1;
  if (record.status !== 'in_custody' && record.status !== 'hospital') return;
  snapshot.held += 1;
  if (record.status === 'hospital') snapshot.inHospital += 1;
  if (record.childStatus === 'child') snapshot.children += 1;
  if (record.isWoman) snapshot.women += 1;
  if (record.isForeignNational) snapshot.foreignNationals += 1;
  snapshot.byCategory[record.legalCategory ?? 'unknown'] += 1;
}

function dayFlows(tally: Tally, period: PopulationPeriod): DayFlow[] {
  let held = tally.baseline;
  return period.days.map((day, index) => {
    held += tally.deltas[index] ?? 0;
    return { key: day.key, startMs: day.startMs, heldAtEnd: held, ...(tally.flows[index] ?? zeros(FLOW_KINDS)) };
  });
}

function totalsOf(days: readonly DayFlow[]): Record<FlowKind, number> {
  const totals = zeros(FLOW_KINDS);
  for (const day of days) for (const kind of FLOW_KINDS) totals[kind] += day[kind];
  return totals;
}

/** The statistics of a register at `nowMs` over a period. Voided admissions count nowhere but `voided`. */
export function populationStats(input: PopulationInput): PopulationStats {
  const { period, nowMs, movementsOf = recordMovements } = input;
  const flows = period.days.map(() => zeros(FLOW_KINDS));
  const tally: Tally = { flows, deltas: new Int32Array(period.days.length), baseline: 0, ongoing: [], ended: [] };
  const snapshot: Snapshot = {
    ...zeros(['held', 'inHospital', 'children', 'women', 'foreignNationals', 'records', 'voided'] as const),
    byCategory: zeros<CategoryKey>([...LEGAL_CATEGORIES, 'unknown']),
    byStatus: zeros(CUSTODY_STATUSES),
  };
  for (const record of input.records) {
    if (input.ledger !== undefined && record.ledger !== input.ledger) continue;
    if (record.isVoided) {
      snapshot.voided += 1;
      continue;
    }
    countNow(snapshot, record);
    for (const movement of movementsOf(record)) count(tally, period, movement.ms, movement.kind, movement.change);
    if (record.custodyEndMs === undefined) tally.ongoing.push(Math.max(0, nowMs - record.admittedMs));
    else tally.ended.push(Math.max(0, record.custodyEndMs - record.admittedMs));
  }
  const days = dayFlows(tally, period);
  const occupancy = input.capacity > 0 ? snapshot.held / input.capacity : undefined;
  const stays = { ongoingStay: summariseStays(tally.ongoing), endedStay: summariseStays(tally.ended) };
  return { ...snapshot, ...stays, days, totals: totalsOf(days), capacity: input.capacity, occupancy };
}
