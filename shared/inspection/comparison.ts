/**
 * Comparing two inspections item by item. Items are matched by id across templates (a
 * template version keeps the ids of items whose meaning it keeps). An item is
 * `not_comparable` when either template lacks it, its kind changed, or either side has
 * no usable answer; a measured number or count without a `better` direction can only be
 * `changed` or `unchanged`; so can free text.
 */
import type { Answer, Answers } from './answers';
import { answerTo } from './answers';
import type { InspectionCategory } from './categories';
import type { LocatedItem, Template } from './template';
import { itemsById, templateItems } from './template';
import { RATING_POINTS, isScoredRating } from './scoring';

/** How an item, a category or an indicator moved between two inspections. */
export const COMPARISON_OUTCOMES = ['improved', 'worse', 'unchanged', 'changed', 'not_comparable'] as const;
/** One of COMPARISON_OUTCOMES. */
export type ComparisonOutcome = (typeof COMPARISON_OUTCOMES)[number];

/** Why an item could not be compared. */
export type NotComparableReason =
  | 'not-in-before-template'
  | 'not-in-after-template'
  | 'kind-changed'
  | 'unanswered'
  | 'not-rated';

/** One item across two inspections. */
export type ItemComparison = {
  readonly itemId: string;
  readonly category: InspectionCategory;
  readonly before?: Answer;
  readonly after?: Answer;
  readonly outcome: ComparisonOutcome;
  readonly reason?: NotComparableReason;
};

/** One side of a comparison: a template and the answers given on it. */
export type AnsweredTemplate = { readonly template: Template; readonly answers: Answers };

function byDirection(delta: number, better: 'higher' | 'lower' | undefined): ComparisonOutcome {
  if (delta === 0) return 'unchanged';
  if (better === undefined) return 'changed';
  return (delta > 0) === (better === 'higher') ? 'improved' : 'worse';
}

function compareAnswers(
  before: Answer,
  after: Answer,
  better: 'higher' | 'lower' | undefined,
): { outcome: ComparisonOutcome; reason?: NotComparableReason } {
  if (before.kind === 'assessment' && after.kind === 'assessment') {
    if (isScoredRating(before.rating) && isScoredRating(after.rating)) {
      return { outcome: byDirection(RATING_POINTS[after.rating] - RATING_POINTS[before.rating], 'higher') };
    }
    const isSameDecision = before.rating === 'not_applicable' && after.rating === 'not_applicable';
    return isSameDecision ? { outcome: 'unchanged' } : { outcome: 'not_comparable', reason: 'not-rated' };
  }
  if ((before.kind === 'number' && after.kind === 'number') || (before.kind === 'count' && after.kind === 'count')) {
    return { outcome: byDirection(after.value - before.value, better) };
  }
  if (before.kind === 'text' && after.kind === 'text') {
    return { outcome: before.value === after.value ? 'unchanged' : 'changed' };
  }
  return { outcome: 'not_comparable', reason: 'kind-changed' };
}

function compareItem(
  itemId: string,
  before: LocatedItem | undefined,
  after: LocatedItem | undefined,
  sides: { before: AnsweredTemplate; after: AnsweredTemplate },
): ItemComparison {
  const category = (after ?? before)?.section.category ?? 'other';
  const beforeAnswer = answerTo(sides.before.answers, itemId);
  const afterAnswer = answerTo(sides.after.answers, itemId);
  const base = {
    itemId,
    category,
    ...(beforeAnswer === undefined ? {} : { before: beforeAnswer }),
    ...(afterAnswer === undefined ? {} : { after: afterAnswer }),
  };
  if (before === undefined) return { ...base, outcome: 'not_comparable', reason: 'not-in-before-template' };
  if (after === undefined) return { ...base, outcome: 'not_comparable', reason: 'not-in-after-template' };
  if (before.item.kind !== after.item.kind) return { ...base, outcome: 'not_comparable', reason: 'kind-changed' };
  if (beforeAnswer === undefined || afterAnswer === undefined) {
    return { ...base, outcome: 'not_comparable', reason: 'unanswered' };
  }
  return { ...base, ...compareAnswers(beforeAnswer, afterAnswer, after.item.better ?? before.item.better) };
}

/**
 * Every item of either template, compared: the later template's items in its order, then
 * items only the earlier one had.
 */
export function compareItems(before: AnsweredTemplate, after: AnsweredTemplate): ItemComparison[] {
  const beforeItems = itemsById(before.template);
  const afterItems = itemsById(after.template);
  const ids = [
    ...templateItems(after.template).map(({ item }) => item.id),
    ...templateItems(before.template)
      .map(({ item }) => item.id)
      .filter((id) => !afterItems.has(id)),
  ];
  return ids.map((id) => compareItem(id, beforeItems.get(id), afterItems.get(id), { before, after }));
}

/** How many comparisons had each outcome. */
export function countOutcomes(
  comparisons: readonly { readonly outcome: ComparisonOutcome }[],
): Record<ComparisonOutcome, number> {
  const counts = { improved: 0, worse: 0, unchanged: 0, changed: 0, not_comparable: 0 };
  for (const comparison of comparisons) counts[comparison.outcome] += 1;
  return counts;
}

/** The outcome of a move between two optional numbers; equal within `tolerance` is unchanged. */
export function compareValues(
  before: number | null,
  after: number | null,
  better: 'higher' | 'lower',
  tolerance = 1e-9,
): ComparisonOutcome {
  if (before === null || after === null) return 'not_comparable';
  const delta = after - before;
  return byDirection(Math.abs(delta) <= tolerance ? 0 : delta, better);
}
