import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRating } from '@shared/inspection/answers';
import { ASSESSMENT_RATINGS } from '@shared/inspection/answers';
import { RATING_KEYS } from '../labels';

type RatingChoicesProps = {
  legend: string;
  /** The id of the item's sources, read with the question. */
  describedBy: string;
  value: AssessmentRating | null;
  hasNoteWithoutRating: boolean;
  onChange: (rating: AssessmentRating) => void;
};

/**
 * The five ratings of an assessment item as native radios: Tab reaches the group, the
 * arrow keys choose, and the question and its sources name and describe the group.
 */
export function RatingChoices({ legend, describedBy, value, hasNoteWithoutRating, onChange }: RatingChoicesProps) {
  const { t } = useTranslation();
  const name = useId();
  const errorId = useId();
  return (
    <fieldset className="rating" aria-describedby={hasNoteWithoutRating ? `${describedBy} ${errorId}` : describedBy}>
      <legend className="item-question">{legend}</legend>
      {hasNoteWithoutRating ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            !
          </span>
          {t('inspections.problem.ratingRequired')}
        </p>
      ) : null}
      <div className="rating-options">
        {ASSESSMENT_RATINGS.map((rating) => {
          const optionId = `${name}-${rating}`;
          return (
            <div key={rating} className={`choice choice-boxed rating-${rating}`}>
              <input id={optionId} type="radio" className="choice-control" name={name} value={rating} checked={value === rating} onChange={() => { onChange(rating); }} />
              <label htmlFor={optionId} className="choice-label">
                {t(RATING_KEYS[rating])}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
