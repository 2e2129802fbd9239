/**
 * Threshold profiles. The default profile carries domain.md §2's numbers; a national
 * profile may only make them stricter (a shorter limit, or a rule applied in a regime it
 * does not apply in by default), because the international standard is the floor.
 */
import type { LegalRegime } from '../events/common';
import type { Result } from '../../util/result';
import { err, ok } from '../../util/result';
import { SAFEGUARD_RULES } from './rules';
import type { RuleOverride, SafeguardProfile, SafeguardRule, SafeguardRuleId, Threshold } from './types';

/** The international defaults. */
export const DEFAULT_SAFEGUARD_PROFILE: SafeguardProfile = Object.freeze({
  id: 'international-default',
  name: 'International standards (domain.md §2)',
  overrides: {},
});

const HOUR_MS = 60 * 60 * 1000;
const REGIMES: readonly LegalRegime[] = ['iac', 'niac', 'criminal'];

/** The instant a threshold after `startMs` ends. Calendar months keep the day of month, clamped to the month's end. */
export function addThreshold(startMs: number, threshold: Threshold): number {
  if (threshold.unit === 'hours') return startMs + threshold.amount * HOUR_MS;
  if (threshold.unit === 'days') return startMs + threshold.amount * 24 * HOUR_MS;
  const start = new Date(startMs);
  const target = new Date(startMs);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + threshold.amount);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.getTime();
}

/** A threshold's approximate length, for comparing strictness (a month counts as 28 days, its shortest). */
function lengthMs(threshold: Threshold): number {
  return threshold.unit === 'months' ? threshold.amount * 28 * 24 * HOUR_MS : addThreshold(0, threshold);
}

/** The threshold of a rule for a regime (null: does not apply), children's where given. */
export function thresholdFor(
  rule: SafeguardRule,
  regime: LegalRegime,
  isChild: boolean,
  profile: SafeguardProfile = DEFAULT_SAFEGUARD_PROFILE,
): Threshold | null {
  const override = profile.overrides[rule.id];
  const base = override?.[regime] !== undefined ? override[regime] : rule.thresholds[regime];
  if (base === null || !isChild) return base;
  const child = override?.child ?? rule.childThreshold;
  return child !== undefined && lengthMs(child) < lengthMs(base) ? child : base;
}

/** Why an override was refused: it would loosen the international default. */
export type ProfileProblem = {
  readonly ruleId: SafeguardRuleId;
  readonly regime: LegalRegime | 'child';
  readonly code: 'looser-than-default' | 'negative';
};

function overrideProblems(ruleId: SafeguardRuleId, override: RuleOverride): ProfileProblem[] {
  const rule = SAFEGUARD_RULES[ruleId];
  const problems: ProfileProblem[] = [];
  for (const regime of REGIMES) {
    const value = override[regime];
    if (value === undefined) continue;
    const base = rule.thresholds[regime];
    if (value !== null && value.amount < 0) problems.push({ ruleId, regime, code: 'negative' });
    else if (base !== null && (value === null || lengthMs(value) > lengthMs(base))) {
      problems.push({ ruleId, regime, code: 'looser-than-default' });
    }
  }
  const child = override.child;
  const childBase = rule.childThreshold;
  if (child !== undefined && childBase !== undefined && lengthMs(child) > lengthMs(childBase)) {
    problems.push({ ruleId, regime: 'child', code: 'looser-than-default' });
  }
  return problems;
}

/** A national profile, refused if any override would loosen a default. */
export function createSafeguardProfile(
  id: string,
  name: string,
  overrides: Readonly<Partial<Record<SafeguardRuleId, RuleOverride>>>,
): Result<SafeguardProfile, ProfileProblem[]> {
  const problems = (Object.entries(overrides) as [SafeguardRuleId, RuleOverride][]).flatMap(([ruleId, override]) =>
    overrideProblems(ruleId, override),
  );
  return problems.length > 0 ? err(problems) : ok(Object.freeze({ id, name, overrides }));
}
