/**
 * The monitoring figures of a subject (one facility, or every facility linked to a
 * partner) over one period: safeguard tallies from the shared statistics
 * (shared/sharing/aggregate.ts, so they agree with the statistics advisers share), the
 * inspections and their scores, corrective actions open and overdue at the period's end,
 * alerts about events of the period and the age of the newest bundle at its end. Over
 * several facilities, counts add up, the score is the mean of the facilities' latest
 * scores and each measured indicator is the worst facility's, so one overcrowded place is
 * never averaged away.
 */
import type { Movement } from '../custody/population';
import type { CustodyRecord } from '../custody/projection/types';
import type { SafeguardProfile, SafeguardRuleId } from '../custody/safeguards';
import { SAFEGUARD_RULE_IDS } from '../custody/safeguards';
import type { BundleHistory } from '../exchange/history';
import type { ActionsState } from '../inspection/actionsProjection';
import { INDICATOR_DEFINITIONS, INDICATOR_IDS } from '../inspection/indicatorDefinitions';
import type { InspectionsState } from '../inspection/inspectionsProjection';
import type { OversightAlert } from '../oversight/alerts';
import { facilityAggregate } from '../sharing/aggregate';
import type { CalendarPeriod } from '../sharing/period';
import { periodBounds, todayIn } from '../sharing/period';
import type { IndicatorValues } from './measures';
import { actionsAt, alertsIn, bundleAgeAt, inspectionsIn, noIndicatorValues } from './measures';

/** A facility watched: its ledger, its code (inspections and actions name it) and its time zone. */
export type MonitoredFacility = { readonly ledger: string; readonly code: string; readonly timeZone: string };

/** Everything held here that the figures come from. */
export type MonitoringSources = {
  readonly records: readonly CustodyRecord[];
  readonly inspections: InspectionsState;
  readonly actions: ActionsState;
  readonly alerts: readonly OversightAlert[];
  readonly history: BundleHistory;
  readonly now: Date;
  /**
   * Where the viewer is: periods are chosen by its calendar. A period that reaches the
   * viewer's today is not over, and in every facility runs at least to the end of that day,
   * even where the facility's own day has already turned and its calendar would end the
   * period in the past.
   */
  readonly viewerTimeZone: string;
  readonly profile?: SafeguardProfile;
  readonly movementsOf?: (record: CustodyRecord) => readonly Movement[];
};

/** A subject's figures over one period. */
export type Snapshot = {
  /** Outcomes of each rule for the people admitted in the period, in SAFEGUARD_RULE_IDS order. */
  readonly safeguards: readonly RuleTally[];
  readonly heldAtEnd: number;
  readonly inspections: number;
  /** Mean of the latest overall score (0–1) of each facility inspected and scored; null if none. */
  readonly score: number | null;
  readonly scoredFacilities: number;
  /** The worst facility's value of each indicator, from each facility's latest inspection; null if none measured it. */
  readonly indicators: IndicatorValues;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly alerts: number;
  readonly criticalAlerts: number;
  /** Days since the newest bundle of the stalest facility that had sent one; undefined if none had. */
  readonly bundleAgeDays: number | undefined;
  /** Facilities that had sent no bundle by the period's end. */
  readonly withoutBundle: number;
};

/** One rule's outcomes for the people admitted: met in time, overdue (late included) and unknown are the people assessed. */
export type RuleTally = { readonly ruleId: SafeguardRuleId; readonly met: number; readonly overdue: number; readonly unknown: number };

type Tally = { met: number; overdue: number; unknown: number };

const emptyTally = (): Tally => ({ met: 0, overdue: 0, unknown: 0 });

function worse(a: number | null, b: number | null, better: 'higher' | 'lower'): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return better === 'higher' ? Math.min(a, b) : Math.max(a, b);
}

type Totals = { -readonly [K in Exclude<keyof Snapshot, 'safeguards' | 'indicators' | 'score' | 'bundleAgeDays'>]: number } & { scoreSum: number; bundleAgeDays: number | undefined };

