/**
 * The safeguard audit across facilities (issue P6 item 2): for each facility and calendar
 * month, how the people admitted that month fared under each safeguard rule, how long their
 * entry took to be written, and how many solitary confinement episodes ran past the limit;
 * and every breach of every rule, the ones still open first.
 *
 * Months are calendar months on the facility's own wall clock (its profile's time zone), as
 * shared statistics count days (shared/sharing/period.ts): a person admitted at 01:00 on
 * 1 March in Baghdad counts in March wherever the adviser reads it. A person counts in the
 * month of the admission; an episode of solitary confinement in the month it began.
 *
 * Outcomes are counted by the aggregate's own tally (shared/sharing/aggregate.ts), so these
 * rates agree with shared statistics and the monitoring dashboard: `met` means in time,
 * `late` (done after the limit) is part of `overdue`, and a month with nobody assessed has
 * no rate rather than 0 %.
 */
import { medianOf } from '../custody/population';
import type { CustodyRecord, TimelineEntry } from '../custody/projection/types';
import { CLOSED_STATUSES } from '../custody/projection/types';
import type { SafeguardProfile, SafeguardResult, SafeguardRuleId } from '../custody/safeguards';
import { addThreshold, evaluateRecord, SAFEGUARD_RULES, thresholdFor } from '../custody/safeguards';
import { pairSolitaryEpisodes } from '../custody/safeguards/checksRegime';
import type { SafeguardTally } from '../sharing/aggregate';
import { tallySafeguards } from '../sharing/aggregate';
import { periodBounds } from '../sharing/period';
import { localDateTimeOf } from '../util/zonedTime';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A facility to audit and the zone its months are counted in. */
export type FacilityZone = { readonly ledger: string; readonly timeZone: string };

/** Lengths of time: how many are known, how many could not be measured, and their median. */
export type DelaySummary = { readonly known: number; readonly unknown: number; readonly medianMs: number | undefined };

/** Solitary confinement episodes that began in the month. */
export type SolitaryCounts = {
  readonly started: number;
  /** Longer than the rule's limit (15 consecutive days by default, Mandela Rule 44), ended or not. */
  readonly overLimit: number;
  /** Not ended when the audit was made. */
  readonly ongoing: number;
};

/** One facility's month. */
export type MonthRates = {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly admitted: number;
  /** Every rule, in the order of SAFEGUARD_RULE_IDS. */
  readonly safeguards: readonly SafeguardTally[];
  /** From deprivation of liberty (the arrest) to the entry being written; unknown when the arrest time is not. */
  readonly arrestToEntry: DelaySummary;
  /** From the admission to the entry being written (registration rule T1). */
  readonly admissionToEntry: DelaySummary;
  readonly solitary: SolitaryCounts;
};

export type FacilityRates = { readonly ledger: string; readonly months: readonly MonthRates[] };

/** A rule breached for one person. */
export type SafeguardBreach = {
  readonly recordId: string;
  readonly ledger: string;
  readonly ruleId: SafeguardRuleId;
  /** The person is still held (in custody or at hospital). */
  readonly isHeld: boolean;
  /**
   * Still failing now and something can still be done: a duty not done (or an episode still
   * running) for a person held, or a duty owed even after custody (a death not reported).
   */
  readonly isOpen: boolean;
  readonly dueMs?: number;
  readonly doneMs?: number;
};

export type SafeguardAudit = { readonly facilities: readonly FacilityRates[]; readonly breaches: readonly SafeguardBreach[] };

export type SafeguardAuditInput = {
  readonly records: Iterable<CustodyRecord>;
  readonly facilities: readonly FacilityZone[];
  /** First and last month counted (`YYYY-MM`, both included). */
  readonly fromMonth: string;
  readonly toMonth: string;
  readonly now: Date;
  readonly profile?: SafeguardProfile;
};

