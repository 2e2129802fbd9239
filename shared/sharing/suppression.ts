/**
 * Small-cell suppression for statistics shared without names (domain.md §5: aggregates
 * must not allow re-identification, DPH §2.3). A count under the threshold is never
 * published ("< 5"). Since published figures add up, suppressing small cells alone is not
 * enough: if a line of a table has one hidden cell and a published total, subtraction
 * recovers it. So cells are linked by additive relations (total = sum of cells), and
 * complementary cells are hidden until, in every relation:
 *  1. never exactly one figure (cell or total) is hidden: one unknown in a sum is solvable;
 *  2. when the total is published, the hidden cells' combined value is recoverable by
 *     subtraction, so it must neither be small (two hidden cells of 0 and 2 in a total of
 *     40 would betray both) nor sit at the edge of what the markers allow: a reader knows a
 *     cell shown "< 5" holds 0–4 (1–4 when zeros are published) and a complementary cell
 *     at least 5, so two "< 5" cells adding up to 8 must both be 4, and a "< 5" cell and a
 *     complementary one adding up to 5 must be 0 and 5. The combined value must therefore
 *     be at least the threshold, above the least the hidden cells can hold, and (without
 *     complementary cells) below the most the small cells can hold.
 * Each step hides the smallest published cell of the relation (the least information
 * lost), or the total when no cell is left; steps repeat until no relation needs one,
 * since hiding a cell can open another relation it belongs to.
 * Zero counts are hidden too by default, as the issue asks for every count under the
 * threshold: a zero names nobody, but hiding it also hides that "nobody" was affected. The
 * adviser may choose to publish zeros (common practice in official statistics), which lets
 * "all 40 were seen by a doctor" be shared as 100 %.
 * Residual risks, accepted and documented: differencing two exports of overlapping periods,
 * and solving several relations at once (tables here are small and mostly one-way).
 */

/** The threshold unless the user sets another. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** Lowest threshold accepted: below 3, single people become visible. */
export const MIN_SUPPRESSION_THRESHOLD = 3;
/** Highest threshold accepted. */
export const MAX_SUPPRESSION_THRESHOLD = 100;

/** How counts are protected: the threshold, and whether zero counts are hidden as well. */
export type SuppressionPolicy = { readonly threshold: number; readonly hideZeros: boolean };

/** The policy unless the user sets another. */
export const DEFAULT_SUPPRESSION_POLICY: SuppressionPolicy = { threshold: DEFAULT_SUPPRESSION_THRESHOLD, hideZeros: true };

/** A count to publish. */
export type CountCell = { readonly id: string; readonly value: number };

/** Published figures that add up: `total` = the sum of `cells`. */
export type AdditiveRelation = { readonly total: string; readonly cells: readonly string[] };

/** Why a count is not published: under the threshold, or hidden so that another cannot be recovered. */
export type SuppressionReason = 'small' | 'complementary';

/** Whether a threshold is acceptable. */
export function isValidThreshold(threshold: number): boolean {
  return Number.isInteger(threshold) && threshold >= MIN_SUPPRESSION_THRESHOLD && threshold <= MAX_SUPPRESSION_THRESHOLD;
}

/** Whether a count is hidden for being small under the policy. */
export function isSmallCount(value: number, policy: SuppressionPolicy): boolean {
  return value < policy.threshold && (policy.hideZeros || value > 0);
}

type Values = ReadonlyMap<string, number>;
type Hidden = ReadonlyMap<string, SuppressionReason>;

/** Whether the hidden figures of a relation with a published total are safe: rule 2 above. */
function isHiddenSumSafe(cells: readonly string[], values: Values, hidden: Hidden, policy: SuppressionPolicy): boolean {
  const { threshold } = policy;
  let sum = 0;
  let small = 0;
  let complementary = 0;
  for (const id of cells) {
    const reason = hidden.get(id);
    if (reason === undefined) continue;
    sum += values.get(id) ?? 0;
    if (reason === 'small') small += 1;
    else complementary += 1;
  }
  const least = small * (policy.hideZeros ? 0 : 1) + complementary * threshold;
  const isAboveFloor = sum >= threshold && sum > least;
  return isAboveFloor && (complementary > 0 || sum < small * (threshold - 1));
}

/** The cell to hide next in a relation, or undefined when the relation is safe. */
function nextToHide(relation: AdditiveRelation, values: Values, hidden: Hidden, policy: SuppressionPolicy): string | undefined {
  const hiddenCells = relation.cells.filter((id) => hidden.has(id)).length;
  const isTotalHidden = hidden.has(relation.total);
  const hiddenCount = hiddenCells + (isTotalHidden ? 1 : 0);
  if (hiddenCount === 0) return undefined;
  const needsMore = hiddenCount === 1 || (!isTotalHidden && !isHiddenSumSafe(relation.cells, values, hidden, policy));
  if (!needsMore) return undefined;
  // A published zero adds nothing to what is hidden, so it is never chosen: complementary
  // cells therefore always hold at least the threshold, as rule 2 assumes.
  const candidates = relation.cells.filter((id) => !hidden.has(id) && (values.get(id) ?? 0) > 0);
  if (candidates.length === 0) return isTotalHidden ? undefined : relation.total;
  return candidates.reduce((smallest, id) => ((values.get(id) ?? 0) < (values.get(smallest) ?? 0) ? id : smallest));
}

/**
 * The counts that must not be published, and why: small counts (isSmallCount), then
 * complementary cells by the rules above.
 * @throws RangeError if the threshold is not acceptable (isValidThreshold)
 */
export function suppressCounts(cells: readonly CountCell[], relations: readonly AdditiveRelation[], policy: SuppressionPolicy): ReadonlyMap<string, SuppressionReason> {
  if (!isValidThreshold(policy.threshold)) throw new RangeError(`suppressCounts: bad threshold ${String(policy.threshold)}`);
  const values = new Map(cells.map((cell) => [cell.id, cell.value]));
  const hidden = new Map<string, SuppressionReason>();
  for (const cell of cells) if (isSmallCount(cell.value, policy)) hidden.set(cell.id, 'small');
  // Every pass hides at least one more cell or ends, so this stops within cells.length passes.
  for (let isChanged = true; isChanged; ) {
    isChanged = false;
    for (const relation of relations) {
      const next = nextToHide(relation, values, hidden, policy);
      if (next === undefined) continue;
      hidden.set(next, 'complementary');
      isChanged = true;
    }
  }
  return hidden;
}
