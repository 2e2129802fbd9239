/**
 * The whole comparison of two inspections for the history screen: items, category
 * scores and facility indicators, each with its outcome.
 */
import type { InspectionCategory } from './categories';
import { INSPECTION_CATEGORIES } from './categories';
import type { ComparisonOutcome, ItemComparison } from './comparison';
import { compareItems, compareValues, countOutcomes } from './comparison';
import type { IndicatorId } from './indicatorDefinitions';
import { INDICATOR_DEFINITIONS, INDICATOR_IDS } from './indicatorDefinitions';
import { computeIndicators, facilityResult } from './indicators';
import type { IndicatorState } from './indicatorStates';
import type { CategoryScore } from './scoring';
import { scoreInspection } from './scoring';
import type { InspectionInput } from './summary';

/** A category's score in both inspections (null where absent or nothing scored). */
export type CategoryComparison = {
  readonly category: InspectionCategory;
  readonly before: number | null;
  readonly after: number | null;
  readonly outcome: ComparisonOutcome;
};

/** A facility indicator in both inspections. */
export type IndicatorComparison = {
  readonly id: IndicatorId;
  readonly before: { readonly value: number | null; readonly state: IndicatorState };
  readonly after: { readonly value: number | null; readonly state: IndicatorState };
  readonly outcome: ComparisonOutcome;
};

/** Two inspections compared. */
export type InspectionComparison = {
  readonly items: readonly ItemComparison[];
  readonly counts: Readonly<Record<ComparisonOutcome, number>>;
  readonly categories: readonly CategoryComparison[];
  readonly indicators: readonly IndicatorComparison[];
};

function scoreOf(scores: readonly CategoryScore[], category: InspectionCategory): number | null {
  return scores.find((score) => score.category === category)?.score ?? null;
}

function compareCategories(before: InspectionInput, after: InspectionInput): CategoryComparison[] {
  const beforeScores = scoreInspection(before.template, before.answers).categories;
  const afterScores = scoreInspection(after.template, after.answers).categories;
  const present = new Set([...beforeScores, ...afterScores].map((score) => score.category));
  return INSPECTION_CATEGORIES.filter((category) => present.has(category)).map((category) => {
    const beforeScore = scoreOf(beforeScores, category);
    const afterScore = scoreOf(afterScores, category);
    return { category, before: beforeScore, after: afterScore, outcome: compareValues(beforeScore, afterScore, 'higher') };
  });
}

/** Indicators are compared by value, not state, so a change of profile does not read as progress. */
function compareIndicators(before: InspectionInput, after: InspectionInput): IndicatorComparison[] {
  const beforeReport = computeIndicators(before.measurements, before.profile);
  const afterReport = computeIndicators(after.measurements, after.profile);
  return INDICATOR_IDS.map((id) => {
    const was = facilityResult(beforeReport, id);
    const now = facilityResult(afterReport, id);
    const beforeSide = { value: was?.value ?? null, state: was?.state ?? 'unknown' };
    const afterSide = { value: now?.value ?? null, state: now?.state ?? 'unknown' };
    const outcome = compareValues(beforeSide.value, afterSide.value, INDICATOR_DEFINITIONS[id].better);
    return { id, before: beforeSide, after: afterSide, outcome };
  });
}

/** Two inspections (of one facility, the earlier first) compared item by item. */
export function compareInspections(before: InspectionInput, after: InspectionInput): InspectionComparison {
  const items = compareItems(before, after);
  return {
    items,
    counts: countOutcomes(items),
    categories: compareCategories(before, after),
    indicators: compareIndicators(before, after),
  };
}
