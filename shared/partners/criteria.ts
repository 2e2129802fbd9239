/**
 * What an adviser assesses about a partner force or authority ("know your partner",
 * domain.md §4.2 step 1 and §4.5 PartnerAssessment), the scale each criterion is rated on,
 * and the overall risk levels. The scale is deliberately short and worded as findings, so
 * two advisers reading the same evidence land on the same step.
 */

/** The criteria of a partner assessment, in the order they are shown. */
export const PARTNER_CRITERIA = [
  /** Political will to respect IHL and human rights, and to act on concerns raised. */
  'willingness',
  /** Means to detain humanely: staff, infrastructure, budget, record-keeping. */
  'capacity',
  /** Whether orders are given and obeyed, and whether commanders answer for their units. */
  'command_control',
  /** IHL in doctrine, orders, training and sanctions ("roots of restraint"). */
  'doctrine_training',
  /** Registration, treatment, judicial guarantees and conditions measured against domain.md §1–3. */
  'detention_practice',
  /** Allegations of violations received, and whether they were investigated and acted on. */
  'allegations_investigations',
  /** Whether the ICRC has regular access to all places and people detained (domain.md §4.4). */
  'icrc_access',
] as const;
/** One of PARTNER_CRITERIA. */
export type PartnerCriterion = (typeof PARTNER_CRITERIA)[number];

/**
 * The rating scale, best first. `unknown` is a rating of its own: not knowing how a
 * partner treats detainees is itself a finding (as missing register data is, domain.md §2).
 * - good: meets the standards; no concern found.
 * - adequate: minor gaps that do not put people at risk.
 * - weak: serious gaps, or a risk of violations.
 * - critical: violations found, or systematic failings.
 * - unknown: not enough information to judge.
 */
export const CRITERION_RATINGS = ['good', 'adequate', 'weak', 'critical', 'unknown'] as const;
/** One of CRITERION_RATINGS. */
export type CriterionRating = (typeof CRITERION_RATINGS)[number];

/** Overall risk that support contributes to violations, lowest first. */
export const RISK_LEVELS = ['low', 'moderate', 'high', 'very_high'] as const;
/** One of RISK_LEVELS. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

const RISK_OF_RATING: Readonly<Record<Exclude<CriterionRating, 'unknown'>, RiskLevel>> = {
  good: 'low',
  adequate: 'moderate',
  weak: 'high',
  critical: 'very_high',
};

function higher(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(a) >= RISK_LEVELS.indexOf(b) ? a : b;
}

/**
 * The overall risk the ratings suggest: the worst rated criterion decides, and when most
 * criteria are unknown the risk is at least high, since nobody can vouch for the partner.
 * Only a suggestion shown beside the adviser's own choice: the data may suggest, a person
 * decides. Undefined when nothing was rated at all.
 */
export function suggestedRisk(ratings: readonly CriterionRating[]): RiskLevel | undefined {
  if (ratings.length === 0) return undefined;
  const unknown = ratings.filter((rating) => rating === 'unknown').length;
  let risk: RiskLevel = unknown * 2 > ratings.length ? 'high' : 'low';
  for (const rating of ratings) {
    if (rating !== 'unknown') risk = higher(risk, RISK_OF_RATING[rating]);
  }
  return risk;
}
