import { useTranslation } from 'react-i18next';
import type { CriterionRating } from '@shared/partners/criteria';
import { RATING_KEYS } from './labels';

/** A criterion's rating: its word and a colour, never colour alone. */
export function RatingBadge({ rating }: { rating: CriterionRating }) {
  const { t } = useTranslation();
  return <span className={`partners-badge partners-rating-${rating}`}>{t(RATING_KEYS[rating].name)}</span>;
}
