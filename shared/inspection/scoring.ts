/**
 * Scores per category. Only assessment items score: compliant = 1 point, partly = 0.5,
 * not compliant = 0; `not_applicable`, `not_assessed` and unanswered items are left out
 * of the score. A category's score is its points over its scored items (0 to 1, null if
 * none scored); its coverage is the share of its items that received a decision (any
 * rating but not_assessed, n/a included), so a high score on few items reads as such.
 * The overall score pools every scored item (not an average of category averages, which
 * would weigh a two-item category like a twenty-item one).
 */
import type { Answers, AssessmentRating } from './answers';
import { answerTo } from './answers';
import type { InspectionCategory } from './categories';
import { INSPECTION_CATEGORIES } from './categories';
import type { LegalRegime, Template, TemplateItem } from './template';
import { isItemApplicable, templateItems } from './template';

/** Points per scored rating. */
export const RATING_POINTS = { compliant: 1, partly: 0.5, not_compliant: 0 } as const;
/** A rating that scores. */
export type ScoredRating = keyof typeof RATING_POINTS;

/** How many items got each rating, and how many none. */
export type RatingCounts = Readonly<Record<AssessmentRating | 'unanswered', number>>;

/** A score over a set of assessment items. */
export type Score = {
  /** Assessment items counted. */
  readonly items: number;
  /** Items rated compliant, partly or not compliant. */
  readonly scored: number;
  readonly points: number;
  /** points / scored, from 0 to 1; null when nothing was scored. */
  readonly score: number | null;
  /** Items with a decision (n/a included) over items; null when there are no items. */
  readonly coverage: number | null;
  readonly counts: RatingCounts;
};

/** The score of one category. */
export type CategoryScore = Score & { readonly category: InspectionCategory };

/** Scores of one inspection. */
export type InspectionScores = { readonly categories: readonly CategoryScore[]; readonly overall: Score };

/** Options of scoreInspection. */
export type ScoringOptions = {
  /** Unanswered items that do not apply under this regime are left out entirely. */
  readonly regime?: LegalRegime;
};

/** Whether a rating scores. */
export function isScoredRating(rating: AssessmentRating): rating is ScoredRating {
  return Object.hasOwn(RATING_POINTS, rating);
}

function ratingOf(item: TemplateItem, answers: Answers): AssessmentRating | 'unanswered' {
  const answer = answerTo(answers, item.id);
  return answer?.kind === 'assessment' ? answer.rating : 'unanswered';
}

/** The score of a list of ratings. */
export function scoreRatings(ratings: readonly (AssessmentRating | 'unanswered')[]): Score {
  const counts = { compliant: 0, partly: 0, not_compliant: 0, not_applicable: 0, not_assessed: 0, unanswered: 0 };
  let points = 0;
  for (const rating of ratings) {
    counts[rating] += 1;
    if (rating !== 'unanswered' && isScoredRating(rating)) points += RATING_POINTS[rating];
  }
  const scored = counts.compliant + counts.partly + counts.not_compliant;
  const decided = scored + counts.not_applicable;
  return {
    items: ratings.length,
    scored,
    points,
    score: scored === 0 ? null : points / scored,
    coverage: ratings.length === 0 ? null : decided / ratings.length,
    counts,
  };
}

/** Scores per category (in INSPECTION_CATEGORIES order, categories of the template only) and overall. */
export function scoreInspection(template: Template, answers: Answers, options: ScoringOptions = {}): InspectionScores {
  const byCategory = new Map<InspectionCategory, (AssessmentRating | 'unanswered')[]>();
  for (const { item, section } of templateItems(template)) {
    if (item.kind !== 'assessment') continue;
    const rating = ratingOf(item, answers);
    if (rating === 'unanswered' && !isItemApplicable(item, options.regime)) continue;
    const ratings = byCategory.get(section.category) ?? [];
    ratings.push(rating);
    byCategory.set(section.category, ratings);
  }
  const categories = INSPECTION_CATEGORIES.flatMap((category) => {
    const ratings = byCategory.get(category);
    return ratings === undefined ? [] : [{ category, ...scoreRatings(ratings) }];
  });
  return { categories, overall: scoreRatings([...byCategory.values()].flat()) };
}
