/**
 * What changed between a baseline and a comparison period, as observations: for each
 * indicator the value in both periods and whether it moved the better way, the worse
 * way or not really. A rate over a handful of people says nothing about a trend, so a
 * rate whose denominator is under MIN_DENOMINATOR in either period is "too few to
 * compare"; counts of events are only compared over periods of about the same length.
 * Rules are not pooled into one rate: outcomes of several rules for one person are not
 * independent, so a pooled denominator would overstate how many people stand behind it.
 * The data may suggest; a person decides: nothing here recommends an action.
 */
import type { SafeguardRuleId } from '../custody/safeguards';
import type { IndicatorId } from '../inspection/indicatorDefinitions';
import { INDICATOR_DEFINITIONS, INDICATOR_IDS } from '../inspection/indicatorDefinitions';
import type { Snapshot } from './snapshot';

/** Fewest people assessed, in each period, for a rate to be compared. */
export const MIN_DENOMINATOR = 5;
/** Rates or scores closer than this (0–1 scale: five points) read as unchanged. */
export const SAME_SHARE = 0.05;
/** Measured values closer than this share of the baseline read as unchanged. */
export const SAME_RELATIVE = 0.05;

/** What is compared. */
export type MonitoringIndicator =
  | { readonly kind: 'safeguard'; readonly ruleId: SafeguardRuleId }
  | { readonly kind: 'inspection_score' }
  | { readonly kind: 'inspection_indicator'; readonly id: IndicatorId }
  | { readonly kind: 'open_actions' }
  | { readonly kind: 'overdue_actions' }
  | { readonly kind: 'alerts' }
  | { readonly kind: 'critical_alerts' }
  | { readonly kind: 'bundle_age' };

/** A value in one period: a share of people, a count, a measured value, or nothing. */
export type Measured =
  | { readonly kind: 'rate'; readonly met: number; readonly assessed: number }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'none' };

/** How an indicator moved. */
export const VERDICTS = ['worse', 'better', 'same', 'too_few', 'not_comparable', 'no_data'] as const;
/** One of VERDICTS. */
export type Verdict = (typeof VERDICTS)[number];

/** One line of the comparison. */
export type Change = {
  /** Stable, for keys: `safeguard:judge-appearance`, `open_actions` … */
  readonly key: string;
  readonly indicator: MonitoringIndicator;
  readonly better: 'higher' | 'lower';
  readonly baseline: Measured;
  readonly comparison: Measured;
  readonly verdict: Verdict;
};

/** A rate's value (0–1), or undefined without anyone assessed. */
export function rateOf(measured: Measured): number | undefined {
  if (measured.kind === 'rate') return measured.assessed === 0 ? undefined : measured.met / measured.assessed;
  return measured.kind === 'none' ? undefined : measured.value;
}

function rate(tally: { met: number; overdue: number; unknown: number }): Measured {
  // Unknown outcomes count as assessed and not met: missing data is itself a finding.
  return { kind: 'rate', met: tally.met, assessed: tally.met + tally.overdue + tally.unknown };
}

function direction(from: number, to: number, better: 'higher' | 'lower', same: number): Verdict {
  if (Math.abs(to - from) <= same) return 'same';
  return (to > from) === (better === 'higher') ? 'better' : 'worse';
}

/** NOTE: a value `none` in either period gives no_data. */
function verdictOf(a: Measured, b: Measured, better: 'higher' | 'lower', isFlow: boolean, lengthsDiffer: boolean): Verdict {
  if (a.kind === 'rate' && b.kind === 'rate') {
    if (a.assessed === 0 && b.assessed === 0) return 'no_data';
    if (a.assessed < MIN_DENOMINATOR || b.assessed < MIN_DENOMINATOR) return 'too_few';
    return direction(a.met / a.assessed, b.met / b.assessed, better, SAME_SHARE);
  }
  if (a.kind === 'none' || b.kind === 'none' || a.kind === 'rate' || b.kind === 'rate') return 'no_data';
  if (isFlow && lengthsDiffer) return 'not_comparable';
  const same = a.kind === 'count' ? 0 : Math.abs(a.value) * SAME_RELATIVE;
  return direction(a.value, b.value, better, same);
}

type Line = { key: string; indicator: MonitoringIndicator; better: 'higher' | 'lower'; isFlow?: boolean; read: (snapshot: Snapshot) => Measured };

const count = (value: number): Measured => ({ kind: 'count', value });
const valueOrNone = (value: number | null | undefined): Measured => (value === null || value === undefined ? { kind: 'none' } : { kind: 'value', value });

function safeguardLine(ruleId: SafeguardRuleId): Line {
  return {
    key: `safeguard:${ruleId}`, indicator: { kind: 'safeguard', ruleId }, better: 'higher',
    read: (snapshot) => {
      const tally = snapshot.safeguards.find((item) => item.ruleId === ruleId);
      return tally === undefined ? { kind: 'none' } : rate(tally);
    },
  };
}

function lines(snapshot: Snapshot): Line[] {
  return [
    ...snapshot.safeguards.map((tally) => safeguardLine(tally.ruleId)),
    { key: 'inspection_score', indicator: { kind: 'inspection_score' }, better: 'higher', read: (s) => valueOrNone(s.score) },
    ...INDICATOR_IDS.map((id): Line => ({ key: `inspection_indicator:${id}`, indicator: { kind: 'inspection_indicator', id }, better: INDICATOR_DEFINITIONS[id].better, read: (s) => valueOrNone(s.indicators[id]) })),
    { key: 'open_actions', indicator: { kind: 'open_actions' }, better: 'lower', read: (s) => count(s.openActions) },
    { key: 'overdue_actions', indicator: { kind: 'overdue_actions' }, better: 'lower', read: (s) => count(s.overdueActions) },
    { key: 'alerts', indicator: { kind: 'alerts' }, better: 'lower', isFlow: true, read: (s) => count(s.alerts) },
    { key: 'critical_alerts', indicator: { kind: 'critical_alerts' }, better: 'lower', isFlow: true, read: (s) => count(s.criticalAlerts) },
    { key: 'bundle_age', indicator: { kind: 'bundle_age' }, better: 'lower', read: (s) => valueOrNone(s.bundleAgeDays) },
  ];
}

/** Every indicator of both periods with its verdict, in a fixed order. `lengthsDiffer`: the periods differ in length (lengthsDiffer in periods.ts). */
export function compareSnapshots(baseline: Snapshot, comparison: Snapshot, lengthsDiffer: boolean): Change[] {
  return lines(baseline).map(({ key, indicator, better, isFlow = false, read }) => {
    const a = read(baseline);
    const b = read(comparison);
    return { key, indicator, better, baseline: a, comparison: b, verdict: verdictOf(a, b, better, isFlow, lengthsDiffer) };
  });
}

/**
 * The plain summary: what got worse first, then what got better, what held steady and
 * what had too few people to say; indicators without data in either period are left out
 * (the table still shows them).
 */
export function summariseChanges(changes: readonly Change[]): Change[] {
  const shown = changes.filter((change) => change.verdict !== 'no_data');
  return [...shown].sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
}