/** The period in the facility's calendar; one that reaches the viewer's today ends no earlier than that day does (MonitoringSources.viewerTimeZone). */
function boundsIn(period: CalendarPeriod, timeZone: string, sources: MonitoringSources): { startMs: number; endMs: number } {
  const bounds = periodBounds(period, timeZone);
  if (period.to < todayIn(sources.now.getTime(), sources.viewerTimeZone)) return bounds;
  return { startMs: bounds.startMs, endMs: Math.max(bounds.endMs, periodBounds(period, sources.viewerTimeZone).endMs) };
}

/** NOTE: mutates `totals`, `tallies` and `indicators`. Adds one facility's figures. */
function addFacility(facility: MonitoredFacility, period: CalendarPeriod, sources: MonitoringSources, into: { totals: Totals; tallies: Map<SafeguardRuleId, Tally>; indicators: Record<string, number | null> }): void {
  const { totals, tallies, indicators } = into;
  const { startMs, endMs } = boundsIn(period, facility.timeZone, sources);
  const asOfMs = Math.min(endMs, sources.now.getTime());
  const aggregate = facilityAggregate({ records: sources.records, ledger: facility.ledger, startMs, endMs, now: sources.now, ...(sources.profile === undefined ? {} : { profile: sources.profile }), ...(sources.movementsOf === undefined ? {} : { movementsOf: sources.movementsOf }) });
  for (const tally of aggregate.safeguards) {
    const sum = tallies.get(tally.ruleId);
    if (sum === undefined) continue;
    sum.met += tally.met;
    sum.overdue += tally.overdue;
    sum.unknown += tally.unknown;
  }
  totals.heldAtEnd += aggregate.heldAtEnd;
  const inspected = inspectionsIn(sources.inspections, facility.code, startMs, endMs);
  totals.inspections += inspected.count;
  if (inspected.score !== null) {
    totals.scoreSum += inspected.score;
    totals.scoredFacilities += 1;
  }
  for (const id of INDICATOR_IDS) indicators[id] = worse(indicators[id] ?? null, inspected.indicators?.[id] ?? null, INDICATOR_DEFINITIONS[id].better);
  const actions = actionsAt(sources.actions, facility.code, asOfMs, facility.timeZone, endMs);
  totals.openActions += actions.open;
  totals.overdueActions += actions.overdue;
  const alerts = alertsIn(sources.alerts, facility.ledger, startMs, endMs);
  totals.alerts += alerts.total;
  totals.criticalAlerts += alerts.critical;
  const age = bundleAgeAt(sources.history, facility.ledger, asOfMs, endMs);
  if (age === undefined) totals.withoutBundle += 1;
  else totals.bundleAgeDays = Math.max(totals.bundleAgeDays ?? 0, age);
}

/** The figures of the facilities over a period. */
export function periodSnapshot(facilities: readonly MonitoredFacility[], period: CalendarPeriod, sources: MonitoringSources): Snapshot {
  const totals: Totals = { heldAtEnd: 0, inspections: 0, scoreSum: 0, scoredFacilities: 0, openActions: 0, overdueActions: 0, alerts: 0, criticalAlerts: 0, bundleAgeDays: undefined, withoutBundle: 0 };
  const tallies = new Map<SafeguardRuleId, Tally>(SAFEGUARD_RULE_IDS.map((ruleId) => [ruleId, emptyTally()]));
  const indicators = noIndicatorValues();
  for (const facility of facilities) addFacility(facility, period, sources, { totals, tallies, indicators });
  const { scoreSum, ...counts } = totals;
  return {
    ...counts,
    safeguards: SAFEGUARD_RULE_IDS.map((ruleId) => ({ ruleId, ...(tallies.get(ruleId) ?? emptyTally()) })),
    score: totals.scoredFacilities === 0 ? null : scoreSum / totals.scoredFacilities,
    indicators,
  };
}

/** One point of a chart: a month (cut to the span) and its figures. */
export type SeriesPoint = { readonly period: CalendarPeriod; readonly snapshot: Snapshot };

/** The figures month by month. */
export function monthlySeries(facilities: readonly MonitoredFacility[], months: readonly CalendarPeriod[], sources: MonitoringSources): SeriesPoint[] {
  return months.map((period) => ({ period, snapshot: periodSnapshot(facilities, period, sources) }));
}