/** The month `count` months after (before, if negative) `month`. */
export function addMonths(month: string, count: number): string {
  const match = MONTH.exec(month);
  if (match === null) return month;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; none when either is malformed or they are reversed. */
export function monthsBetween(from: string, to: string): string[] {
  if (!MONTH.test(from) || !MONTH.test(to) || from > to) return [];
  const months = [from];
  while ((months.at(-1) ?? to) < to) months.push(addMonths(months.at(-1) ?? to, 1));
  return months;
}

/** The calendar month of an instant on a wall clock in `timeZone`. */
export function monthOf(ms: number, timeZone: string): string {
  return localDateTimeOf(ms, timeZone).date.slice(0, 7);
}

/** The instants the months start, and the instant the last one ends, in `timeZone`. */
function monthStarts(months: readonly string[], timeZone: string): number[] {
  const after = addMonths(months.at(-1) ?? '1970-01', 1);
  return [...months, after].map((month) => periodBounds({ from: `${month}-01`, to: `${month}-01` }, timeZone).startMs);
}

/** The index of the month holding `ms`, or -1 outside the months. */
function monthIndex(starts: readonly number[], ms: number): number {
  for (let index = 0; index < starts.length - 1; index += 1) {
    if (ms >= (starts[index] ?? 0) && ms < (starts[index + 1] ?? 0)) return index;
  }
  return -1;
}

type MonthTally = {
  readonly results: (readonly SafeguardResult[])[];
  readonly arrest: number[];
  arrestUnknown: number;
  readonly entry: number[];
  solitary: { started: number; overLimit: number; ongoing: number };
};

const newMonth = (): MonthTally => ({ results: [], arrest: [], arrestUnknown: 0, entry: [], solitary: { started: 0, overLimit: 0, ongoing: 0 } });

function solitaryEpisodes(record: CustodyRecord) {
  const effective = (type: TimelineEntry['type']) => record.timeline.filter((entry) => entry.type === type && !record.voidedEventIds.has(entry.id));
  return pairSolitaryEpisodes(effective('custody.solitary_started'), effective('custody.solitary_ended'));
}

/** NOTE: mutates `months`. Counts the record's episodes in the months they began. */
function countSolitary(months: MonthTally[], starts: readonly number[], record: CustodyRecord, input: SafeguardAuditInput): void {
  const threshold = thresholdFor(SAFEGUARD_RULES['solitary-duration'], record.legalRegime, record.childStatus === 'child', input.profile);
  for (const { start, end } of solitaryEpisodes(record)) {
    const counts = months[monthIndex(starts, start.occurredMs)]?.solitary;
    if (counts === undefined) continue;
    const endMs = end?.occurredMs ?? record.custodyEndMs;
    counts.started += 1;
    if (endMs === undefined) counts.ongoing += 1;
    if (threshold !== null && (endMs ?? input.now.getTime()) > addThreshold(start.occurredMs, threshold)) counts.overLimit += 1;
  }
}

/** Whether a solitary episode is still running past the limit now. */
function hasRunningOverLimit(record: CustodyRecord, input: SafeguardAuditInput): boolean {
  const threshold = thresholdFor(SAFEGUARD_RULES['solitary-duration'], record.legalRegime, record.childStatus === 'child', input.profile);
  if (threshold === null) return false;
  return solitaryEpisodes(record).some(({ start, end }) => end === undefined && input.now.getTime() > addThreshold(start.occurredMs, threshold));
}

/**
 * Duties still owed after custody ended (their checks do not stop at the end of custody):
 * the family told of a transfer, an allegation referred, a death reported.
 */
const OWED_AFTER_CUSTODY: ReadonlySet<SafeguardRuleId> = new Set(['family-notified-transfer', 'ill-treatment-referral', 'death-reporting']);

/** The record's breaches: every rule whose outcome is overdue. */
function breachesOf(record: CustodyRecord, results: readonly SafeguardResult[], input: SafeguardAuditInput): SafeguardBreach[] {
  const isHeld = !CLOSED_STATUSES.has(record.status);
  return results
    .filter((result) => result.state === 'overdue')
    .map((result) => {
      const isNotDone = result.doneMs === undefined && result.notes?.includes('completed_late') !== true;
      const isRunning = result.ruleId !== 'solitary-duration' || hasRunningOverLimit(record, input);
      return {
        recordId: record.id, ledger: record.ledger, ruleId: result.ruleId, isHeld,
        isOpen: (isHeld || OWED_AFTER_CUSTODY.has(result.ruleId)) && isNotDone && isRunning,
        ...(result.dueMs === undefined ? {} : { dueMs: result.dueMs }),
        ...(result.doneMs === undefined ? {} : { doneMs: result.doneMs }),
      };
    });
}

/** NOTE: mutates `month`. One person admitted in the month. */
function countAdmission(month: MonthTally, record: CustodyRecord, results: readonly SafeguardResult[]): void {
  month.results.push(results);
  month.entry.push(Math.max(0, record.admissionRecordedMs - record.admittedMs));
  if (record.arrestMs === undefined) month.arrestUnknown += 1;
  else month.arrest.push(Math.max(0, record.admissionRecordedMs - record.arrestMs));
}

function summary(lengths: readonly number[], unknown: number): DelaySummary {
  return { known: lengths.length, unknown, medianMs: medianOf(lengths) };
}

function monthRates(month: string, tally: MonthTally): MonthRates {
  return {
    month,
    admitted: tally.results.length,
    safeguards: tallySafeguards(tally.results),
    arrestToEntry: summary(tally.arrest, tally.arrestUnknown),
    admissionToEntry: summary(tally.entry, 0),
    solitary: { ...tally.solitary },
  };
}

/** Breaches still open first, then the longest overdue (earliest deadline) first. */
function byUrgency(a: SafeguardBreach, b: SafeguardBreach): number {
  return Number(b.isOpen) - Number(a.isOpen) || (a.dueMs ?? Number.NEGATIVE_INFINITY) - (b.dueMs ?? Number.NEGATIVE_INFINITY) || (a.recordId < b.recordId ? -1 : 1);
}

/** The audit of the given facilities: monthly figures per facility and every breach. Voided admissions count nowhere. */
export function safeguardAudit(input: SafeguardAuditInput): SafeguardAudit {
  const months = monthsBetween(input.fromMonth, input.toMonth);
  const perLedger = new Map(input.facilities.map((facility) => [facility.ledger, { starts: monthStarts(months, facility.timeZone), tallies: months.map(newMonth) }]));
  const breaches: SafeguardBreach[] = [];
  for (const record of input.records) {
    const facility = perLedger.get(record.ledger);
    if (facility === undefined || record.isVoided) continue;
    const results = evaluateRecord(record, input.now, input.profile);
    breaches.push(...breachesOf(record, results, input));
    const month = facility.tallies[monthIndex(facility.starts, record.admittedMs)];
    if (month !== undefined) countAdmission(month, record, results);
    countSolitary(facility.tallies, facility.starts, record, input);
  }
  const facilities = input.facilities.map((facility) => ({
    ledger: facility.ledger,
    months: months.map((month, index) => monthRates(month, perLedger.get(facility.ledger)?.tallies[index] ?? newMonth())),
  }));
  return { facilities, breaches: breaches.sort(byUrgency) };
}

/** The months of the last `count` months up to the one holding `nowMs` in `timeZone`. */
export function recentMonths(count: number, nowMs: number, timeZone: string): { fromMonth: string; toMonth: string } {
  const toMonth = monthOf(nowMs, timeZone);
  return { fromMonth: addMonths(toMonth, 1 - Math.max(1, count)), toMonth };
}

/** Each rule's outcomes summed over the months given (the whole period of one facility). */
export function totalsOver(months: readonly MonthRates[]): SafeguardTally[] {
  const [first, ...rest] = months;
  if (first === undefined) return tallySafeguards([]);
  return first.safeguards.map((tally, index) =>
    rest.reduce((sum, month) => {
      const next = month.safeguards[index] ?? sum;
      return { ruleId: sum.ruleId, met: sum.met + next.met, overdue: sum.overdue + next.overdue, unknown: sum.unknown + next.unknown, late: sum.late + next.late, due: sum.due + next.due };
    }, tally),
  );
}
